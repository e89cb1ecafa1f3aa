// Reads people back for the CLI, the API and the web page.
import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from './db.js';
import { people } from './schema/index.js';

export type PersonRow = typeof people.$inferSelect;

export interface PeopleQuery { limit?: number; offset?: number; search?: string }

export async function listPeople(db: Db, tenantId: string, q: PeopleQuery = {}): Promise<{ total: number; items: PersonRow[] }> {
  const conds: SQL[] = [eq(people.tenantId, tenantId)];
  if (q.search) {
    const like = `%${q.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(people.fullName, like), ilike(people.email, like), ilike(people.employeeId, like));
    if (match) conds.push(match);
  }
  const where = and(...conds);
  const [totalRow] = await db.select({ n: count() }).from(people).where(where);
  let query = db.select().from(people).where(where).orderBy(asc(people.employeeId)).$dynamic();
  if (q.limit !== undefined) query = query.limit(q.limit);
  if (q.offset) query = query.offset(q.offset);
  return { total: totalRow?.n ?? 0, items: await query };
}
