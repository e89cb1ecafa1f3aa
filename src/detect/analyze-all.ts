// Batch convenience: runs every rule and detector over a set of attributed events in time order and returns the alerts.
import type { Alert } from '../model/alert.js';
import { createAnalyzer, type AnalyzerConfig, type FindingStage } from './analyzer.js';
import { defaultDetectors } from './detectors/index.js';
import { loadRules } from './rule-loader.js';
import type { RuleSet } from './rule-engine.js';
import type { Detector, EnrichedEvent, PersonContext } from './types.js';

export interface AttributedEvent { personId: string; event: EnrichedEvent }

export interface AnalyzeAllOptions {
  rules?: RuleSet;
  detectors?: Detector<any>[];
  /** Later stages, e.g. the correlator from src/correlate (detect does not import later stages). */
  stages?: FindingStage<any>[];
  config?: AnalyzerConfig;
}

export function analyzeAll(events: AttributedEvent[], people: PersonContext[], opts: AnalyzeAllOptions = {}): Alert[] {
  const byId = new Map(people.map((p) => [p.personId, p]));
  const analyzer = createAnalyzer({
    rules: opts.rules ?? loadRules(),
    detectors: opts.detectors ?? defaultDetectors(opts.config?.detectors),
    stages: opts.stages,
    config: { ...opts.config, lateWindowMs: 0 },
  });
  const sorted = events.map((e, i) => ({ e, i, t: Date.parse(e.event.time) })).sort((a, b) => a.t - b.t || a.i - b.i);
  const alerts: Alert[] = [];
  for (const { e } of sorted) {
    const person = byId.get(e.personId) ?? { personId: e.personId };
    alerts.push(...analyzer.process(e.personId, e.event, person));
  }
  alerts.push(...analyzer.flush());
  return alerts;
}
