// Builds a detector's finding from its fixed metadata plus what this occurrence found.
import type { Finding, Pillar, Severity } from '../types.js';

export interface DetectorMeta { ruleId: string; pillar: Pillar; signals: string[]; attack: string[]; windowMs: number }

export function finding(meta: DetectorMeta, f: {
  severity: Severity; en: string; ja: string; eventIds: string[]; facts: Record<string, unknown>; key?: string; emit?: boolean;
}): Finding {
  return {
    ruleId: meta.ruleId, pillar: meta.pillar, signals: meta.signals, attack: meta.attack,
    severity: f.severity, summary: { en: f.en, ja: f.ja }, eventIds: f.eventIds, facts: f.facts,
    dedupKey: f.key ?? '', dedupWindowMs: meta.windowMs, emit: f.emit,
  };
}

/** Reads a number option with a default (detector settings come from configuration). */
export function opt(o: Record<string, unknown> | undefined, k: string, d: number): number {
  const v = o?.[k];
  return typeof v === 'number' && Number.isFinite(v) ? v : d;
}
