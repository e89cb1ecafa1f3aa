// Findings raised by detections, screening and onboarding checks, and the cases analysts open on them.
import { z } from 'zod';

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export const PILLARS = ['identity', 'location', 'device', 'behaviour'] as const;

export const AlertSchema = z.object({
  /** Stable: hash of rule id + dedup key, so re-analysis never duplicates. */
  id: z.string().min(1),
  ruleId: z.string().min(1),
  /** Who it is about: an employee id or a candidate id. */
  subjectKind: z.enum(['employee', 'candidate', 'account', 'cluster']),
  subjectId: z.string().min(1),
  time: z.string().datetime(),
  severity: z.enum(SEVERITIES),
  pillar: z.enum(PILLARS),
  /** SIGNALS.md ids, e.g. ["M4"]. */
  signals: z.array(z.string()).min(1),
  /** MITRE ATT&CK technique ids. */
  attack: z.array(z.string()).default([]),
  summary: z.object({ en: z.string(), ja: z.string() }),
  /** Event ids and enrichment facts the finding rests on. */
  evidence: z.object({ eventIds: z.array(z.string()).default([]), facts: z.record(z.string(), z.unknown()).default({}) }),
});
export type Alert = z.output<typeof AlertSchema>;

export const CASE_STATUSES = ['open', 'investigating', 'escalated', 'closed_benign', 'closed_confirmed'] as const;
export const CaseSchema = z.object({
  id: z.string(),
  title: z.string().min(1),
  subjectKind: z.enum(['employee', 'candidate', 'cluster', 'alert', 'concern']),
  subjectId: z.string().min(1),
  status: z.enum(CASE_STATUSES).default('open'),
  assignee: z.string().nullish(),
  legalHold: z.boolean().default(false),
});
export type Case = z.output<typeof CaseSchema>;
