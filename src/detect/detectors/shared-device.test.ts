import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedDevice } from './shared-device.js';
import { sharedIp } from './shared-ip.js';
import { createShared, iso, runDetector, signIn } from './test-kit.js';

const t0 = '2025-03-03T14:00:00Z';

test('one MFA authenticator used by two people fires high for the second, naming the first', () => {
  const shared = createShared();
  const d = sharedDevice();
  const a = runDetector(d, [signIn(t0, 'austin', '73.1.1.1', {}, { attrs: { authenticatorId: 'okta-push-abc' } })], { personId: 'E1' }, shared);
  assert.equal(a.findings.length, 0);
  const b = runDetector(d, [signIn(iso(t0, 60), 'dallas', '73.2.2.2', {}, { attrs: { authenticatorId: 'okta-push-abc' } })], { personId: 'E2' }, shared);
  assert.equal(b.findings.length, 1);
  assert.equal(b.findings[0]!.severity, 'high');
  assert.deepEqual(b.findings[0]!.facts['otherPeople'], ['E1']);
  // The state lives in the shared store keyed by the authenticator: partitionable by device.
  assert.ok(shared.get('device').has('authenticator:okta-push-abc'));
});

test('device fingerprint shared is medium; same person, allow-listed kiosk, failures and old use do not fire', () => {
  const shared = createShared();
  const d = sharedDevice({ allowDevices: ['kiosk-1'] });
  runDetector(d, [signIn(t0, 'austin', '73.1.1.1', {}, { deviceId: 'fp-1' }), signIn(t0, 'austin', '73.1.1.1', {}, { deviceId: 'kiosk-1' })], { personId: 'E1' }, shared);
  assert.equal(runDetector(d, [signIn(iso(t0, 5), 'austin', '73.1.1.1', {}, { deviceId: 'fp-1' })], { personId: 'E1' }, shared).findings.length, 0);
  assert.equal(runDetector(d, [signIn(iso(t0, 5), 'austin', '73.1.1.1', {}, { deviceId: 'kiosk-1' })], { personId: 'E3' }, shared).findings.length, 0);
  assert.equal(runDetector(d, [signIn(iso(t0, 5), 'austin', '73.1.1.1', {}, { deviceId: 'fp-1', outcome: 'failure' })], { personId: 'E4' }, shared).findings.length, 0);
  assert.equal(runDetector(d, [signIn(iso(t0, 60 * 24 * 45), 'austin', '73.1.1.1', {}, { deviceId: 'fp-1' })], { personId: 'E5' }, shared).findings.length, 0);
  const r = runDetector(d, [signIn(iso(t0, 10), 'austin', '73.1.1.1', {}, { deviceId: 'fp-1' })], { personId: 'E2' }, createShared());
  assert.equal(r.findings.length, 0, 'separate store, no history');
});

test('three people on one residential line fire; an office or mobile address does not', () => {
  const shared = createShared();
  const d = sharedIp();
  for (const p of ['E1', 'E2']) assert.equal(runDetector(d, [signIn(t0, 'austin', '73.9.9.9')], { personId: p }, shared).findings.length, 0);
  const third = runDetector(d, [signIn(iso(t0, 30), 'austin', '73.9.9.9')], { personId: 'E3' }, shared);
  assert.equal(third.findings.length, 1);
  assert.equal(third.findings[0]!.facts['people'], 3);
  const s2 = createShared();
  for (const p of ['E1', 'E2', 'E3', 'E4']) {
    assert.equal(runDetector(d, [signIn(t0, 'austin', '198.51.100.1', { networkClass: 'corporate' })], { personId: p }, s2).findings.length, 0);
    assert.equal(runDetector(d, [signIn(t0, 'austin', '172.56.0.1', { networkClass: 'mobile' })], { personId: p }, s2).findings.length, 0);
  }
});
