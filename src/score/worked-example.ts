// The worked example of docs/scoring.md as data, so the test can recompute every number the document states.
import type { Alert } from '../model/alert.js';

export const WORKED_NOW = '2025-06-01T00:00:00Z';

const mk = (id: string, ruleId: string, time: string, severity: Alert['severity'], pillar: Alert['pillar'], signals: string[], attack: string[], en: string): Alert => ({
  id, ruleId, subjectKind: 'employee', subjectId: 'E100', time, severity, pillar, signals, attack,
  summary: { en, ja: en }, evidence: { eventIds: [`ev-${id}`], facts: {} },
});

/** A remote developer: commercial VPN sign-ins, working hours that fit UTC+9, AnyDesk, pay to a foreign bank. */
export const WORKED_ALERTS: Alert[] = [
  mk('a1', 'anonymizer-sign-in', '2025-05-30T01:00:00Z', 'low', 'location', ['M3'], ['T1090', 'T1078'], 'Sign-in through a commercial VPN exit.'),
  mk('a2', 'anonymizer-sign-in', '2025-05-31T01:00:00Z', 'low', 'location', ['M3'], ['T1090', 'T1078'], 'Sign-in through a commercial VPN exit.'),
  mk('a3', 'activity-timezone-mismatch', '2025-05-22T00:00:00Z', 'medium', 'behaviour', ['M5', 'H4'], ['T1078'], 'Working hours fit UTC+9, not the residence (America/Chicago).'),
  mk('a4', 'rmm-tool-execution', '2025-03-02T00:00:00Z', 'medium', 'device', ['M6', 'O1'], ['T1219'], 'AnyDesk ran on the company laptop.'),
  mk('a5', 'onboard.pay_foreign_bank', '2025-01-15T00:00:00Z', 'medium', 'identity', ['O2', 'H4'], [], 'Pay goes to a bank in another country than the residence.'),
];
