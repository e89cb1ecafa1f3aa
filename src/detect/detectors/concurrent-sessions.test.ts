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

test('a phone and a home line taking turns inside one country do not fire; a phone abroad still does', () => {
  // The carrier's address geolocates to a hub 2,700 km away in the same country, as carriers' addresses often do.
  const homeAndPhone = [signIn(t0, 'austin', '73.1.1.1', { networkClass: 'residential' }), signIn(iso(t0, 5), 'seattle', '172.56.1.1', { networkClass: 'mobile', asn: 21928 }),
    signIn(iso(t0, 12), 'austin', '73.1.1.1', { networkClass: 'residential' })];
  assert.equal(runDetector(concurrentSessions(), homeAndPhone).findings.length, 0);
  const twoProviders = [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 5), 'seattle', '24.1.1.1', { asn: 20115, asOrg: 'CHARTER-20115' }), signIn(iso(t0, 12), 'austin', '73.1.1.1')];
  assert.equal(runDetector(concurrentSessions(), twoProviders).findings.length, 1, 'two fixed lines of two providers far apart are two places');
  // One ISP's two addresses (its pools geolocate anywhere in the country): not evidence of two places.
  const oneProvider = [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 5), 'seattle', '73.9.9.9'), signIn(iso(t0, 12), 'austin', '73.1.1.1')];
  assert.equal(runDetector(concurrentSessions(), oneProvider).findings.length, 0);
  const phoneAbroad = [signIn(t0, 'austin', '73.1.1.1'), signIn(iso(t0, 5), 'shenyang', '36.1.1.1', { networkClass: 'mobile' }), signIn(iso(t0, 12), 'austin', '73.1.1.1')];
  assert.equal(runDetector(concurrentSessions(), phoneAbroad).findings.length, 1);
});
