import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadRules } from './rule-loader.js';
import { DETECTOR_RULE_IDS } from './detectors/index.js';
import { loadCorrelations } from '../correlate/loader.js';

test('docs/rules.md lists every rule, detector alert and correlation', () => {
  const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
  const ids = [...loadRules().rules.map((r) => r.id), ...DETECTOR_RULE_IDS, ...loadCorrelations().map((c) => c.id)];
  const missing = ids.filter((id) => !doc.includes(`| \`${id}\` |`));
  assert.deepEqual(missing, []);
});
