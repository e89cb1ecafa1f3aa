// Data access for analysis: people as detection context, detector state, alerts, clusters.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { PersonContext, PersonState } from '../detect/index.js';
import type { Alert } from '../model/alert.js';
import { SEVERITIES } from '../model/alert.js';
import type { Cluster } from '../model/cluster.js';
import type { Db } from './db.js';
import { accounts, alerts, clusters, detectionState, people, travel } from './schema/index.js';

const SHARED_PREFIX = '__shared:';

export async function loadPersonContexts(db: Db, tenantId: string): Promise<PersonContext[]> {
  const [ps, acs, trips] = await Promise.all([
    db.select().from(people).where(eq(people.tenantId, tenantId)),
    db.select().from(accounts).where(eq(accounts.tenantId, tenantId)),
    db.select().from(travel).where(eq(travel.tenantId, tenantId)),
  ]);
  const byPerson = new Map<string, { system: string; account: string }[]>();
  for (const a of acs) { const l = byPerson.get(a.employeeId) ?? []; l.push({ system: a.system, account: a.account }); byPerson.set(a.employeeId, l); }
  const tripsBy = new Map<string, NonNullable<PersonContext['travel']>>();
  for (const t of trips) { const l = tripsBy.get(t.employeeId) ?? []; l.push({ from: t.start, to: t.end, country: t.country }); tripsBy.set(t.employeeId, l); }
  return ps.map((p) => ({
    personId: p.employeeId, employmentType: p.employmentType as PersonContext['employmentType'], hireDate: p.hireDate,
    terminationDate: p.terminationDate, department: p.department, jobTitle: p.jobTitle, residenceCountry: p.residenceCountry,
    residenceRegion: p.residenceRegion, residenceCity: p.residenceCity, timezone: p.timezone,
    travel: tripsBy.get(p.employeeId) ?? [], accounts: byPerson.get(p.employeeId) ?? [],
  }));
}

export async function loadDetectionStates(db: Db, tenantId: string) {
  const rows = await db.select().from(detectionState).where(eq(detectionState.tenantId, tenantId));
  const out = { people: {} as Record<string, PersonState>, shared: {} as Record<string, [string, unknown][]> };
  for (const r of rows) {
    if (r.key.startsWith(SHARED_PREFIX)) out.shared[r.key.slice(SHARED_PREFIX.length)] = r.state as [string, unknown][];
    else out.people[r.key] = r.state as PersonState;
  }
  return out;
}

export async function saveDetectionStates(db: Db, tenantId: string, personStates: Record<string, PersonState>, shared: Record<string, [string, unknown][]>) {
  const rows = [
    ...Object.entries(personStates).map(([key, state]) => ({ tenantId, key, state })),
    ...Object.entries(shared).map(([key, state]) => ({ tenantId, key: `${SHARED_PREFIX}${key}`, state })),
  ];
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(detectionState).values(rows.slice(i, i + 500))
      .onConflictDoUpdate({ target: [detectionState.tenantId, detectionState.key], set: { state: sql`excluded.state`, updatedAt: sql`now()` } });
  }
}

/** Inserts alerts; a known id is left alone, so re-analysis never duplicates. Returns how many were new. */
export async function insertAlerts(db: Db, tenantId: string, list: Alert[]): Promise<number> {
  let inserted = 0;
  const unique = [...new Map(list.map((a) => [a.id, a])).values()];
  for (let i = 0; i < unique.length; i += 300) {
    const res = await db.insert(alerts).values(unique.slice(i, i + 300).map((a) => ({ ...a, tenantId, evidence: a.evidence })))
      .onConflictDoNothing({ target: [alerts.tenantId, alerts.id] }).returning({ one: sql<number>`1` });
    inserted += res.length;
  }
  return inserted;
}

export async function listAlerts(db: Db, tenantId: string, q: { minSeverity?: Alert['severity']; subjectId?: string; limit?: number } = {}): Promise<Alert[]> {
  const sev = q.minSeverity ? SEVERITIES.slice(SEVERITIES.indexOf(q.minSeverity)) : null;
  const rows = await db.select().from(alerts).where(and(
    eq(alerts.tenantId, tenantId),
    sev ? inArray(alerts.severity, [...sev]) : undefined,
    q.subjectId ? eq(alerts.subjectId, q.subjectId) : undefined,
  )).orderBy(desc(alerts.time), asc(alerts.id)).limit(q.limit ?? 1_000_000);
  return rows.map(({ tenantId: _t, createdAt: _c, ...a }) => ({ ...a, time: new Date(a.time).toISOString() }) as Alert);
}

/** Clusters are recomputed whole from the current data: the stored set is replaced, not appended to. */
export async function replaceClusters(db: Db, tenantId: string, list: Cluster[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(clusters).where(eq(clusters.tenantId, tenantId));
    for (let i = 0; i < list.length; i += 200) {
      await tx.insert(clusters).values(list.slice(i, i + 200).map((c) => ({
        tenantId, id: c.id, kind: c.kind, members: c.members, score: c.score, edges: c.edges, location: c.location ?? null, explanation: c.explanation,
      })));
    }
  });
}

export async function listClusters(db: Db, tenantId: string): Promise<Cluster[]> {
  const rows = await db.select().from(clusters).where(eq(clusters.tenantId, tenantId)).orderBy(desc(clusters.score), asc(clusters.id));
  return rows.map((r) => ({
    id: r.id, kind: r.kind as Cluster['kind'], members: r.members, score: r.score, edges: r.edges as Cluster['edges'],
    ...(r.location ? { location: r.location as Cluster['location'] } : {}), explanation: r.explanation,
  }));
}
