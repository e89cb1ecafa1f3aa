import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RULES_DIR } from '../../detect/index.js';
import { runRulesList, runRulesTest } from './rules.js';

test('rules test passes on the shipped rules and correlations', () => {
  let out = '';
  assert.equal(runRulesTest({}, (s) => { out += s; }), 0);
  assert.match(out, /ok {3}rule tor-sign-in \[negative\]/);
  assert.match(out, /correlation c2-edr-mfa-audit/);
  assert.match(out, /, 0 failed\n$/);
});

test('a rule whose negative test matches fails; an invalid file exits 2 with file:line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rules-cli-'));
  const text = readFileSync(join(DEFAULT_RULES_DIR, 'tor-sign-in.yaml'), 'utf8').replace('networkClass: tor, classSource: tor-exit-list, provider: Tor } }\n  negative:', 'networkClass: tor, classSource: tor-exit-list, provider: Tor } }\n  negative:\n    - name: wrongly expected quiet\n      event: { category: auth.login, enrichment: { ip: { ip: 1.1.1.1, networkClass: tor } } }');
  writeFileSync(join(dir, 'tor-sign-in.yaml'), text);
  let out = '';
  assert.equal(runRulesTest({ dir }, (s) => { out += s; }), 1);
  assert.match(out, /FAIL rule tor-sign-in \[negative\] wrongly expected quiet/);
  writeFileSync(join(dir, 'tor-sign-in.yaml'), text.replace('severity: high', 'severity: huge'));
  out = '';
  assert.equal(runRulesTest({ dir }, (s) => { out += s; }), 2);
  assert.match(out, /tor-sign-in\.yaml:\d+:\d+ severity:/);
});

test('rules list shows signals and ATT&CK ids', () => {
  let out = '';
  runRulesList({ json: true }, (s) => { out += s; });
  const rows = JSON.parse(out) as { id: string; attack: string[] }[];
  assert.deepEqual(rows.find((r) => r.id === 'rmm-tool-execution')?.attack, ['T1219']);
});
