// Public API of correlation: load YAML correlations, build the stage the analyzer runs, run their in-file tests.
export { CorrelationSchema, type CorrelationRule } from './schema.js';
export { loadCorrelations, DEFAULT_CORRELATIONS_DIR, type LoadedCorrelation } from './loader.js';
export { createCorrelator, type CorrelationState } from './engine.js';
export { runCorrelationTests, type CorrelationTestResult } from './tests.js';

import type { Alert } from '../model/alert.js';
import { analyzeAll, type AnalyzeAllOptions, type AttributedEvent } from '../detect/analyze-all.js';
import type { PersonContext } from '../detect/types.js';
import { createCorrelator as makeCorrelator } from './engine.js';
import { loadCorrelations as load } from './loader.js';

/** analyzeAll with the shipped correlations (C1–C3) added as a stage. */
export function analyzeAllWithCorrelation(events: AttributedEvent[], people: PersonContext[], opts: AnalyzeAllOptions = {}): Alert[] {
  return analyzeAll(events, people, { ...opts, stages: [...(opts.stages ?? []), makeCorrelator(load())] });
}
