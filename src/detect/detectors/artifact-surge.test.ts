import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEvent } from '../event-builder.js';
import type { EnrichedEvent } from '../types.js';
import { artifactSurge } from './artifact-surge.js';
import { createShared, runDetector } from './test-kit.js';

/** GitHub `git.clone` audit events as the parser normalises them (category data.download). */
const clone = (t: number, repo = 'acme/payments-api'): EnrichedEvent => buildEvent({
  time: new Date(t).toISOString(), source: 'github', type: 'git.clone', category: 'data.download', outcome: 'success', actor: 'dev', target: repo,
  raw: { action: 'git.clone', actor: 'dev', repo, '@timestamp': t },
});
const D = 86_400_000;
const t0 = Date.parse('2025-04-07T15:00:00Z');

/** Ordinary engineers: one or two clones on a few days a week, for a month; builds the shared peer picture. */
function peers(shared = createShared()) {
  for (let p = 0; p < 12; p++) {
    const evs: EnrichedEvent[] = [];
    for (let d = 0; d < 30; d++) if ((d + p) % 3 === 0) for (let k = 0; k < 1 + ((d + p) % 2); k++) evs.push(clone(t0 + d * D + k * 3_600_000));
    runDetector(artifactSurge(), evs, { personId: `P${p}` }, shared);
  }
  return shared;
}

test('a new hire pulling dozens of repositories over a few days stands out against peers', () => {
  const shared = peers();
  const evs = Array.from({ length: 28 }, (_, i) => clone(t0 + 30 * D + Math.floor(i / 6) * D + (i % 6) * 1_800_000, `acme/repo-${i}`));
  const { findings } = runDetector(artifactSurge(), evs, { personId: 'NEW' }, shared);
  assert.equal(findings.length, 1, 'one alert for the surge, not one per clone');
  assert.deepEqual(findings[0]!.signals, ['M11', 'M10']);
  assert.ok((findings[0]!.facts['weekCount'] as number) >= 12);
  assert.ok((findings[0]!.facts['peerTypicalWeek'] as number) < 5);
});

test('not a surge: an ordinary week, too few peers to judge, or a heavy user at their own usual pace', () => {
  const shared = peers();
  const ordinary = [0, 1, 3].map((d) => clone(t0 + 30 * D + d * D));
  assert.equal(runDetector(artifactSurge(), ordinary, { personId: 'N1' }, shared).findings.length, 0);
  const lonely = Array.from({ length: 28 }, (_, i) => clone(t0 + Math.floor(i / 6) * D + i * 60_000));
  assert.equal(runDetector(artifactSurge(), lonely, { personId: 'N2' }, createShared()).findings.length, 0, 'no peer picture yet');
  // Someone who always clones ~4 a day keeps doing so: their own habit rules it out once known.
  const heavy = Array.from({ length: 40 * 4 }, (_, i) => clone(t0 + Math.floor(i / 4) * D + (i % 4) * 3_600_000));
  const h = runDetector(artifactSurge(), heavy, { personId: 'N3' }, shared).findings;
  const last = Math.max(...h.map((f) => Date.parse(heavy.find((e) => e.id === f.eventIds[0])!.time)));
  assert.ok(h.length <= 2 && last < t0 + 15 * D, `reported only until their own two-week habit is known (got ${h.length})`);
});
