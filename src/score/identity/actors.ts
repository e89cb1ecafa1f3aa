// Matches one actor seen in logs (IdP login, UPN, GitHub login, Defender device user) to the people it may be.
import type { Account } from '../../model/account.js';
import type { Candidate } from '../../model/candidate.js';
import { githubLogin, nameKey, normEmail, userPart } from './normalise.js';
import type { ActorSighting, ResolvedPerson } from './types.js';

export interface ActorMatch { personId: string; confidence: number; reasons: string[] }

/**
 * Each rule gives a confidence; rules that agree on one person combine (noisy-OR). Weak rules (user part, display
 * name) count only when they point at exactly one person, because a shared first name is not an identity.
 */
export function matchActor(s: ActorSighting, persons: ResolvedPerson[], accounts: Account[], candidates: Map<string, Candidate>): ActorMatch[] {
  const actor = s.actor.trim().toLowerCase();
  const hits = new Map<string, { cs: number[]; reasons: string[] }>();
  const note = (personId: string, c: number, reason: string) => {
    const h = hits.get(personId) ?? { cs: [], reasons: [] };
    h.cs.push(c); h.reasons.push(reason); hits.set(personId, h);
  };
  const weak = (matches: string[], c: number, reason: string) => { if (matches.length === 1) note(matches[0]!, c, reason); };
  const employeeOf = new Map(persons.filter((p) => p.employeeId).map((p) => [p.employeeId!, p.personId]));

  for (const a of accounts) {
    const pid = employeeOf.get(a.employeeId);
    if (!pid) continue;
    if (a.account === actor && a.system === s.source) note(pid, 1, `accounts.csv ${a.system} account`);
    else if (a.account === actor) note(pid, 0.9, `accounts.csv lists the same account under ${a.system}`);
  }
  const email = normEmail(actor);
  for (const p of persons) {
    if (email && p.emails.includes(email)) note(p.personId, p.kind === 'employee' && p.emails[0] === email ? 0.95 : 0.85, 'actor equals the e-mail/UPN on record');
  }
  if (s.source === 'github') {
    for (const p of persons) {
      const logins = p.candidateIds.map((id) => githubLogin(candidates.get(id)?.githubUrl)).filter(Boolean);
      if (logins.includes(actor)) note(p.personId, 0.8, 'actor equals the GitHub login in the candidate record');
    }
  }
  if (hits.size === 0) {
    const user = userPart(actor);
    if (user.length >= 3) {
      const byLocal = persons.filter((p) => p.emails.some((e) => userPart(e) === user)).map((p) => p.personId);
      weak(byLocal, 0.7, 'user part equals the local part of the e-mail on record');
      if (byLocal.length === 0) {
        const byAccount = [...new Set(accounts.filter((a) => userPart(a.account) === user).map((a) => employeeOf.get(a.employeeId)).filter((x): x is string => !!x))];
        weak(byAccount, 0.65, 'user part equals an accounts.csv account in another system');
      }
    }
    const nk = nameKey(s.actorName);
    if (nk) weak(persons.filter((p) => nameKey(p.name) === nk).map((p) => p.personId), 0.5, 'display name equals the name on record');
  }
  return [...hits].map(([personId, h]) => ({ personId, confidence: 1 - h.cs.reduce((p, c) => p * (1 - c), 1), reasons: h.reasons }));
}

/** Distinct actors of normalized events, the input `resolveIdentities` links. */
export function actorsFromEvents(events: Iterable<{ source: string; actor?: string | null; actorName?: string | null; actorId?: string | null }>): ActorSighting[] {
  const out = new Map<string, ActorSighting>();
  for (const e of events) {
    if (!e.actor) continue;
    const k = `${e.source}:${e.actor.toLowerCase()}`;
    if (!out.has(k)) out.set(k, { source: e.source, actor: e.actor.toLowerCase(), actorName: e.actorName ?? null, actorId: e.actorId ?? null });
  }
  return [...out.values()];
}
