// Concern reporting (R2): anyone reports a concern about a colleague, named or anonymous; it becomes a case in the
// queue (on the employee when identified, else a triage case) and the reporter follows it with a one-time-shown token.
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { caseService } from '../cases/index.js';
import { AppError } from '../errors/app-error.js';
import type { Db } from '../store/db.js';
import { caseHistory, cases, concernMessages, concerns, people } from '../store/schema/index.js';

export const CONCERN_CATEGORIES = ['identity', 'location', 'device', 'behaviour', 'other'] as const;
export const MAX_CONCERN_CHARS = 5000;

export const NewConcern = z.object({
  /** The colleague: a name, a work e-mail or an employee id. */
  about: z.string().trim().min(2).max(200),
  category: z.enum(CONCERN_CATEGORIES).default('other'),
  text: z.string().trim().min(10).max(MAX_CONCERN_CHARS),
  anonymous: z.boolean().default(true),
  reporter: z.object({ name: z.string().trim().max(200).optional(), contact: z.string().trim().max(200).optional() }).optional(),
});
export type NewConcernInput = z.input<typeof NewConcern>;
const Reply = z.string().trim().min(1).max(MAX_CONCERN_CHARS);

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
/** Shown to the reporter once; 192 random bits, so guessing is hopeless and only its hash is stored. */
const TOKEN_RE = /^[A-Za-z0-9_-]{32}$/;

/** What the reporter sees: progress, never the outcome or who works the case. */
function reporterStatus(caseStatus: string): 'received' | 'under review' | 'closed' {
  if (caseStatus.startsWith('closed')) return 'closed';
  return caseStatus === 'open' ? 'received' : 'under review';
}

export function concernService(db: Db, tenantId: string) {
  async function resolveColleague(about: string): Promise<string | null> {
    const v = about.trim();
    const lower = v.toLowerCase();
    const rows = await db.select({ id: people.employeeId }).from(people).where(and(eq(people.tenantId, tenantId),
      sql`(lower(${people.employeeId}) = ${lower} OR lower(${people.email}) = ${lower} OR lower(${people.fullName}) = ${lower.replace(/\s+/g, ' ')})`)).limit(2);
    // Two people with the same name: a human decides, so it stays a triage case.
    return rows.length === 1 ? rows[0]!.id : null;
  }

  async function byToken(token: string) {
    if (!TOKEN_RE.test(token)) throw new AppError('NOT_FOUND', 'unknown follow-up token', { status: 404 });
    const [c] = await db.select().from(concerns).where(and(eq(concerns.tenantId, tenantId), eq(concerns.tokenHash, hashToken(token))));
    if (!c) throw new AppError('NOT_FOUND', 'unknown follow-up token', { status: 404 });
    return c;
  }

  return {
    async submit(input: NewConcernInput): Promise<{ reference: string; token: string; caseId: string; identified: boolean }> {
      const n = NewConcern.parse(input);
      const id = `CON-${randomBytes(5).toString('hex').toUpperCase()}`;
      const token = randomBytes(24).toString('base64url');
      const employeeId = await resolveColleague(n.about);
      let caseId: string;
      if (employeeId) {
        caseId = (await caseService(db, tenantId).create({ title: `Concern reported about ${employeeId}`, subjectKind: 'employee', subjectId: employeeId }, 'concern-form')).id;
      } else {
        // Not a person yet: the case's subject is the concern itself until an analyst identifies the colleague.
        caseId = `CASE-${new Date().toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex').toUpperCase()}`;
        await db.insert(cases).values({ tenantId, id: caseId, title: 'Concern to triage: colleague not identified', subjectKind: 'concern', subjectId: id });
        await db.insert(caseHistory).values({ tenantId, caseId, actor: 'concern-form', action: 'created', detail: { title: 'Concern to triage', subjectKind: 'concern', subjectId: id } });
      }
      const named = !n.anonymous;
      await db.insert(concerns).values({
        tenantId, id, tokenHash: hashToken(token), caseId, aboutText: n.about, aboutEmployeeId: employeeId, category: n.category, body: n.text,
        reporterName: named ? n.reporter?.name || null : null, reporterContact: named ? n.reporter?.contact || null : null,
      });
      await db.insert(caseHistory).values({ tenantId, caseId, actor: named && n.reporter?.name ? `reporter:${n.reporter.name}` : 'reporter:anonymous', action: 'concern_received',
        detail: { concernId: id, category: n.category, about: n.about, identified: employeeId !== null, anonymous: !named, text: n.text } });
      return { reference: id, token, caseId, identified: employeeId !== null };
    },

    async status(token: string) {
      const c = await byToken(token);
      const [k] = await db.select({ status: cases.status }).from(cases).where(and(eq(cases.tenantId, tenantId), eq(cases.id, c.caseId)));
      const msgs = await db.select().from(concernMessages).where(and(eq(concernMessages.tenantId, tenantId), eq(concernMessages.concernId, c.id))).orderBy(asc(concernMessages.seq));
      return {
        reference: c.id, status: reporterStatus(k?.status ?? 'open'), submittedAt: new Date(c.createdAt).toISOString(), category: c.category,
        messages: msgs.map((m) => ({ at: new Date(m.at).toISOString(), from: m.author === 'team' ? 'team' as const : 'you' as const, text: m.body })),
      };
    },

    /** The reporter adds to their report (same token). */
    async followUp(token: string, text: string): Promise<void> {
      const body = Reply.parse(text);
      const c = await byToken(token);
      await db.insert(concernMessages).values({ tenantId, concernId: c.id, author: 'reporter', body });
      await db.insert(caseHistory).values({ tenantId, caseId: c.caseId, actor: 'reporter', action: 'concern_followup', detail: { concernId: c.id, text: body } });
      await db.update(cases).set({ updatedAt: sql`now()` }).where(and(eq(cases.tenantId, tenantId), eq(cases.id, c.caseId)));
    },

    /** The team answers the reporter; the reporter sees "team", the case history keeps who. */
    async reply(caseId: string, text: string, actor: string): Promise<void> {
      const body = Reply.parse(text);
      const list = await db.select().from(concerns).where(and(eq(concerns.tenantId, tenantId), eq(concerns.caseId, caseId)));
      if (list.length === 0) throw new AppError('NOT_FOUND', `case ${caseId} has no concern report to answer`, { status: 404 });
      for (const c of list) await db.insert(concernMessages).values({ tenantId, concernId: c.id, author: 'team', body });
      await db.insert(caseHistory).values({ tenantId, caseId, actor, action: 'concern_reply', detail: { concerns: list.map((c) => c.id), text: body } });
    },

    /** Concerns of a case, for analysts (reporter identity only when the reporter gave it). */
    async forCase(caseId: string) {
      return db.select({ id: concerns.id, about: concerns.aboutText, aboutEmployeeId: concerns.aboutEmployeeId, category: concerns.category, body: concerns.body,
        reporterName: concerns.reporterName, reporterContact: concerns.reporterContact, createdAt: concerns.createdAt })
        .from(concerns).where(and(eq(concerns.tenantId, tenantId), eq(concerns.caseId, caseId))).orderBy(asc(concerns.createdAt));
    },
  };
}
