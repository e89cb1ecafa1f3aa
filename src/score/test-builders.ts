// Fixture builders for scoring tests: canonical CSV rows through the real schemas, and alerts shaped like the ones
// detect/, screen/ and onboard/ raise (same rule ids, pillars, signals and severities).
import { createHash } from 'node:crypto';
import {
  AccountsCsv, CandidatesCsv, PeopleCsv, type Account, type Alert, type Candidate, type Cluster, type Person,
} from '../model/index.js';

type Row = Record<string, string>;

export function person(row: Row): Person {
  return PeopleCsv.schema.parse({
    email: `${(row.employee_id ?? 'x').toLowerCase()}@example.com`, full_name: `Person ${row.employee_id ?? 'x'}`,
    employment_type: 'employee', hire_date: '2025-01-06', residence_country: 'US', ...row,
  });
}

export function candidate(row: Row): Candidate {
  // Every column present (empty = unknown), as a CSV row would have them.
  const blank = Object.fromEntries(CandidatesCsv.columns.map((c) => [c, '']));
  return CandidatesCsv.schema.parse({ ...blank, full_name: `Candidate ${row.candidate_id ?? 'x'}`, ...row });
}

export function account(employeeId: string, system: string, login: string): Account {
  return AccountsCsv.schema.parse({ employee_id: employeeId, system, account: login });
}

/** The real rules' metadata (from src/detect/rules, detectors, onboard and screen), so tests score realistic alerts. */
export const RULES = {
  'impossible-travel': { pillar: 'location', signals: ['M4'], attack: ['T1078'] },
  'far-from-residence': { pillar: 'location', signals: ['M1', 'H4'], attack: ['T1078'] },
  'anonymizer-sign-in': { pillar: 'location', signals: ['M3'], attack: ['T1090', 'T1078'] },
  'dprk-vpn-provider-sign-in': { pillar: 'location', signals: ['M3', 'H4'], attack: ['T1090', 'T1078'] },
  'network-churn': { pillar: 'location', signals: ['M3'], attack: ['T1090', 'T1133'] },
  'ip-velocity': { pillar: 'location', signals: ['M2', 'M3'], attack: ['T1078', 'T1090'] },
  'concurrent-sessions': { pillar: 'location', signals: ['M4', 'B3', 'O5'], attack: ['T1078'] },
  'activity-timezone-mismatch': { pillar: 'behaviour', signals: ['M5', 'H4'], attack: ['T1078'] },
  'holiday-pattern': { pillar: 'behaviour', signals: ['M5', 'H4'], attack: [] },
  'rmm-tool-execution': { pillar: 'device', signals: ['M6', 'O1'], attack: ['T1219'] },
  'remote-logon': { pillar: 'device', signals: ['M6'], attack: ['T1021.001', 'T1133'] },
  'onboard.pay_foreign_bank': { pillar: 'identity', signals: ['O2', 'H4'], attack: [] },
  'onboard.pay_crypto': { pillar: 'identity', signals: ['O2'], attack: [] },
  'onboard.cluster_member': { pillar: 'location', signals: ['B3', 'O1'], attack: ['T1078'] },
  'screen.resume.reused': { pillar: 'identity', signals: ['H2'], attack: [] },
  'screen.idv.problem': { pillar: 'identity', signals: ['H8'], attack: [] },
  'c2-edr-mfa-audit': { pillar: 'behaviour', signals: ['C2', 'M9'], attack: ['T1562.001', 'T1556.006', 'T1562.008', 'T1070'] },
} as const satisfies Record<string, { pillar: Alert['pillar']; signals: readonly string[]; attack: readonly string[] }>;

export type RuleId = keyof typeof RULES;

export function alert(ruleId: RuleId, subjectId: string, time: string, severity: Alert['severity'], more: Partial<Alert> = {}): Alert {
  const r = RULES[ruleId];
  const subjectKind = more.subjectKind ?? (subjectId.startsWith('C') ? 'candidate' : 'employee');
  return {
    id: createHash('sha256').update([ruleId, subjectKind, subjectId, time, severity].join('|')).digest('hex').slice(0, 24),
    ruleId, subjectKind, subjectId, time, severity, pillar: r.pillar, signals: [...r.signals], attack: [...r.attack],
    summary: { en: `${ruleId} for ${subjectId}`, ja: `${subjectId} の ${ruleId}` },
    evidence: { eventIds: [`ev-${ruleId}-${time}`], facts: {} },
    ...more,
  };
}

export function cluster(id: string, members: string[], kind: Cluster['kind'] = 'laptop_farm', score = 1.5): Cluster {
  const sorted = [...members].sort();
  return {
    id, kind, members: sorted, score,
    edges: sorted.slice(1).map((b) => ({ a: sorted[0]!, b, kind: 'address' as const, strength: 0.9, from: '2025-02-01', to: '2025-02-01', detail: 'same ship-to address', facts: {} })),
    explanation: { en: `${sorted.length} people share one ship-to address.`, ja: `${sorted.length} 人が同じ配送先を共有しています。` },
  };
}
