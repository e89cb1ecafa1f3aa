import { test } from 'node:test';
import assert from 'node:assert/strict';
import { impossibleTravel } from './impossible-travel.js';
import { iso, runDetector, signIn } from './test-kit.js';

const t0 = '2025-03-03T14:00:00Z';

test('Austin then Shenyang within an hour fires with both events as evidence', () => {
  const a = signIn(t0, 'austin', '73.1.1.1');
  const b = signIn(iso(t0, 50), 'shenyang', '36.1.1.1', { asn: 4837 });
  const { findings } = runDetector(impossibleTravel(), [a, b]);
  assert.equal(findings.length, 1);
  assert.deepEqual(findings[0]!.eventIds, [a.id, b.id]);
  assert.equal(findings[0]!.severity, 'medium'); // one end is home
  assert.ok((findings[0]!.facts['kmh'] as number) > 10_000);
});

test('both ends abroad and no travel declared is high', () => {
  const { findings } = runDetector(impossibleTravel(), [signIn(t0, 'paris', '80.1.1.1'), signIn(iso(t0, 60), 'shenyang', '36.1.1.1')]);
  assert.equal(findings[0]!.severity, 'high');
});

test('suppressions: VPN egress, same IP re-geolocated, short hop, satellite, failed, mobile coarse geo, plausible flight', () => {
  const cases = [
    [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 30), 'paris', '45.1.1.1', { networkClass: 'vpn' })],
    [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 30), 'paris', '45.1.1.1', { networkClass: 'relay' })],
    [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 30), 'paris', '73.1.1.1')],
    [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 30), 'dallas', '73.2.2.2')],
    [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 60), 'newYork', '12.1.1.1', { networkClass: 'satellite', asn: 27277 })],
    [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 30), 'shenyang', '36.1.1.1', {}, { outcome: 'failure' })],
    [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 60), 'newYork', '172.56.1.1', { networkClass: 'mobile' }), signIn(iso(t0, 600), 'austin', '73.1.1.1')],
    [signIn(t0, 'newYork', '73.1.1.1'), signIn(iso(t0, 9 * 60), 'paris', '80.1.1.1')],
  ];
  for (const [i, evs] of cases.entries()) assert.equal(runDetector(impossibleTravel(), evs).findings.length, 0, `case ${i}`);
});

test('in-flight ASNs from configuration are skipped', () => {
  const evs = [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 60), 'london', '64.1.1.1', { asn: 64999, networkClass: 'residential' })];
  assert.equal(runDetector(impossibleTravel(), evs).findings.length, 1);
  assert.equal(runDetector(impossibleTravel({ inflightAsns: [64999] }), evs).findings.length, 0);
});

test('mobile networks are only suppressed inside one country', () => {
  const evs = [signIn(t0, 'austin', '172.56.1.1', { networkClass: 'mobile' }), signIn(iso(t0, 60), 'london', '82.1.1.1', { networkClass: 'mobile', asn: 5378 })];
  assert.equal(runDetector(impossibleTravel(), evs).findings.length, 1);
});

test('two addresses of one provider in one country do not fire (pools geolocate anywhere); two providers do', () => {
  const oneIsp = [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 10), 'seattle', '73.200.1.1')];
  assert.equal(runDetector(impossibleTravel(), oneIsp).findings.length, 0);
  const twoIsps = [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 10), 'seattle', '24.1.1.1', { asn: 20115 })];
  assert.equal(runDetector(impossibleTravel(), twoIsps).findings.length, 1);
  // The same provider across a border is still travel: the suppression is for one country only.
  const abroad = [signIn(t0, 'london', '5.64.1.1', { asn: 5089 }), signIn(iso(t0, 10), 'moscow', '5.64.200.1', { asn: 5089 })];
  assert.equal(runDetector(impossibleTravel(), abroad).findings.length, 1);
});
