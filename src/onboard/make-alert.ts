// Builds onboarding Alerts with stable ids, so re-running the analysis never duplicates a finding.
import { createHash } from 'node:crypto';
import type { Alert } from '../model/index.js';

export function stableHash(parts: readonly string[], length = 24): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, length);
}

export interface AlertInput {
  ruleId: string;
  dedupKey: string;
  subjectKind?: Alert['subjectKind'];
  subjectId: string;
  /** ISO date or timestamp of the record the finding rests on. */
  time: string | null | undefined;
  severity: Alert['severity'];
  pillar: Alert['pillar'];
  signals: string[];
  attack?: string[];
  en: string;
  ja: string;
  eventIds?: string[];
  facts?: Record<string, unknown>;
}

/** Date-only values become midnight UTC; a missing time falls back to the epoch so ids and output stay deterministic. */
function isoTime(t: string | null | undefined): string {
  if (!t) return new Date(0).toISOString();
  const d = new Date(t.length === 10 ? `${t}T00:00:00Z` : t);
  return Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString();
}

export function makeAlert(i: AlertInput): Alert {
  return {
    id: `al_${stableHash([i.ruleId, i.subjectId, i.dedupKey])}`,
    ruleId: i.ruleId,
    subjectKind: i.subjectKind ?? 'employee',
    subjectId: i.subjectId,
    time: isoTime(i.time),
    severity: i.severity,
    pillar: i.pillar,
    signals: i.signals,
    attack: i.attack ?? [],
    summary: { en: i.en, ja: i.ja },
    evidence: { eventIds: i.eventIds ?? [], facts: i.facts ?? {} },
  };
}

/** Shows only the last four characters of an account number, IBAN or wallet: enough to match, not to pay. */
export function mask(value: string | null | undefined): string {
  if (!value) return '';
  const v = value.replace(/\s+/g, '');
  return v.length <= 4 ? '****' : `…${v.slice(-4)}`;
}

export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a.length === 10 ? `${a}T00:00:00Z` : a) - Date.parse(b.length === 10 ? `${b}T00:00:00Z` : b)) / 86_400_000;
}
