import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NetworkClass } from '../../model/enrichment.js';
import { networkChurn } from './network-churn.js';
import { iso, runDetector, signIn } from './test-kit.js';

const seq = (classes: NetworkClass[], stepMin: number) =>
  classes.map((c, i) => signIn(iso('2025-03-03T10:00:00Z', i * stepMin), 'austin', `10${i}.1.1.1`, { networkClass: c, asn: 1000 + i }));

test('datacenter → residential → corporate cycles within hours fire', () => {
  const { findings } = runDetector(networkChurn(), seq(['hosting', 'residential', 'corporate', 'hosting', 'residential'], 30));
  assert.equal(findings.length >= 1, true);
  assert.equal(findings[0]!.severity, 'medium');
  assert.ok((findings[0]!.facts['switches'] as number) >= 3);
});

test('corporate VPN user alternating home and office does not fire', () => {
  assert.equal(runDetector(networkChurn(), seq(['residential', 'corporate', 'residential', 'corporate', 'residential', 'corporate'], 30)).findings.length, 0);
});

test('the same three networks spread over days do not fire', () => {
  assert.equal(runDetector(networkChurn(), seq(['hosting', 'residential', 'corporate', 'hosting', 'residential'], 24 * 60)).findings.length, 0);
});
