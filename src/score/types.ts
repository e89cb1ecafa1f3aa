// Shared shapes of the scoring stage: inputs (suppressions, identity decisions) and the per-person result.
import { z } from 'zod';
import type { Account } from '../model/account.js';
import type { Alert } from '../model/alert.js';
import type { Candidate } from '../model/candidate.js';
import type { Cluster } from '../model/cluster.js';
import type { PayrollRecord, Shipment } from '../model/onboarding.js';
import type { Person } from '../model/person.js';
import type { Level, Pillar } from './config.js';
import type { ResolutionDecision, ActorSighting } from './identity/types.js';

/** A benign case outcome: that evidence no longer counts for that person (by rule, or one alert). */
export const SuppressionSchema = z.object({
  personId: z.string().min(1),
  ruleId: z.string().min(1).optional(),
  alertId: z.string().min(1).optional(),
  /** Why (case id, analyst note); kept for the dossier, never used in the arithmetic. */
  reason: z.string().optional(),
}).refine((s) => s.ruleId !== undefined || s.alertId !== undefined, { message: 'a suppression needs ruleId or alertId' });
export type Suppression = z.output<typeof SuppressionSchema>;

export interface Reason {
  /** The SIGNALS.md id the evidence stands for (first of the alert's signals). */
  signal: string;
  /** All SIGNALS.md ids of the alert. */
  signals: string[];
  rule: string;
  alertId: string;
  pillar: Pillar;
  summary: { en: string; ja: string };
  at: string;
  evidence: Alert['evidence'];
  /** Whole points of the final score this evidence accounts for; the reasons' points sum to the score. */
  points: number;
  /** Before apportioning: severity points × decay × saturation × attribution confidence. */
  weight: number;
  /** How the alert reached this person: directly, via an account/actor link, a hired candidate record or a cluster. */
  via: string;
}

export interface PersonScore {
  /** `employee:<employee_id>` or `candidate:<candidate_id>` (a candidate who was hired is scored under the employee). */
  personId: string;
  kind: 'employee' | 'candidate';
  employeeId: string | null;
  candidateId: string | null;
  /** Every candidate record linked to the person (usually one). */
  candidateIds: string[];
  emails: string[];
  name: string;
  score: number;
  level: Level;
  pillars: Record<Pillar, number>;
  reasons: Reason[];
  clusters: string[];
  attack: string[];
}

export interface ScoreInput {
  people: Person[];
  candidates: Candidate[];
  accounts: Account[];
  alerts: Alert[];
  clusters: Cluster[];
  suppressions: Suppression[];
  /** ISO 8601 or epoch ms: the reference time for decay; the score never reads the clock. */
  now: string | number;
  /** Optional extra identity inputs (events' actors, payroll, shipments) and analyst decisions. */
  actors?: ActorSighting[];
  payroll?: PayrollRecord[];
  shipments?: Shipment[];
  decisions?: ResolutionDecision[];
}
