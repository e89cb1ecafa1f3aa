import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEvent } from '../event-builder.js';
import type { EnrichedEvent } from '../types.js';
import { massDownload } from './mass-download.js';
import { runDetector } from './test-kit.js';

const day = (d: number, n: number): EnrichedEvent[] => Array.from({ length: n }, (_, i) => buildEvent({
  time: new Date(Date.UTC(2025, 2, d, 14, 0, i)).toISOString(), source: 'github', type: 'git.clone', category: 'data.download', target: `acme/repo-${i % 40}`,
}));

test('a day of 300 clones against a baseline of ~10 fires once, medium', () => {
  const evs = [...[1, 2, 3, 4, 5, 6, 7].flatMap((d) => day(d, 8 + (d % 4))), ...day(8, 300)];
  const { findings } = runDetector(massDownload(), evs);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'medium');
  assert.equal(findings[0]!.facts['countToday'], 100);
});

test('a heavy but steady user, a new person under the no-baseline limit and failures do not fire', () => {
  const steady = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((d) => day(d, 150));
  assert.equal(runDetector(massDownload(), steady).findings.length, 0);
  assert.equal(runDetector(massDownload(), day(1, 300)).findings.length, 0);
  const failed = day(1, 600).map((e) => ({ ...e, outcome: 'failure' as const }));
  assert.equal(runDetector(massDownload(), failed).findings.length, 0);
});

test('without a baseline only a very large day fires, and only low', () => {
  const { findings } = runDetector(massDownload(), day(1, 600));
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'low');
});
