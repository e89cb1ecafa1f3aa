import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ipVelocity } from './ip-velocity.js';
import { iso, runDetector, signIn, type Place } from './test-kit.js';

const base = '2025-03-03T10:00:00Z';

test('sign-ins from four countries within the hour fire high', () => {
  const places: Place[] = ['austin', 'paris', 'london', 'moscow'];
  const evs = places.map((p, i) => signIn(iso(base, i * 10), p, `100.${i}.0.1`, { asn: 100 + i, networkClass: 'hosting' }));
  const { findings } = runDetector(ipVelocity(), evs);
  assert.ok(findings.length >= 1);
  assert.equal(findings.at(-1)!.severity, 'high');
  assert.equal(findings.at(-1)!.facts['distinctCountries'], 4);
});

test('six IPs in one ASN and country (mobile) fire medium; the same spread over a day does not', () => {
  const fast = Array.from({ length: 6 }, (_, i) => signIn(iso(base, i * 5), 'austin', `172.56.0.${i}`, { asn: 21928, networkClass: 'mobile' }));
  const r = runDetector(ipVelocity(), fast);
  assert.equal(r.findings.length, 1);
  assert.equal(r.findings[0]!.severity, 'medium');
  const slow = Array.from({ length: 6 }, (_, i) => signIn(iso(base, i * 180), 'austin', `172.56.0.${i}`, { asn: 21928, networkClass: 'mobile' }));
  assert.equal(runDetector(ipVelocity(), slow).findings.length, 0);
});

test('corporate egress, iCloud Private Relay and failed sign-ins are not counted', () => {
  const evs = [
    ...Array.from({ length: 8 }, (_, i) => signIn(iso(base, i), 'london', `17.0.0.${i}`, { networkClass: 'relay', asn: 714 + i, country: ['GB', 'FR', 'DE', 'US'][i % 4]! })),
    ...Array.from({ length: 8 }, (_, i) => signIn(iso(base, 10 + i), 'austin', `198.51.100.${i}`, { networkClass: 'corporate' })),
    ...Array.from({ length: 8 }, (_, i) => signIn(iso(base, 20 + i), 'moscow', `5.0.0.${i}`, { asn: 200 + i }, { outcome: 'failure' })),
  ];
  assert.equal(runDetector(ipVelocity(), evs).findings.length, 0);
});

test('switching back and forth between a home line and a phone is two addresses, not a spree; the state keeps two entries', () => {
  const evs = Array.from({ length: 30 }, (_, i) => i % 2
    ? signIn(iso(base, i * 2), 'austin', '172.56.0.9', { asn: 21928, networkClass: 'mobile' })
    : signIn(iso(base, i * 2), 'austin', '73.12.0.4', { asn: 7922, networkClass: 'residential' }));
  const { findings, state } = runDetector(ipVelocity(), evs);
  assert.equal(findings.length, 0);
  assert.equal(state.r.length, 2);
  // A third and fourth address later in the window still count with the two already seen.
  const more = [...evs, ...['45.1.0.1', '45.2.0.1', '45.3.0.1', '45.4.0.1'].map((ip, i) => signIn(iso(base, 61 + i), 'paris', ip, { asn: 9009 + i, networkClass: 'hosting' }))];
  const r = runDetector(ipVelocity(), more);
  assert.ok(r.findings.length >= 1, 'six distinct addresses within the hour');
  assert.equal(r.findings.at(-1)!.facts['distinctIps'], 6);
});
