// Stored per-person scores: replaced whole at each analysis, read by the CLI, the API and the web app.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { PersonScore } from '../score/types.js';
import type { Db } from './db.js';
import { identityDecisions, personScores, scoreHistory } from './schema/index.js';

export async function replacePersonScores(db: Db, tenantId: string, scores: PersonScore[], computedAt: string): Promise<void> {
  const day = computedAt.slice(0, 10);
  await db.transaction(async (tx) => {
    await tx.delete(personScores).where(eq(personScores.tenantId, tenantId));
    for (let i = 0; i < scores.length; i += 300) {
      const chunk = scores.slice(i, i + 300);
      await tx.insert(personScores).values(chunk.map((s) => ({
        tenantId, personId: s.personId, kind: s.kind, employeeId: s.employeeId, candidateId: s.candidateId, name: s.name,
        emails: s.emails, score: s.score, level: s.level, pillars: s.pillars, reasons: s.reasons, clusters: s.clusters, attack: s.attack, computedAt,
      })));
      await tx.insert(scoreHistory).values(chunk.map((s) => ({ tenantId, day, personId: s.personId, score: s.score, level: s.level })))
        .onConflictDoUpdate({ target: [scoreHistory.tenantId, scoreHistory.day, scoreHistory.personId], set: { score: sql`excluded.score`, level: sql`excluded.level` } });
    }
  });
}

type ScoreRow = typeof personScores.$inferSelect;
const toScore = (r: ScoreRow): PersonScore & { computedAt: string } => ({
  personId: r.personId, kind: r.kind as PersonScore['kind'], employeeId: r.employeeId, candidateId: r.candidateId,
  candidateIds: r.candidateId ? [r.candidateId] : [], emails: r.emails, name: r.name, score: r.score, level: r.level as PersonScore['level'],
  pillars: r.pillars as PersonScore['pillars'], reasons: r.reasons as PersonScore['reasons'], clusters: r.clusters, attack: r.attack,
  computedAt: new Date(r.computedAt).toISOString(),
});

export async function listPersonScores(db: Db, tenantId: string, q: { levels?: string[]; kind?: string; limit?: number; offset?: number } = {}) {
  const rows = await db.select().from(personScores).where(and(
    eq(personScores.tenantId, tenantId),
    q.levels?.length ? inArray(personScores.level, q.levels) : undefined,
    q.kind ? eq(personScores.kind, q.kind) : undefined,
  )).orderBy(desc(personScores.score), asc(personScores.personId)).limit(q.limit ?? 1_000_000).offset(q.offset ?? 0);
  return rows.map(toScore);
}

/** A person by `employee:<id>`, `candidate:<id>` or a bare employee/candidate id. */
export async function getPersonScore(db: Db, tenantId: string, id: string) {
  const rows = await db.select().from(personScores).where(and(eq(personScores.tenantId, tenantId),
    sql`(${personScores.personId} = ${id} OR ${personScores.employeeId} = ${id} OR ${personScores.candidateId} = ${id})`)).limit(2);
  return rows[0] ? toScore(rows[0]) : null;
}

export async function scoreTrend(db: Db, tenantId: string, days = 30) {
  return db.select({ day: scoreHistory.day, level: scoreHistory.level, n: sql<number>`count(*)::int` }).from(scoreHistory)
    .where(and(eq(scoreHistory.tenantId, tenantId), sql`${scoreHistory.day} >= to_char(now() - make_interval(days => ${days}), 'YYYY-MM-DD')`))
    .groupBy(scoreHistory.day, scoreHistory.level).orderBy(asc(scoreHistory.day));
}

export async function loadIdentityDecisions(db: Db, tenantId: string) {
  const rows = await db.select().from(identityDecisions).where(eq(identityDecisions.tenantId, tenantId));
  return rows.map((r) => ({ decision: r.decision as 'confirm' | 'split', personId: r.personId, kind: r.kind as never, system: r.system, value: r.value, by: r.by, at: new Date(r.at).toISOString() }));
}

export async function saveIdentityDecision(db: Db, tenantId: string, d: { decision: 'confirm' | 'split'; personId: string; kind: string; system: string; value: string; by: string }) {
  await db.insert(identityDecisions).values({ tenantId, ...d })
    .onConflictDoUpdate({ target: [identityDecisions.tenantId, identityDecisions.personId, identityDecisions.kind, identityDecisions.system, identityDecisions.value], set: { decision: d.decision, by: d.by, at: sql`now()` } });
}
