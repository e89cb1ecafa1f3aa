// Data access for the audit log: appends under a per-tenant lock (no forked chain even with several
// processes on one PostgreSQL), reads in seq order, verifies and exports page by page.
import { and, asc, desc, eq, gt, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { nextRecord, verifyChain, type AuditEntry, type AuditRecord, type ChainVerdict } from './chain.js';
import { toJsonLines } from './export.js';
import { auditLog } from './schema.js';

// Any drizzle pg database: the store's Db, or a test database that only has this table.
type AnyDb = PgDatabase<PgQueryResultHKT, Record<string, unknown>>;

const PAGE = 1000;

type Row = typeof auditLog.$inferSelect;
const toRecord = (r: Row): AuditRecord => ({
  seq: r.seq, at: r.at, actor: r.actor, action: r.action, target: r.target,
  detail: JSON.parse(r.detail) as Record<string, unknown>, prevHash: r.prevHash, hash: r.hash,
});

/** What a reader of the log narrows it to. `action` names one action (`auth.login`) or a family (`token` → `token.*`). */
export interface AuditQuery {
  order: 'asc' | 'desc';
  /** Cursor: records past this seq in the chosen order (after it ascending, before it descending). */
  cursor?: number;
  limit: number;
  action?: string;
  actor?: string;
  /** ISO UTC bounds on `at`: from inclusive, to exclusive. */
  from?: string;
  to?: string;
}

export interface AuditRepo {
  append(entry: AuditEntry): Promise<AuditRecord>;
  /** Records with seq > afterSeq, in order. */
  page(afterSeq?: number, limit?: number): Promise<AuditRecord[]>;
  all(): AsyncIterable<AuditRecord>;
  /** Filtered records, one page in the chosen order. */
  search(q: AuditQuery): Promise<AuditRecord[]>;
  verify(): Promise<ChainVerdict>;
  exportJsonLines(): AsyncIterable<string>;
}

export function auditRepo(db: AnyDb, tenantId: string, now: () => Date = () => new Date()): AuditRepo {
  const page = async (afterSeq = 0, limit = PAGE): Promise<AuditRecord[]> => {
    const rows = await db.select().from(auditLog)
      .where(and(eq(auditLog.tenantId, tenantId), gt(auditLog.seq, afterSeq)))
      .orderBy(asc(auditLog.seq)).limit(limit);
    return rows.map(toRecord);
  };
  async function* all(): AsyncIterable<AuditRecord> {
    for (let after = 0; ;) {
      const rows = await page(after);
      yield* rows;
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.seq;
    }
  }
  const search = async (q: AuditQuery): Promise<AuditRecord[]> => {
    const where: (SQL | undefined)[] = [eq(auditLog.tenantId, tenantId)];
    if (q.cursor !== undefined) where.push(q.order === 'asc' ? gt(auditLog.seq, q.cursor) : lt(auditLog.seq, q.cursor));
    // starts_with, not LIKE: action names carry `_`, a LIKE wildcard.
    if (q.action) where.push(or(eq(auditLog.action, q.action), sql`starts_with(${auditLog.action}, ${`${q.action}.`})`));
    if (q.actor) where.push(eq(auditLog.actor, q.actor));
    // `at` is the ISO string that was hashed (always toISOString's shape), so text order is time order.
    if (q.from) where.push(gte(auditLog.at, q.from));
    if (q.to) where.push(lt(auditLog.at, q.to));
    const rows = await db.select().from(auditLog).where(and(...where))
      .orderBy(q.order === 'asc' ? asc(auditLog.seq) : desc(auditLog.seq)).limit(q.limit);
    return rows.map(toRecord);
  };
  return {
    async append(entry) {
      return db.transaction(async (tx) => {
        // Serialises appenders of one tenant across connections and processes until commit.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`audit_log:${tenantId}`}))`);
        const [last] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog)
          .where(eq(auditLog.tenantId, tenantId)).orderBy(desc(auditLog.seq)).limit(1);
        const rec = nextRecord(last ?? null, entry, now());
        await tx.insert(auditLog).values({ tenantId, ...rec, detail: JSON.stringify(rec.detail) });
        return rec;
      });
    },
    page,
    all,
    search,
    async verify() {
      let prev: AuditRecord | null = null;
      let checked = 0;
      for (let after = 0; ;) {
        const rows = await page(after);
        const v = verifyChain(rows, prev);
        checked += v.checked;
        if (!v.ok) return { ...v, checked };
        if (rows.length < PAGE) return { ok: true, firstBadSeq: null, reason: null, checked };
        prev = rows[rows.length - 1]!;
        after = prev.seq;
      }
    },
    exportJsonLines: () => toJsonLines(all()),
  };
}
