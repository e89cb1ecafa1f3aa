// Writes validated records in multi-row statements: new rows inserted, changed rows updated, identical rows counted as duplicates.
import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Target } from '../sources/types.js';
import type { Db } from './db.js';
import { canonicalJson, stableId } from './record-id.js';
import * as s from './schema/index.js';

export interface WriteCounts { inserted: number; updated: number; duplicate: number }

interface TargetSpec {
  table: PgTable;
  key: PgColumn[];
  /** Derives the id for tables keyed by content. */
  id?: (r: Record<string, unknown>) => string;
  /** Events are immutable: a known id is a duplicate, never an update. */
  immutable?: boolean;
}

const specs: Record<Target, TargetSpec> = {
  people: { table: s.people, key: [s.people.tenantId, s.people.employeeId] },
  accounts: { table: s.accounts, key: [s.accounts.tenantId, s.accounts.system, s.accounts.account] },
  shipments: { table: s.shipments, key: [s.shipments.tenantId, s.shipments.assetId] },
  candidates: { table: s.candidates, key: [s.candidates.tenantId, s.candidates.candidateId] },
  payroll: {
    table: s.payroll, key: [s.payroll.tenantId, s.payroll.id],
    id: (r) => stableId(r.employeeId, r.effectiveDate, r.method, r.accountNumber, r.walletAddress, r.bic),
  },
  references: {
    table: s.references, key: [s.references.tenantId, s.references.id],
    id: (r) => stableId(r.candidateId, r.refereeName, r.refereeEmail, r.refereePhone),
  },
  interviews: { table: s.interviews, key: [s.interviews.tenantId, s.interviews.id], id: (r) => stableId(r.candidateId, r.round, r.heldAt) },
  idv: { table: s.idvChecks, key: [s.idvChecks.tenantId, s.idvChecks.id], id: (r) => stableId(r.subjectId, r.provider, r.checkedAt) },
  endpoint_metrics: {
    table: s.endpointMetrics, key: [s.endpointMetrics.tenantId, s.endpointMetrics.id],
    id: (r) => stableId(r.employeeId, r.at, r.deviceId, r.metric),
  },
  events: { table: s.events, key: [s.events.tenantId, s.events.id], immutable: true },
};

/** Rows per statement: well under PostgreSQL's 65,535 parameters for the widest table. */
export const BATCH_ROWS = 500;

export async function writeRecords(db: Db, tenantId: string, target: Target, records: Record<string, unknown>[]): Promise<WriteCounts> {
  const spec = specs[target];
  const counts: WriteCounts = { inserted: 0, updated: 0, duplicate: 0 };
  for (let i = 0; i < records.length; i += BATCH_ROWS) {
    const c = await writeBatch(db, tenantId, spec, records.slice(i, i + BATCH_ROWS));
    counts.inserted += c.inserted; counts.updated += c.updated; counts.duplicate += c.duplicate;
  }
  return counts;
}

async function writeBatch(db: Db, tenantId: string, spec: TargetSpec, records: Record<string, unknown>[]): Promise<WriteCounts> {
  const columns = getTableColumns(spec.table);
  const keyNames = spec.key.map((c) => c.name);
  // One row per key: within a batch the last occurrence wins, earlier ones are duplicates.
  const byKey = new Map<string, Record<string, unknown>>();
  for (const r of records) {
    const row: Record<string, unknown> = { ...r, tenantId };
    if (spec.id) row.id = spec.id(r);
    if (!spec.immutable) row.rowHash = stableId(canonicalJson(r));
    const key = Object.entries(columns).filter(([, c]) => keyNames.includes(c.name)).map(([k]) => String(row[k])).join('\u0000');
    byKey.delete(key);
    byKey.set(key, pick(row, columns));
  }
  const rows = [...byKey.values()];
  const within = records.length - rows.length;
  if (rows.length === 0) return { inserted: 0, updated: 0, duplicate: within };

  if (spec.immutable) {
    const res = await db.insert(spec.table).values(rows).onConflictDoNothing({ target: spec.key }).returning({ one: sql<number>`1` });
    return { inserted: res.length, updated: 0, duplicate: within + rows.length - res.length };
  }
  const set: Record<string, SQL> = {};
  for (const [k, c] of Object.entries(columns)) {
    if (!keyNames.includes(c.name) && c.name !== 'imported_at') set[k] = sql.raw(`excluded."${c.name}"`);
  }
  const tableName = sql.raw(`"${getTableName(spec.table)}"`);
  const res = await db.insert(spec.table).values(rows)
    .onConflictDoUpdate({ target: spec.key, set, setWhere: sql`${tableName}."row_hash" IS DISTINCT FROM excluded."row_hash"` })
    .returning({ fresh: sql<boolean>`(xmax = 0)` });
  const inserted = res.filter((r) => r.fresh).length;
  return { inserted, updated: res.length - inserted, duplicate: within + rows.length - res.length };
}

function pick(row: Record<string, unknown>, columns: Record<string, PgColumn>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(columns)) if (row[k] !== undefined) out[k] = row[k];
  return out;
}
