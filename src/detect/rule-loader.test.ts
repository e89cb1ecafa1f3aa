import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RULES_DIR, loadRules, parseRuleText, RuleLoadError } from './rule-loader.js';
import { runRuleTests } from './rule-tests.js';

test('every shipped rule loads and passes its own positive and negative tests', () => {
  const { rules, lists } = loadRules();
  assert.ok(rules.length >= 15);
  for (const r of rules) assert.ok(r.tests.negative.length > 0 && r.tests.positive.length > 0, r.id);
  const results = runRuleTests(rules, lists);
  assert.deepEqual(results.filter((x) => !x.ok), []);
  assert.ok(results.some((x) => !x.expected && !x.actual), 'negatives are really evaluated');
});

test('a rule without a negative test is rejected with file:line', () => {
  const text = readFileSync(join(DEFAULT_RULES_DIR, 'tor-sign-in.yaml'), 'utf8');
  const broken = text.replace(/  negative:[\s\S]*$/, '  negative: []\n');
  const r = parseRuleText(broken, 'tor-sign-in.yaml');
  assert.equal(r.rule, undefined);
  const p = r.problems.find((x) => x.field === 'tests.negative');
  assert.ok(p, JSON.stringify(r.problems));
  assert.equal(p.line, broken.split('\n').findIndex((l) => l.startsWith('  negative:')) + 1);
  assert.match(p.reason, /negative test/);
});

test('bad values point at their line; YAML syntax errors too', () => {
  const text = 'id: x\ntitle: { en: a, ja: b }\ndescription: { en: a, ja: b }\nseverity: severe\npillar: location\nsignals: [M1]\nmatch: { field: category, equals: a }\ntests: { positive: [{ name: a, event: {} }], negative: [{ name: b, event: {} }] }\n';
  const r = parseRuleText(text, 'x.yaml');
  assert.equal(r.problems[0]!.line, 4);
  assert.equal(r.problems[0]!.field, 'severity');
  const syntax = parseRuleText('id: x\n  bad: [\n', 'y.yaml');
  assert.ok(syntax.problems.length > 0 && syntax.problems[0]!.line >= 1);
});

test('loadRules reports every problem of a directory at once and checks file names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rules-'));
  const good = readFileSync(join(DEFAULT_RULES_DIR, 'tor-sign-in.yaml'), 'utf8');
  writeFileSync(join(dir, 'wrong-name.yaml'), good);
  writeFileSync(join(dir, 'bad.yaml'), 'id: bad\n');
  try { loadRules(dir); assert.fail('should throw'); } catch (e) {
    assert.ok(e instanceof RuleLoadError);
    assert.match(e.message, /wrong-name\.yaml:1:1 id: file name must be the rule id/);
    assert.match(e.message, /bad\.yaml:\d+:\d+ title/);
  }
});
