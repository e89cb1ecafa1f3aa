import { test } from 'node:test';
import assert from 'node:assert/strict';
import { concurrentSessions } from './concurrent-sessions.js';
import { iso, runDetector, signIn } from './test-kit.js';

const t0 = '2025-03-03T14:00:00Z';

test('Austin, Shenyang, Austin within 30 minutes is concurrent use', () => {
  const evs = [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 5), 'shenyang', '36.1.1.1'), signIn(iso(t0, 12), 'austin', '73.1.1.1')];
  const { findings } = runDetector(concurrentSessions(), evs);
  assert.equal(findings.length, 1);
  assert.deepEqual(findings[0]!.eventIds, evs.map((e) => e.id));
});

test('a one-way move, nearby alternation and VPN alternation do not fire', () => {
  assert.equal(runDetector(concurrentSessions(), [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 5), 'shenyang', '36.1.1.1'), signIn(iso(t0, 10), 'shenyang', '36.1.1.2')]).findings.length, 0);
  assert.equal(runDetector(concurrentSessions(), [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 5), 'dallas', '73.2.2.2'), signIn(iso(t0, 10), 'austin', '73.1.1.1')]).findings.length, 0);
  assert.equal(runDetector(concurrentSessions(), [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 5), 'paris', '45.1.1.1', { networkClass: 'vpn' }), signIn(iso(t0, 10), 'austin', '73.1.1.1')]).findings.length, 0);
});
