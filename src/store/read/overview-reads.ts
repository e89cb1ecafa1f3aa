// Organisation-wide counts for the overview: alert trend, source coverage and freshness, open cases, import runs.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db.js';
import { checkpoints, importRuns } from '../schema/index.js';
import { selectRows } from './rows.js';

/** Alerts per UTC day and severity over the last `days` days before the newest alert (data may be historical). */
export async function alertTrend(db: Db, tenantId: string, days = 30) {
  return selectRows<{ day: string; severity: string; n: number }>(db, sql`
    with last as (select max(time) as t from alerts where tenant_id = ${tenantId})
    select to_char(date_trunc('day', a.time at time zone 'UTC'), 'YYYY-MM-DD') as day, a.severity, count(*)::int as n
    from alerts a, last where a.tenant_id = ${tenantId} and a.time > last.t - make_interval(days => ${days})
    group by 1, 2 order by 1`);
}

/** Per event source: how many events and the newest one, so the overview can say which feeds are connected and fresh. */
export async function sourceCoverage(db: Db, tenantId: string) {
  return selectRows<{ source: string; n: number; last: string; first: string }>(db, sql`
    select source, count(*)::int as n, max(time) as last, min(time) as first from events where tenant_id = ${tenantId} group by source order by source`);
}

/** Rows per HR-side table, for coverage of the non-log sources. */
export async function tableCounts(db: Db, tenantId: string) {
  const [row = {}] = await selectRows<Record<string, number>>(db, sql`
    select
      (select count(*)::int from people where tenant_id = ${tenantId}) as people,
      (select count(*)::int from accounts where tenant_id = ${tenantId}) as accounts,
      (select count(*)::int from payroll where tenant_id = ${tenantId}) as payroll,
      (select count(*)::int from shipments where tenant_id = ${tenantId}) as shipments,
      (select count(*)::int from candidates where tenant_id = ${tenantId}) as candidates,
      (select count(*)::int from candidate_references where tenant_id = ${tenantId}) as "references",
      (select count(*)::int from interviews where tenant_id = ${tenantId}) as interviews,
      (select count(*)::int from idv_checks where tenant_id = ${tenantId}) as idv,
      (select count(*)::int from endpoint_metrics where tenant_id = ${tenantId}) as endpoint_metrics,
      (select count(*)::int from events where tenant_id = ${tenantId}) as events,
      (select count(*)::int from alerts where tenant_id = ${tenantId}) as alerts,
      (select count(*)::int from cases where tenant_id = ${tenantId} and status not like 'closed%') as open_cases`);
  return row;
}

export async function listImportRuns(db: Db, tenantId: string, limit = 200) {
  return db.select().from(importRuns).where(eq(importRuns.tenantId, tenantId)).orderBy(desc(importRuns.startedAt)).limit(limit);
}

export async function listCheckpoints(db: Db, tenantId: string) {
  return db.select({ connector: checkpoints.connector, value: checkpoints.value, updatedAt: checkpoints.updatedAt })
    .from(checkpoints).where(and(eq(checkpoints.tenantId, tenantId)));
}

/** The newest event or alert time: "this week" is measured from the data, which may be a historical import. */
export async function dataNow(db: Db, tenantId: string): Promise<string | null> {
  const [row] = await selectRows<{ t: string | null }>(db, sql`
    select greatest((select max(time) from events where tenant_id = ${tenantId}), (select max(time) from alerts where tenant_id = ${tenantId})) as t`);
  return row?.t ? new Date(row.t).toISOString() : null;
}
