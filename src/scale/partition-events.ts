// PostgreSQL only: turns `events` into a table partitioned by month on `time`, keeps future months ready, drops old ones.
import { sql } from 'drizzle-orm';
import type { Db } from '../store/db.js';

/** Rows from db.execute on either driver (postgres-js returns an array, PGlite an object with rows). */
function rows<T>(r: unknown): T[] {
  return (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];
}

const monthStart = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
const addMonths = (d: Date, n: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
export const partitionName = (d: Date) => `events_y${d.getUTCFullYear()}m${String(d.getUTCMonth() + 1).padStart(2, '0')}`;

export async function isPartitioned(db: Db): Promise<boolean> {
  const r = rows<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM pg_partitioned_table pt
    JOIN pg_class c ON c.oid = pt.partrelid WHERE c.relname = 'events' AND c.relnamespace = 'public'::regnamespace`));
  return Number(r[0]?.n ?? 0) > 0;
}

async function createMonth(db: Db, start: Date): Promise<boolean> {
  const name = partitionName(start);
  const exists = rows<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM pg_class WHERE relname = ${name} AND relnamespace = 'public'::regnamespace`));
  if (Number(exists[0]?.n ?? 0) > 0) return false;
  await db.execute(sql.raw(`CREATE TABLE "${name}" PARTITION OF events FOR VALUES FROM ('${start.toISOString()}') TO ('${addMonths(start, 1).toISOString()}')`));
  return true;
}

export interface PartitionSummary { converted: boolean; rows: number; created: string[] }

/**
 * Converts `events` in one transaction (the table is locked while rows are copied: run it in a maintenance window,
 * or before the first large import). Idempotent: on a partitioned table it only adds the months ahead.
 * The primary key becomes (tenant_id, id, time): PostgreSQL requires the partition key in every unique index,
 * so writers must name (tenant_id, id, time) as their ON CONFLICT target on a converted database (docs/scale.md).
 */
export async function partitionEvents(db: Db, opts: { monthsAhead?: number; now?: Date } = {}): Promise<PartitionSummary> {
  const ahead = opts.monthsAhead ?? 3;
  const now = monthStart(opts.now ?? new Date());
  return db.transaction(async (tx) => {
    const created: string[] = [];
    let converted = false, copied = 0;
    if (!(await isPartitioned(tx as unknown as Db))) {
      converted = true;
      await tx.execute(sql`LOCK TABLE events IN ACCESS EXCLUSIVE MODE`);
      const idx = rows<{ indexname: string; indexdef: string }>(await tx.execute(sql`SELECT indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename = 'events' AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'events'::regclass)`));
      const span = rows<{ lo: string | null }>(await tx.execute(sql`SELECT min(time)::text AS lo FROM events`));
      await tx.execute(sql`CREATE TABLE events__p (LIKE events INCLUDING DEFAULTS) PARTITION BY RANGE (time)`);
      await tx.execute(sql`ALTER TABLE events__p ADD CONSTRAINT events_tenant_id_id_time_pk PRIMARY KEY (tenant_id, id, time)`);
      await tx.execute(sql`ALTER TABLE events RENAME TO events__old`);
      await tx.execute(sql`ALTER TABLE events__p RENAME TO events`);
      // Rows outside every month (far past or future clocks) land here rather than failing the import.
      await tx.execute(sql`CREATE TABLE events_default PARTITION OF events DEFAULT`);
      const lo = span[0]?.lo ? monthStart(new Date(span[0].lo)) : now;
      for (let m = lo; m <= addMonths(now, ahead); m = addMonths(m, 1)) if (await createMonth(tx as unknown as Db, m)) created.push(partitionName(m));
      copied = rows<{ n: number }>(await tx.execute(sql`WITH c AS (INSERT INTO events SELECT * FROM events__old RETURNING 1) SELECT count(*)::int AS n FROM c`))[0]?.n ?? 0;
      await tx.execute(sql`DROP TABLE events__old`);
      // The same indexes under the same names, now partitioned indexes (each month gets its own).
      for (const i of idx) await tx.execute(sql.raw(i.indexdef.replace(/ ON (public\.)?events__old /, ' ON public.events ')));
    } else {
      for (let m = now; m <= addMonths(now, ahead); m = addMonths(m, 1)) if (await createMonth(tx as unknown as Db, m)) created.push(partitionName(m));
    }
    return { converted, rows: Number(copied), created };
  });
}

export interface RetentionSummary { dropped: string[]; kept: string[] }

/** Drops monthly partitions that end before the start of the month `keepMonths` back (the current month counts as one). */
export async function dropOldEventPartitions(db: Db, keepMonths: number, opts: { now?: Date; dryRun?: boolean } = {}): Promise<RetentionSummary> {
  if (!(await isPartitioned(db))) throw new Error('events is not partitioned: run `trustline db partition-events` first');
  const cutoff = addMonths(monthStart(opts.now ?? new Date()), -(keepMonths - 1));
  const parts = rows<{ name: string }>(await db.execute(sql`SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = 'events'::regclass ORDER BY 1`)).map((r) => r.name);
  const out: RetentionSummary = { dropped: [], kept: [] };
  for (const name of parts) {
    const m = /^events_y(\d{4})m(\d{2})$/.exec(name);
    if (!m) { out.kept.push(name); continue; }
    const end = addMonths(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)), 1);
    if (end <= cutoff) {
      if (!opts.dryRun) await db.execute(sql.raw(`DROP TABLE "${name}"`));
      out.dropped.push(name);
    } else out.kept.push(name);
  }
  return out;
}
