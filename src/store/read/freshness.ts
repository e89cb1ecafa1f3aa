// A cheap fingerprint of everything a score depends on, so derived views are recomputed only when the data changed.
import { sql } from 'drizzle-orm';
import type { Db } from '../db.js';
import { selectRows } from './rows.js';

export async function dataFingerprint(db: Db, tenantId: string): Promise<string> {
  const [row = {}] = await selectRows(db, sql`
    select
      (select count(*) || ':' || coalesce(max(created_at)::text, '') from alerts where tenant_id = ${tenantId}) as a,
      (select count(*) || ':' || coalesce(max(updated_at)::text, '') from clusters where tenant_id = ${tenantId}) as c,
      (select count(*) || ':' || coalesce(max(imported_at)::text, '') from people where tenant_id = ${tenantId}) as p,
      (select count(*) || ':' || coalesce(max(imported_at)::text, '') from candidates where tenant_id = ${tenantId}) as k,
      (select count(*) || ':' || coalesce(max(updated_at)::text, '') from cases where tenant_id = ${tenantId}) as s,
      (select count(*) || ':' || coalesce(max(computed_at)::text, '') from person_scores where tenant_id = ${tenantId}) as v`);
  return [row.a, row.c, row.p, row.k, row.s, row.v].map(String).join('|');
}
