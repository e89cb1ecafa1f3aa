// Runs the positive and negative tests written inside each rule file (what `trustline rules test` shows).
import type { LoadedRule } from './rule-loader.js';
import { compileRule } from './rule-engine.js';
import { buildEvent, buildPerson } from './event-builder.js';
import { personFacts } from './person-facts.js';
import type { Lists } from './match.js';
import type { PersonContext } from './types.js';

export interface RuleTestResult { ruleId: string; file: string; test: string; expected: boolean; actual: boolean; ok: boolean; error?: string }

export function runRuleTests(rules: LoadedRule[], lists: Lists): RuleTestResult[] {
  const out: RuleTestResult[] = [];
  for (const rule of rules) {
    const cases = [...rule.tests.positive.map((c) => ({ c, expected: true })), ...rule.tests.negative.map((c) => ({ c, expected: false }))];
    for (const { c, expected } of cases) {
      try {
        const compiled = compileRule(rule, { ...lists, ...(c.lists ?? {}) });
        const ev = buildEvent(c.event);
        const person = personFacts(buildPerson((c.person ?? {}) as Partial<PersonContext>));
        const actual = compiled.pred({ ev, t: Date.parse(ev.time), person });
        out.push({ ruleId: rule.id, file: rule.file, test: c.name, expected, actual, ok: actual === expected });
      } catch (e) {
        out.push({ ruleId: rule.id, file: rule.file, test: c.name, expected, actual: false, ok: false, error: (e as Error).message });
      }
    }
  }
  return out;
}
