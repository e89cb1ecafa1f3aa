// Reads stored events in (time, id) order, a page at a time, for publishing what an import stored to the stream.
import { and, asc, eq, gt, gte, or } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { rowToEvent, type StoredEvent } from '../store/events-repo.js';
import { events } from '../store/schema/index.js';

export async function* storedEvents(db: Db, tenantId: string, opts: { since?: string; page?: number } = {}): AsyncIterable<StoredEvent[]> {
  const page = opts.page ?? 5000;
  let after: { time: string; id: string } | null = null;
  for (;;) {
    const c: { time: string; id: string } | null = after;
    const rows: (typeof events.$inferSelect)[] = await db.select().from(events).where(and(
      eq(events.tenantId, tenantId),
      opts.since ? gte(events.time, opts.since) : undefined,
      c ? or(gt(events.time, c.time), and(eq(events.time, c.time), gt(events.id, c.id))) : undefined,
    )).orderBy(asc(events.time), asc(events.id)).limit(page);
    if (!rows.length) return;
    const last: typeof events.$inferSelect = rows[rows.length - 1]!;
    after = { time: last.time, id: last.id };
    yield rows.map(rowToEvent);
  }
}
