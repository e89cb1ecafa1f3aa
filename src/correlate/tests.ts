// Runs the positive and negative tests written inside each correlation file.
import { buildEvent, buildPerson } from '../detect/event-builder.js';
import { personFacts } from '../detect/person-facts.js';
import { parseDuration } from '../detect/duration.js';
import type { Finding, PersonContext } from '../detect/types.js';
import { createCorrelator, type CorrelationState } from './engine.js';
import type { LoadedCorrelation } from './loader.js';
import type { CorrelationTestCase } from './schema.js';

export interface CorrelationTestResult { ruleId: string; file: string; test: string; expected: boolean; actual: boolean; ok: boolean }

export function fires(rule: LoadedCorrelation, tc: CorrelationTestCase): boolean {
  const stage = createCorrelator([rule]);
  const st: CorrelationState = stage.init();
  const person = personFacts(buildPerson((tc.person ?? {}) as Partial<PersonContext>));
  const t0 = Date.parse(tc.start);
  const steps = tc.findings.map((f, i) => ({ f, i, t: t0 + (parseDuration(f.after) ?? 0) })).sort((a, b) => a.t - b.t || a.i - b.i);
  let hit = false;
  for (const { f, i, t } of steps) {
    const ev = buildEvent({ id: `t${i}`, time: new Date(t).toISOString() });
    const finding: Finding = {
      ruleId: f.rule, severity: 'info', pillar: 'behaviour', signals: ['M1'], attack: [], summary: { en: '', ja: '' },
      eventIds: [ev.id], facts: f.facts, dedupKey: '', dedupWindowMs: 86_400_000,
    };
    const out = stage.onFinding(st, finding, { ev, t, person });
    if (out?.some((o) => o.ruleId === rule.id)) hit = true;
  }
  return hit;
}

export function runCorrelationTests(rules: LoadedCorrelation[]): CorrelationTestResult[] {
  return rules.flatMap((r) => [
    ...r.tests.positive.map((tc) => ({ tc, expected: true })),
    ...r.tests.negative.map((tc) => ({ tc, expected: false })),
  ].map(({ tc, expected }) => {
    const actual = fires(r, tc);
    return { ruleId: r.id, file: r.file, test: tc.name, expected, actual, ok: actual === expected };
  }));
}
