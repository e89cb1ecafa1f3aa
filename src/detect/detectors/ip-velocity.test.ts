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

const day = (name: string) => (ev: { findings: { ruleId: string }[] }) => ev.findings.filter((f) => f.ruleId === name);
const dayFindings = day('many-networks-one-day');

test('a home line, a VPN exit and a hosting address within a day: low many-networks finding (M2)', () => {
  const evs = [
    signIn('2025-03-03T14:05:00Z', 'austin', '73.12.0.4', { asn: 7922, asOrg: 'Comcast Cable Communications, LLC', networkClass: 'residential' }),
    signIn('2025-03-03T22:40:00Z', 'dallas', '185.156.46.20', { asn: 9009, asOrg: 'M247 Europe SRL', networkClass: 'vpn' }),
    signIn('2025-03-04T07:10:00Z', 'newYork', '159.203.10.7', { asn: 14061, asOrg: 'DigitalOcean, LLC', networkClass: 'hosting' }),
    // The same three again later that day add nothing new.
    signIn('2025-03-04T09:00:00Z', 'austin', '73.12.0.4', { asn: 7922, networkClass: 'residential' }),
  ];
  const r = runDetector(ipVelocity(), evs, { residenceCountry: 'US' });
  const f = dayFindings(r);
  assert.equal(f.length, 1);
  const found = r.findings.find((x) => x.ruleId === 'many-networks-one-day')!;
  assert.equal(found.severity, 'low');
  assert.deepEqual(found.signals, ['M2']);
  assert.equal(found.facts['distinctNetworks'], 3);
  assert.equal(found.facts['anonymisingNetworks'], 2);
  assert.equal(r.findings.filter((x) => x.ruleId === 'ip-velocity').length, 0, 'three addresses in a day are not an hourly spree');
});

test('three home-style lines in one country within a day (home, a café, a friend\'s): an ordinary day out, no finding', () => {
  const evs = [
    signIn('2025-03-03T14:00:00Z', 'seattle', '184.151.88.220', { asn: 577, asOrg: 'Bell Canada', networkClass: 'residential', country: 'CA' }),
    signIn('2025-03-03T15:00:00Z', 'seattle', '209.52.9.37', { asn: 852, asOrg: 'TELUS Communications Inc.', networkClass: 'residential', country: 'CA' }),
    signIn('2025-03-04T12:00:00Z', 'seattle', '68.147.126.160', { asn: 6327, asOrg: 'Shaw Communications', networkClass: 'residential', country: 'CA' }),
  ];
  assert.equal(dayFindings(runDetector(ipVelocity(), evs, { residenceCountry: 'CA' })).length, 0);
  // The same day with the third network a hosting exit is the pattern.
  const withExit = [...evs.slice(0, 2), signIn('2025-03-04T12:00:00Z', 'newYork', '159.203.10.7', { asn: 14061, networkClass: 'hosting', country: 'CA' })];
  assert.equal(dayFindings(runDetector(ipVelocity(), withExit, { residenceCountry: 'CA' })).length, 1);
});

test('home line, café Wi-Fi, a phone on mobile data and the office in one day: two fixed networks, no finding', () => {
  const evs = [
    signIn('2025-03-03T14:00:00Z', 'austin', '73.12.0.4', { asn: 7922, networkClass: 'residential' }),
    signIn('2025-03-03T16:30:00Z', 'austin', '172.56.0.9', { asn: 21928, networkClass: 'mobile' }),
    signIn('2025-03-03T18:00:00Z', 'austin', '198.51.100.10', { asn: 16509, networkClass: 'corporate' }),
    signIn('2025-03-03T20:00:00Z', 'austin', '99.10.0.7', { asn: 7018, networkClass: 'residential' }),
    signIn('2025-03-04T01:00:00Z', 'austin', '172.56.3.1', { asn: 21928, networkClass: 'mobile' }),
    signIn('2025-03-04T03:00:00Z', 'austin', '8.30.0.1', { asn: 7155, networkClass: 'satellite' }),
  ];
  assert.equal(dayFindings(runDetector(ipVelocity(), evs, { residenceCountry: 'US' })).length, 0);
});

test('three networks on three different days, failed sign-ins, and a declared trip do not fire', () => {
  const spread = [
    signIn('2025-03-03T14:00:00Z', 'austin', '73.12.0.4', { asn: 7922, networkClass: 'residential' }),
    signIn('2025-03-04T15:00:00Z', 'dallas', '185.156.46.20', { asn: 9009, networkClass: 'vpn' }),
    signIn('2025-03-05T16:00:00Z', 'newYork', '159.203.10.7', { asn: 14061, networkClass: 'hosting' }),
  ];
  assert.equal(dayFindings(runDetector(ipVelocity(), spread)).length, 0);
  const failed = [
    signIn('2025-03-03T14:00:00Z', 'austin', '73.12.0.4', { asn: 7922, networkClass: 'residential' }),
    signIn('2025-03-03T15:00:00Z', 'moscow', '5.0.0.1', { asn: 12389, networkClass: 'residential' }, { outcome: 'failure' }),
    signIn('2025-03-03T16:00:00Z', 'paris', '51.15.0.1', { asn: 12876, networkClass: 'hosting' }, { outcome: 'failure' }),
  ];
  assert.equal(dayFindings(runDetector(ipVelocity(), failed)).length, 0);
  const trip = [
    signIn('2025-03-03T12:00:00Z', 'austin', '73.12.0.4', { asn: 7922, networkClass: 'residential' }),
    signIn('2025-03-03T16:00:00Z', 'dallas', '12.0.0.9', { asn: 7018, networkClass: 'residential' }),
    signIn('2025-03-04T09:00:00Z', 'london', '81.2.69.160', { asn: 2856, networkClass: 'residential' }),
  ];
  const travel = [{ from: '2025-03-03', to: '2025-03-08', country: 'GB' }];
  assert.equal(dayFindings(runDetector(ipVelocity(), trip, { residenceCountry: 'US', travel })).length, 0, 'declared trip: airports and hotels');
  assert.equal(dayFindings(runDetector(ipVelocity(), trip, { residenceCountry: 'US' })).length, 1, 'the same day undeclared is a (low) finding');
});
