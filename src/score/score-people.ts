// The one pure entry of the scoring stage: resolve identities, attribute evidence, score each person, rank.
import { DEFAULT_MODEL, type ScoringModel } from './config.js';
import { combineEvidence } from './combine.js';
import { attributeEvidence } from './evidence.js';
import { resolveIdentities } from './identity/resolve.js';
import type { Resolution } from './identity/types.js';
import type { PersonScore, ScoreInput } from './types.js';

export interface ScoreRun {
  scores: PersonScore[];
  resolution: Resolution;
  /** Alerts that reached nobody (unknown subject, unresolved account): worth showing, never silently dropped. */
  unattributed: number;
  suppressed: number;
}

function nowMs(now: string | number): number {
  const t = typeof now === 'number' ? now : Date.parse(now);
  if (!Number.isFinite(t)) throw new Error(`scorePeople: "now" is not a time: ${String(now)}`);
  return t;
}

export function scorePeopleRun(input: ScoreInput, model: ScoringModel = DEFAULT_MODEL): ScoreRun {
  const t = nowMs(input.now);
  const nowIso = new Date(t).toISOString();
  const resolution = resolveIdentities(
    { people: input.people, candidates: input.candidates, accounts: input.accounts, actors: input.actors, payroll: input.payroll, shipments: input.shipments },
    input.decisions ?? [],
  );
  const att = attributeEvidence(input.alerts, input.clusters, resolution, input.suppressions, nowIso, model);
  const scores: PersonScore[] = resolution.persons.map((p) => {
    const evidence = att.byPerson.get(p.personId) ?? [];
    const c = combineEvidence(evidence, t, model);
    const attack = [...new Set(evidence.flatMap((e) => e.alert.attack.map((x) => x.trim().toUpperCase())))].sort();
    return {
      personId: p.personId, kind: p.kind, employeeId: p.employeeId, candidateId: p.candidateIds[0] ?? null, candidateIds: p.candidateIds,
      emails: p.emails, name: p.name, score: c.score, level: c.level, pillars: c.pillars, reasons: c.reasons,
      clusters: [...(att.clustersByPerson.get(p.personId) ?? [])].sort(), attack,
    };
  });
  scores.sort((a, b) => b.score - a.score || (a.personId < b.personId ? -1 : 1));
  return { scores, resolution, unattributed: att.unattributed.length, suppressed: att.suppressed };
}

/** Ranked scores, highest first; same input and `now` → same output. */
export function scorePeople(input: ScoreInput, model: ScoringModel = DEFAULT_MODEL): PersonScore[] {
  return scorePeopleRun(input, model).scores;
}
