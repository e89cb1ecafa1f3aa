// Entity resolution: one person per employee (plus unhired candidates), each link to accounts, actors, candidate
// records, payroll and shipments carrying a confidence and a reason; analyst decisions override automatic links.
import type { Account } from '../../model/account.js';
import type { Candidate } from '../../model/candidate.js';
import type { PayrollRecord, Shipment } from '../../model/onboarding.js';
import type { Person } from '../../model/person.js';
import { matchActor } from './actors.js';
import { nameKey, normEmail, normPhone } from './normalise.js';
import {
  MERGE_THRESHOLD, type ActorSighting, type IdentityLink, type LinkKind, type LinkSuggestion, type Resolution,
  type ResolutionDecision, type ResolvedPerson,
} from './types.js';

export interface IdentityInput {
  people: Person[];
  candidates: Candidate[];
  accounts: Account[];
  actors?: ActorSighting[];
  payroll?: PayrollRecord[];
  shipments?: Shipment[];
}

export const employeePersonId = (id: string) => `employee:${id}`;
export const candidatePersonId = (id: string) => `candidate:${id}`;

const byStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const decisionKey = (personId: string, kind: LinkKind, system: string, value: string) => `${personId}\u0000${kind}\u0000${system}\u0000${value.toLowerCase()}`;

/** Noisy-OR: two independent pieces of evidence for one link make it surer than either. */
const combine = (cs: number[]) => 1 - cs.reduce((p, c) => p * (1 - c), 1);

interface Scored { personId: string; confidence: number; reasons: string[] }

function decisionsIndex(decisions: ResolutionDecision[]) {
  const map = new Map<string, ResolutionDecision>();
  // Later decisions win: an analyst may confirm, then split the same link.
  for (const d of decisions) map.set(decisionKey(d.personId, d.kind, d.system, d.value), d);
  return {
    get: (personId: string, kind: LinkKind, system: string, value: string) => map.get(decisionKey(personId, kind, system, value))?.decision,
    confirmed: (kind: LinkKind) => decisions.filter((d) => d.kind === kind && map.get(decisionKey(d.personId, d.kind, d.system, d.value)) === d && d.decision === 'confirm'),
  };
}

/** Picks one owner among scored candidates; near-ties are ambiguous and link nobody automatically. */
function pickOwner(scored: Scored[]): Scored | null {
  const sorted = [...scored].sort((a, b) => b.confidence - a.confidence || byStr(a.personId, b.personId));
  const [best, second] = sorted;
  if (!best) return null;
  if (second && best.confidence - second.confidence < 0.05) return null;
  return best;
}

export function resolveIdentities(input: IdentityInput, decisions: ResolutionDecision[] = []): Resolution {
  const dec = decisionsIndex(decisions);
  const persons = new Map<string, ResolvedPerson>();
  const suggestions: LinkSuggestion[] = [];
  const subjectIndex = new Map<string, string>();
  const people = [...input.people].sort((a, b) => byStr(a.employeeId, b.employeeId));

  for (const p of people) {
    const personId = employeePersonId(p.employeeId);
    const phone = normPhone(p.phone, p.residenceCountry);
    persons.set(personId, {
      personId, kind: 'employee', employeeId: p.employeeId, candidateIds: [], name: p.fullName,
      emails: [normEmail(p.email)].filter((e): e is string => !!e), phones: phone ? [phone] : [], links: [],
    });
    subjectIndex.set(p.employeeId, personId);
  }

  const addLink = (person: ResolvedPerson, link: Omit<IdentityLink, 'decision'>) => {
    const d = dec.get(person.personId, link.kind, link.system, link.value);
    if (d === 'split') { suggestions.push({ personId: person.personId, link: { ...link, decision: null }, split: true }); return false; }
    const exists = person.links.find((l) => l.kind === link.kind && l.system === link.system && l.value === link.value);
    const full: IdentityLink = d === 'confirm'
      ? { ...link, confidence: 1, reason: `${link.reason}; confirmed by analyst`, decision: 'confirmed' }
      : { ...link, decision: null };
    if (exists) { if (full.confidence > exists.confidence) Object.assign(exists, full); return true; }
    person.links.push(full);
    return true;
  };

  // Candidate records → the employee they became (or a person of their own).
  const byEmail = new Map<string, string[]>();
  const byPhone = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string | null, v: string) => { if (k) m.set(k, [...(m.get(k) ?? []), v]); };
  for (const p of persons.values()) {
    for (const e of p.emails) push(byEmail, e, p.personId);
    for (const ph of p.phones) push(byPhone, ph, p.personId);
    push(byName, nameKey(p.name), p.personId);
  }
  const candidates = [...input.candidates].sort((a, b) => byStr(a.candidateId, b.candidateId));
  for (const c of candidates) {
    const ev = new Map<string, { cs: number[]; reasons: string[] }>();
    const note = (pid: string, conf: number, reason: string) => {
      const e = ev.get(pid) ?? { cs: [], reasons: [] };
      e.cs.push(conf); e.reasons.push(reason); ev.set(pid, e);
    };
    if (c.hiredEmployeeId && persons.has(employeePersonId(c.hiredEmployeeId))) note(employeePersonId(c.hiredEmployeeId), 1, 'candidates.csv hired_employee_id');
    const email = normEmail(c.email);
    for (const pid of email ? byEmail.get(email) ?? [] : []) note(pid, 0.9, 'same e-mail as the HR record');
    const phone = normPhone(c.phone, c.claimedCountry);
    for (const pid of phone ? byPhone.get(phone) ?? [] : []) note(pid, 0.8, 'same phone (E.164) as the HR record');
    const sameName = byName.get(nameKey(c.fullName) ?? '\u0000') ?? [];
    if (sameName.length === 1) note(sameName[0]!, 0.45, 'same full name as the HR record (name alone)');
    for (const d of dec.confirmed('candidate')) if (d.value === c.candidateId && persons.has(d.personId) && !ev.has(d.personId)) note(d.personId, 1, 'linked by analyst');

    const scored: Scored[] = [...ev].map(([personId, e]) => ({ personId, confidence: combine(e.cs), reasons: e.reasons }))
      .map((s) => ({ ...s, confidence: dec.get(s.personId, 'candidate', 'ats', c.candidateId) === 'confirm' ? 1 : s.confidence }))
      .filter((s) => dec.get(s.personId, 'candidate', 'ats', c.candidateId) !== 'split' || (suggestions.push({ personId: s.personId, split: true, link: { kind: 'candidate', system: 'ats', value: c.candidateId, confidence: s.confidence, reason: s.reasons.join('; '), decision: null } }), false));
    const owner = pickOwner(scored);
    const target = owner && owner.confidence >= MERGE_THRESHOLD ? persons.get(owner.personId) : undefined;
    if (target) {
      addLink(target, { kind: 'candidate', system: 'ats', value: c.candidateId, confidence: round(owner!.confidence), reason: owner!.reasons.join('; ') });
      target.candidateIds.push(c.candidateId);
      if (email && !target.emails.includes(email)) target.emails.push(email);
      if (phone && !target.phones.includes(phone)) target.phones.push(phone);
      subjectIndex.set(c.candidateId, target.personId);
      continue;
    }
    for (const s of scored) suggestions.push({ personId: s.personId, split: false, link: { kind: 'candidate', system: 'ats', value: c.candidateId, confidence: round(s.confidence), reason: s.reasons.join('; '), decision: null } });
    const personId = candidatePersonId(c.candidateId);
    persons.set(personId, {
      personId, kind: 'candidate', employeeId: null, candidateIds: [c.candidateId], name: c.fullName,
      emails: email ? [email] : [], phones: phone ? [phone] : [], links: [],
    });
    subjectIndex.set(c.candidateId, personId);
  }

  const actorIndex = new Map<string, string>();
  // accounts.csv is the organisation's own mapping: certain unless an analyst split it.
  for (const a of [...input.accounts].sort((x, y) => byStr(`${x.employeeId}|${x.system}|${x.account}`, `${y.employeeId}|${y.system}|${y.account}`))) {
    const person = persons.get(employeePersonId(a.employeeId));
    if (!person) continue;
    if (addLink(person, { kind: 'account', system: a.system, value: a.account, confidence: 1, reason: `accounts.csv maps ${a.system} account to ${a.employeeId}` })) {
      actorIndex.set(`${a.system}:${a.account}`, person.personId);
    }
  }

  // Actors seen in logs: matched by accounts.csv, e-mail/UPN, GitHub login, user part, display name.
  const seen = new Set<string>();
  const sightings = [...(input.actors ?? [])].sort((a, b) => byStr(`${a.source}:${a.actor}`, `${b.source}:${b.actor}`));
  const personList = [...persons.values()];
  const candidateById = new Map(input.candidates.map((c) => [c.candidateId, c]));
  for (const s of sightings) {
    const actor = s.actor.trim().toLowerCase();
    const key = `${s.source}:${actor}`;
    if (!actor || seen.has(key)) continue;
    seen.add(key);
    const scored = matchActor({ ...s, actor }, personList, input.accounts, candidateById)
      .map((m) => ({ ...m, confidence: dec.get(m.personId, 'actor', s.source, actor) === 'confirm' ? 1 : m.confidence }))
      .filter((m) => dec.get(m.personId, 'actor', s.source, actor) !== 'split');
    for (const d of dec.confirmed('actor')) {
      if (d.system === s.source && d.value.toLowerCase() === actor && !scored.some((m) => m.personId === d.personId) && persons.has(d.personId)) {
        scored.push({ personId: d.personId, confidence: 1, reasons: ['linked by analyst'] });
      }
    }
    const owner = pickOwner(scored);
    if (owner && owner.confidence >= MERGE_THRESHOLD) {
      const person = persons.get(owner.personId)!;
      if (addLink(person, { kind: 'actor', system: s.source, value: actor, confidence: round(owner.confidence), reason: owner.reasons.join('; ') })) actorIndex.set(key, person.personId);
    } else {
      for (const m of scored) suggestions.push({ personId: m.personId, split: false, link: { kind: 'actor', system: s.source, value: actor, confidence: round(m.confidence), reason: m.reasons.join('; '), decision: null } });
    }
  }
  // A bare actor (no source) resolves only when every source agrees on one person.
  const bare = new Map<string, Set<string>>();
  for (const [k, pid] of actorIndex) {
    const actor = k.slice(k.indexOf(':') + 1);
    bare.set(actor, (bare.get(actor) ?? new Set()).add(pid));
  }
  for (const [actor, pids] of bare) if (pids.size === 1 && !actorIndex.has(actor)) actorIndex.set(actor, [...pids][0]!);

  for (const r of input.payroll ?? []) {
    const person = persons.get(employeePersonId(r.employeeId));
    if (person) addLink(person, { kind: 'payroll', system: 'hr', value: `${r.effectiveDate}|${r.method}`, confidence: 1, reason: 'payroll.csv employee_id' });
  }
  for (const s of input.shipments ?? []) {
    const person = persons.get(employeePersonId(s.employeeId));
    if (person) addLink(person, { kind: 'shipment', system: 'hr', value: s.assetId, confidence: 1, reason: 'shipments.csv employee_id' });
  }

  for (const p of persons.values()) {
    p.links.sort((a, b) => byStr(`${a.kind}|${a.system}|${a.value}`, `${b.kind}|${b.system}|${b.value}`));
    p.candidateIds.sort(byStr);
  }
  return { persons: [...persons.values()], actorIndex, subjectIndex, suggestions };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
