// Reads stored events in (time, id) order, a page at a time, for publishing what imports and pulls stored to the stream.
import { and, asc, eq, gt, gte, or } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { rowToEvent, type StoredEvent } from '../store/events-repo.js';
import { events } from '../store/schema/index.js';

export interface StoredEventsQuery {
  since?: string;
  /** Only events not yet handed on (`analyzed` false: in stream mode, "published"); uses the partial index on it. */
  pending?: boolean;
  page?: number;
}

/** Whether anything is waiting to be handed on (one index probe): an HR-only import need not reach NATS at all. */
export async function hasPending(db: Db, tenantId: string): Promise<boolean> {
  const r = await db.select({ id: events.id }).from(events).where(and(eq(events.tenantId, tenantId), eq(events.analyzed, false))).limit(1);
  return r.length > 0;
}

export async function* storedEvents(db: Db, tenantId: string, opts: StoredEventsQuery = {}): AsyncIterable<StoredEvent[]> {
  const page = opts.page ?? 5000;
  let after: { time: string; id: string } | null = null;
  for (;;) {
    const c: { time: string; id: string } | null = after;
    const rows: (typeof events.$inferSelect)[] = await db.select().from(events).where(and(
      eq(events.tenantId, tenantId),
      opts.pending ? eq(events.analyzed, false) : undefined,
      opts.since ? gte(events.time, opts.since) : undefined,
      c ? or(gt(events.time, c.time), and(eq(events.time, c.time), gt(events.id, c.id))) : undefined,
    )).orderBy(asc(events.time), asc(events.id)).limit(page);
    if (!rows.length) return;
    const last: typeof events.$inferSelect = rows[rows.length - 1]!;
    after = { time: last.time, id: last.id };
    yield rows.map(rowToEvent);
  }
}
