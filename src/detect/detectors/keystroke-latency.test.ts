import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keystrokeLatency, metricEvent } from './keystroke-latency.js';
import { createShared, iso, runDetector } from './test-kit.js';

const m = (i: number, value: number, metric = 'keystroke_latency_ms') =>
  metricEvent({ employeeId: 'E1', at: iso('2025-03-03T14:00:00Z', i * 30), deviceId: 'd1', metric, value, extra: {} }, `m${i}-${value}`);

test('a jump far above the own baseline fires low (weak alone)', () => {
  const evs = [...Array.from({ length: 20 }, (_, i) => m(i, 40 + (i % 5))), m(21, 260)];
  const { findings } = runDetector(keystrokeLatency(), evs);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'low');
  assert.equal(findings[0]!.facts['value'], 260);
});

test('persistently far above peers fires; normal jitter, a new person and unrelated metrics do not', () => {
  const shared = createShared();
  for (let p = 0; p < 10; p++) runDetector(keystrokeLatency(), Array.from({ length: 10 }, (_, i) => m(i, 35 + ((i + p) % 10))), { personId: `P${p}` }, shared);
  const slow = runDetector(keystrokeLatency(), [m(0, 240)], { personId: 'X' }, shared);
  assert.equal(slow.findings.length, 1);
  assert.match(slow.findings[0]!.summary.en, /peers/);
  const normal = runDetector(keystrokeLatency(), Array.from({ length: 30 }, (_, i) => m(i, 40 + (i % 7) * 2)), { personId: 'Y' }, shared);
  assert.equal(normal.findings.length, 0);
  const fresh = runDetector(keystrokeLatency(), [m(0, 400)], { personId: 'Z' }, createShared());
  assert.equal(fresh.findings.length, 0);
  const other = runDetector(keystrokeLatency(), [...Array.from({ length: 20 }, (_, i) => m(i, 40, 'cpu_pct')), m(21, 400, 'cpu_pct')]);
  assert.equal(other.findings.length, 0);
});
