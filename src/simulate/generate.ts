// Builds a whole simulated organisation in memory: people, fraud, confounders, sessions, acts, hiring, and the truth.
import { HOSTING } from './catalog/geo.js';
import { assignConfounders } from './confounders.js';
import { fraudActs } from './tradecraft.js';
import { fraudSessions } from './fraud-sessions.js';
import { legitActs } from './acts.js';
import { fraudCandidate, recordSharedInfrastructure } from './hiring-fraud.js';
import { legitCandidate, type HiringCtx } from './hiring.js';
import type { SimCandidate } from './hiring-records.js';
import { createNetworkPools, loadNetworkData } from './networks.js';
import { generatePeople } from './org.js';
import { pickActorFor, planFraud } from './personas.js';
import { createRng } from './prng.js';
import { corporateEgress, legitSessions, type TimelineCtx } from './timeline.js';
import { addDays, DAY_MS } from './time.js';
import type { Truth } from './truth.js';
import { signalRecorder, type World } from './types.js';
import type { PlantedSignal } from './truth.js';

export interface SimulateOptions {
  seed: string | number;
  employees: number;
  candidates: number;
  days: number;
  /** First day of the log window (YYYY-MM-DD); fixed by default so output never depends on the clock. */
  start?: string;
  fraudRate?: { employees: number; candidates: number };
  onProgress?: (phase: string, done: number, total: number) => void;
}

export const DEFAULT_START = '2026-09-01';
export const DEFAULT_FRAUD_RATE = { employees: 0.02, candidates: 0.08 };

export interface SimulatedWorld { world: World; candidates: SimCandidate[]; truth: Truth; options: Required<Omit<SimulateOptions, 'onProgress'>> }

export async function buildWorld(opts: SimulateOptions): Promise<SimulatedWorld> {
  const progress = opts.onProgress ?? (() => {});
  const startDay = opts.start ?? DEFAULT_START;
  const fraudRate = opts.fraudRate ?? DEFAULT_FRAUD_RATE;
  const seed = String(opts.seed);
  const rng = createRng(seed);
  progress('networks', 0, 1);
  const pools = createNetworkPools(await loadNetworkData());
  const start = Date.parse(`${startDay}T00:00:00Z`);
  const end = start + opts.days * DAY_MS;
  const org = { name: 'Kestrel Analytics', domain: 'kestrel-analytics.example', githubOrg: 'kestrel-analytics', tenantId: rng.fork('org').uuid(), customerId: `C0${rng.fork('org').hex(7)}`, oktaOrg: 'kestrel.okta.com' };
  const signals: PlantedSignal[] = [];
  const record = signalRecorder(signals);

  progress('people', 0, opts.employees);
  const people = generatePeople(rng.fork('org-people'), pools, { employees: opts.employees, start, domain: org.domain });
  const nFraudEmp = opts.employees >= 20 ? Math.max(1, Math.round(opts.employees * fraudRate.employees)) : Math.round(opts.employees * fraudRate.employees);
  const nFraudCand = Math.round(opts.candidates * fraudRate.candidates);
  const { actors, farms } = planFraud(rng.fork('fraud'), pools, people, { fraudEmployees: nFraudEmp, fraudCandidates: nFraudCand, start, days: opts.days, domain: org.domain });
  const plans = assignConfounders(rng.fork('confounders'), people, startDay, opts.days);

  const ctx: TimelineCtx = { pools, start, end, startDay, days: opts.days, egress: corporateEgress(rng.fork('egress'), pools) };
  const admins = people.filter((p) => p.it && !p.fraud);
  if (admins.length === 0 && people[0]) admins.push(people[0]);
  const relayRng = rng.fork('rmm-relays');
  const rmmRelays = Object.fromEntries(['anydesk', 'crd', 'teamviewer', 'rustdesk'].map((tool) =>
    [tool, [0, 1, 2].map(() => pools.pick(relayRng, relayRng.pick(HOSTING), 'hosting').ip)]));
  const declaredTravel = people.flatMap((p) => (plans.get(p.id)?.trips ?? []).filter((t) => t.declared).map((t) => ({
    employee_id: p.id, start: t.from, end: addDays(t.to, -1), country: t.country, city: t.cityDeclared ? t.city.name : '',
  })));
  const world: World = { org, start, end, people, sessions: [], acts: [], signals, corporateEgress: Object.values(ctx.egress).flat(), rmmRelays, declaredTravel };
  people.forEach((p, i) => {
    const r = rng.fork(`timeline-${p.id}`);
    const sessions = p.fraud ? fraudSessions(p, r, ctx, record) : legitSessions(p, plans.get(p.id)!, r, ctx);
    const acts = p.fraud ? fraudActs(p, sessions, r.fork('acts'), { start, admins }, record) : legitActs(p, sessions, r.fork('acts'), { start, admins });
    world.sessions.push(...sessions);
    world.acts.push(...acts.filter((a) => a.time >= start && a.time < end));
    if (i % 25 === 0) progress('activity', i, people.length);
  });

  progress('hiring', 0, opts.candidates);
  const hctx: HiringCtx = { rng: rng.fork('hiring'), pools, start, end, domain: org.domain, seq: { n: 0 } };
  const candidates: SimCandidate[] = [];
  const fraudHires = people.filter((p) => p.fraud);
  for (const p of fraudHires) {
    const c = fraudCandidate(hctx, p.fraud!.actor, p, record);
    p.fraud!.candidateId = c.candidate_id;
    p.fraud!.actor.candidateIds.push(c.candidate_id);
    candidates.push(c);
  }
  const recentHires = people.filter((p) => !p.fraud && p.hireDate >= addDays(startDay, -60));
  for (const p of recentHires) if (candidates.length < opts.candidates) candidates.push(legitCandidate(hctx, p));
  const actorRng = rng.fork('actor-personas');
  for (let i = 0; i < nFraudCand && actors.length > 0; i++) {
    const actor = pickActorFor(actorRng, actors);
    const c = fraudCandidate(hctx, actor, null, record);
    actor.candidateIds.push(c.candidate_id);
    candidates.push(c);
  }
  while (candidates.length < opts.candidates) candidates.push(legitCandidate(hctx, null));
  recordSharedInfrastructure(candidates, record);
  // Interleave so ids do not reveal who is fraudulent: order by application time (ids stay as issued).
  candidates.sort((a, b) => a.appliedMs - b.appliedMs || (a.candidate_id < b.candidate_id ? -1 : 1));

  // Log-borne signals only count when their records fall inside the window; HR-file signals (O*, B4, H*) always do.
  for (let i = signals.length - 1; i >= 0; i--) {
    const sg = signals[i]!;
    const t = Date.parse(sg.time);
    if (sg.subjectKind === 'employee' && /^(M|C|B3)/.test(sg.signal) && (t < start || t >= end)) signals.splice(i, 1);
  }
  const firstOf = (id: string, fallback: number) => {
    const times = signals.filter((s) => s.subjectId === id).map((s) => Date.parse(s.time));
    return new Date(times.length ? Math.min(...times) : fallback).toISOString();
  };
  const truth: Truth = {
    version: 1, seed, window: { start: startDay, days: opts.days }, counts: { employees: people.length, candidates: candidates.length },
    fraudulentEmployees: fraudHires.map((p) => ({
      employeeId: p.id, actorId: p.fraud!.actor.id, candidateId: p.fraud!.candidateId, farmId: p.fraud!.farm?.id ?? null,
      tradecraft: [...p.fraud!.tradecraft], firstActivity: firstOf(p.id, Date.parse(`${p.hireDate}T00:00:00Z`)),
    })),
    fraudulentCandidates: candidates.filter((c) => c.actor).map((c) => ({
      candidateId: c.candidate_id, actorId: c.actor!.id, hiredEmployeeId: c.hired_employee_id || null, tradecraft: c.tradecraft, firstActivity: c.applied_at,
    })),
    actors: actors.filter((a) => a.candidateIds.length + a.employeeIds.length > 0).map((a) => ({ actorId: a.id, operatorTimeZone: a.operatorTz, candidateIds: a.candidateIds, employeeIds: a.employeeIds })),
    farms: farms.map((f) => ({ farmId: f.id, facilitatorCity: f.city.name, facilitatorCountry: f.country, ip: f.net.ip, members: f.members })),
    signals: [...signals].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : a.signal < b.signal ? -1 : 1)),
    confounders: [
      ...people.flatMap((p) => p.confounders.map((type) => ({ subjectKind: 'employee' as const, subjectId: p.id, type }))),
      ...candidates.filter((c) => !c.actor && c.interviews.some((i) => i.connection_quality !== 'good')).map((c) => ({ subjectKind: 'candidate' as const, subjectId: c.candidate_id, type: 'poor_network' as const })),
    ],
  };
  world.sessions.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
  world.acts.sort((a, b) => a.time - b.time || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : a.kind < b.kind ? -1 : 1));
  return { world, candidates, truth, options: { seed, employees: opts.employees, candidates: opts.candidates, days: opts.days, start: startDay, fraudRate } };
}
