// R6 applicability check (seed 004): questions answered from data, a priority and deadline, actions, and administrator notices (ja/en).
import type { ApplicabilityFacts } from '../../store/read/applicability-reads.js';

export const QUESTION_IDS = ['platformHiring', 'thirdPartyShipping', 'farLogins', 'remoteStaff', 'earlyPrivilege'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
export type Answer = 'yes' | 'no' | 'unknown';
export type Priority = 'high' | 'medium' | 'low';

export interface ComputedAnswer { id: QuestionId; answer: Answer; evidence: Record<string, number>; confirmedByAlerts: boolean }

const sig = (f: ApplicabilityFacts, ...ids: string[]) => ids.reduce((n, id) => n + (f.signalAlerts[id] ?? 0), 0);

/** What the data already says; "unknown" when the data needed is not there (no candidates, no shipments, no logs). */
export function computeAnswers(f: ApplicabilityFacts, laptopFarms: number): ComputedAnswer[] {
  const yn = (has: boolean, n: number): Answer => (!has ? 'unknown' : n > 0 ? 'yes' : 'no');
  return [
    { id: 'platformHiring', answer: yn(f.candidates > 0, f.foreignPlatformNoIdv), evidence: { candidates: f.candidates, withoutIdCheck: f.foreignPlatformNoIdv, alerts: sig(f, 'H8', 'H10') }, confirmedByAlerts: sig(f, 'H8', 'H10') > 0 },
    { id: 'thirdPartyShipping', answer: yn(f.shipments > 0, f.shippedElsewhere + sig(f, 'O1')), evidence: { shipments: f.shipments, elsewhere: f.shippedElsewhere, alerts: sig(f, 'O1'), laptopFarms }, confirmedByAlerts: sig(f, 'O1') > 0 || laptopFarms > 0 },
    { id: 'farLogins', answer: yn(f.people > 0, f.loginsAbroad + sig(f, 'M1')), evidence: { people: f.people, loginsAbroad: f.loginsAbroad, alerts: sig(f, 'M1', 'M3', 'M4') }, confirmedByAlerts: sig(f, 'M1') > 0 },
    { id: 'remoteStaff', answer: yn(f.people > 0, f.remotePeople), evidence: { people: f.people, remoteOrContractors: f.remotePeople }, confirmedByAlerts: false },
    { id: 'earlyPrivilege', answer: sig(f, 'O3', 'M9') > 0 ? 'yes' : 'unknown', evidence: { alerts: sig(f, 'O3', 'M9') }, confirmedByAlerts: sig(f, 'O3', 'M9') > 0 },
  ];
}

const DAY = 86_400_000;

/** 004: any of the three criteria → act; confirmed by alerts → this week; none → watch only. */
export function assess(answers: Record<QuestionId, Answer>, computed: ComputedAnswer[], today: Date) {
  const core: QuestionId[] = ['platformHiring', 'thirdPartyShipping', 'farLogins'];
  const yes = core.filter((q) => answers[q] === 'yes');
  const confirmed = yes.some((q) => computed.find((c) => c.id === q)?.confirmedByAlerts);
  const priority: Priority = confirmed || yes.length >= 2 ? 'high' : yes.length === 1 || answers.earlyPrivilege === 'yes' ? 'medium' : 'low';
  const days = priority === 'high' ? 7 : priority === 'medium' ? 30 : 90;
  const deadline = new Date(today.getTime() + days * DAY).toISOString().slice(0, 10);
  const actions = [
    ...(answers.platformHiring !== 'no' ? ['kyc'] : []),
    ...(answers.thirdPartyShipping !== 'no' ? ['shipping'] : []),
    ...(answers.farLogins !== 'no' ? ['logins'] : []),
    'leastPrivilege',
    ...(answers.remoteStaff === 'yes' ? ['remoteReview'] : []),
  ];
  return { priority, deadline, applies: yes.length > 0, actions, matched: yes };
}
