// Builds screening findings as canonical Alerts with stable ids, so re-screening never duplicates.
import { createHash } from 'node:crypto';
import type { Alert } from '../../model/alert.js';

export type Severity = Alert['severity'];

export interface FindingInput {
  ruleId: string;
  subjectId: string;
  subjectKind?: Alert['subjectKind'];
  /** Distinguishes several findings of one rule about one subject (e.g. the other candidate's id). */
  dedupKey?: string;
  time?: string | null;
  severity: Severity;
  pillar?: Alert['pillar'];
  signals: string[];
  attack?: string[];
  en: string;
  ja: string;
  facts: Record<string, unknown>;
  eventIds?: string[];
}

export function stableId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24);
}

export function makeAlert(f: FindingInput): Alert {
  const subjectKind = f.subjectKind ?? 'candidate';
  return {
    id: stableId(f.ruleId, subjectKind, f.subjectId, f.dedupKey ?? ''),
    ruleId: f.ruleId,
    subjectKind,
    subjectId: f.subjectId,
    time: f.time ?? new Date().toISOString(),
    severity: f.severity,
    pillar: f.pillar ?? 'identity',
    signals: f.signals,
    attack: f.attack ?? [],
    summary: { en: f.en, ja: f.ja },
    evidence: { eventIds: f.eventIds ?? [], facts: f.facts },
  };
}

/** Masks the local part of an e-mail so summaries never carry full PII. */
export function maskEmail(e: string): string {
  const at = e.indexOf('@');
  if (at < 1) return '***';
  return `${e[0]}***${e.slice(at)}`;
}
