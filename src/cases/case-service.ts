// Cases for HR, security and legal: open on a person, alert or cluster; status, assignee, notes, legal hold; every action in the history.
import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { CASE_STATUSES } from '../model/alert.js';
import type { Db } from '../store/db.js';
import { alerts, caseHistory, cases } from '../store/schema/index.js';

export const NewCase = z.object({
  title: z.string().trim().min(1).max(300),
  subjectKind: z.enum(['employee', 'candidate', 'cluster', 'alert', 'concern']),
  subjectId: z.string().trim().min(1).max(200),
  assignee: z.string().trim().max(200).nullish(),
});
export const CaseUpdate = z.object({
  status: z.enum(CASE_STATUSES).optional(),
  assignee: z.string().trim().max(200).nullable().optional(),
  legalHold: z.boolean().optional(),
}).refine((u) => Object.keys(u).length > 0, 'nothing to change');

export type CaseRow = typeof cases.$inferSelect;
export type CaseHistoryRow = typeof caseHistory.$inferSelect;

function caseId(now: Date): string {
  return `CASE-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex').toUpperCase()}`;
}

export function caseService(db: Db, tenantId: string) {
  const history = (caseId: string, actor: string, action: string, detail: Record<string, unknown> = {}) =>
    db.insert(caseHistory).values({ tenantId, caseId, actor, action, detail });

  async function get(id: string): Promise<CaseRow & { history: CaseHistoryRow[] }> {
    const [row] = await db.select().from(cases).where(and(eq(cases.tenantId, tenantId), eq(cases.id, id)));
    if (!row) throw new AppError('NOT_FOUND', `no case ${id}`, { status: 404 });
    const h = await db.select().from(caseHistory).where(and(eq(caseHistory.tenantId, tenantId), eq(caseHistory.caseId, id))).orderBy(asc(caseHistory.seq));
    return { ...row, history: h };
  }

  return {
    get,
    async create(input: z.input<typeof NewCase>, actor: string): Promise<CaseRow> {
      const c = NewCase.parse(input);
      const id = caseId(new Date());
      const [row] = await db.insert(cases).values({ tenantId, id, title: c.title, subjectKind: c.subjectKind, subjectId: c.subjectId, assignee: c.assignee ?? null }).returning();
      await history(id, actor, 'created', { title: c.title, subjectKind: c.subjectKind, subjectId: c.subjectId });
      return row!;
    },
    async list(q: { status?: string; subjectId?: string; limit?: number } = {}): Promise<CaseRow[]> {
      return db.select().from(cases).where(and(
        eq(cases.tenantId, tenantId),
        q.status ? eq(cases.status, q.status) : undefined,
        q.subjectId ? eq(cases.subjectId, q.subjectId) : undefined,
      )).orderBy(desc(cases.updatedAt), asc(cases.id)).limit(q.limit ?? 500);
    },
    async update(id: string, input: z.input<typeof CaseUpdate>, actor: string): Promise<CaseRow> {
      const u = CaseUpdate.parse(input);
      const before = await get(id);
      if (before.legalHold && u.legalHold !== false && u.status?.startsWith('closed')) {
        throw new AppError('LEGAL_HOLD', `case ${id} is under legal hold: lift the hold before closing it`, { status: 409 });
      }
      const [row] = await db.update(cases).set({ ...u, updatedAt: sql`now()` }).where(and(eq(cases.tenantId, tenantId), eq(cases.id, id))).returning();
      for (const [k, v] of Object.entries(u)) {
        await history(id, actor, k === 'status' ? 'status_changed' : k === 'assignee' ? 'assigned' : 'legal_hold_changed',
          { from: (before as Record<string, unknown>)[k] ?? null, to: v });
      }
      return row!;
    },
    async addNote(id: string, text: string, actor: string): Promise<void> {
      const body = z.string().trim().min(1).max(20_000).parse(text);
      await get(id);
      await history(id, actor, 'note', { text: body });
      await db.update(cases).set({ updatedAt: sql`now()` }).where(and(eq(cases.tenantId, tenantId), eq(cases.id, id)));
    },
  };
}

/**
 * Evidence a benign close clears: every alert about the case's person that existed when the case was closed.
 * Newer evidence still counts, so a real change in behaviour is not hidden by an old decision.
 */
export async function benignSuppressions(db: Db, tenantId: string): Promise<{ personId: string; alertId: string }[]> {
  const closed = await db.select().from(cases).where(and(eq(cases.tenantId, tenantId), eq(cases.status, 'closed_benign')));
  const out: { personId: string; alertId: string }[] = [];
  for (const c of closed) {
    if (c.subjectKind !== 'employee' && c.subjectKind !== 'candidate') continue;
    const rows = await db.select({ id: alerts.id }).from(alerts)
      .where(and(eq(alerts.tenantId, tenantId), eq(alerts.subjectId, c.subjectId), lte(alerts.createdAt, c.updatedAt)));
    for (const r of rows) out.push({ personId: c.subjectId, alertId: r.id });
  }
  return out;
}
