import { test } from 'node:test';
import assert from 'node:assert/strict';
import { farFromResidence } from './far-from-residence.js';
import { runDetector, signIn } from './test-kit.js';

test('foreign sign-ins escalate with distinct days; high-risk country goes high', () => {
  const d = farFromResidence();
  const days = ['2025-03-03', '2025-03-04', '2025-03-05'].map((day, i) => signIn(`${day}T02:00:00Z`, 'shenyang', `36.1.1.${i}`, { asn: 4837, asOrg: 'CHINA UNICOM' }));
  const { findings } = runDetector(d, days);
  assert.deepEqual(findings.map((f) => f.severity), ['low', 'high', 'high']);
  assert.equal(findings[0]!.facts['country'], 'CN');
  // A DPRK-linked country is also a "third-country IP" (M3); an ordinary foreign country is not.
  assert.deepEqual(findings[0]!.signals, ['M1', 'H4', 'M3']);
});

test('non-high-risk country: low for a short trip, medium once it persists', () => {
  const evs = ['03', '04', '05'].map((d) => signIn(`2025-03-${d}T10:00:00Z`, 'paris', '80.1.1.1', { asn: 3215 }));
  const { findings } = runDetector(farFromResidence(), evs);
  assert.deepEqual(findings.map((f) => f.severity), ['low', 'low', 'medium']);
  assert.deepEqual(findings[0]!.signals, ['M1', 'H4']);
});

test('declared travel, home logins, VPN and corporate egress never fire', () => {
  const trip = [signIn('2025-03-03T10:00:00Z', 'paris', '80.1.1.1'), signIn('2025-03-06T10:00:00Z', 'paris', '80.1.1.1')];
  const declared = runDetector(farFromResidence(), trip, { travel: [{ from: '2025-03-01', to: '2025-03-10', country: 'FR' }] });
  assert.equal(declared.findings.length, 0);
  const other = [
    signIn('2025-03-03T15:00:00Z', 'austin', '73.1.1.1'),
    signIn('2025-03-03T16:00:00Z', 'paris', '45.1.1.1', { networkClass: 'vpn', provider: 'NordVPN' }),
    signIn('2025-03-03T17:00:00Z', 'london', '198.51.100.1', { networkClass: 'corporate' }),
    signIn('2025-03-03T18:00:00Z', 'paris', '80.1.1.1', {}, { outcome: 'failure' }),
  ];
  assert.equal(runDetector(farFromResidence(), other).findings.length, 0);
});

test('trip to another country than the declared one still fires', () => {
  const { findings } = runDetector(farFromResidence(), [signIn('2025-03-03T10:00:00Z', 'moscow', '95.1.1.1')], { travel: [{ from: '2025-03-01', to: '2025-03-10', country: 'FR' }] });
  assert.equal(findings.length, 1);
});

test('domestic distance uses the geocoded residence when given', () => {
  const p = { residenceLat: 30.27, residenceLon: -97.74 };
  assert.equal(runDetector(farFromResidence(), [signIn('2025-03-03T10:00:00Z', 'dallas', '73.2.2.2')], p).findings.length, 0);
  const far = runDetector(farFromResidence(), [signIn('2025-03-03T10:00:00Z', 'seattle', '73.3.3.3')], p);
  assert.equal(far.findings.length, 1);
  assert.equal(far.findings[0]!.severity, 'info', 'inside the country a far line is context by default');
  assert.ok((far.findings[0]!.facts['distanceKm'] as number) > 2500);
});

const austinHome = { residenceCountry: 'US', residenceRegion: 'Texas', residenceCity: 'Austin', residenceLat: 30.27, residenceLon: -97.74 };
const comcast = { asn: 7922, asOrg: 'Comcast Cable Communications', networkClass: 'residential' as const };

test('domestic: a laptop that lives in another state is info (IP databases misplace home lines), low/medium when configured', () => {
  const days = ['03', '04', '05', '06', '09', '10'].map((d) => signIn(`2025-03-${d}T14:00:00Z`, 'newYork', '73.9.9.9', { ...comcast, region: 'New York' }));
  const plain = runDetector(farFromResidence(), days, austinHome).findings;
  assert.equal(plain.length, 6);
  assert.ok(plain.every((f) => f.severity === 'info'));
  const { findings } = runDetector(farFromResidence({ domesticSeverity: 'low', domesticMediumDays: 5 }), days, austinHome);
  assert.deepEqual(findings.map((f) => f.severity), ['low', 'low', 'low', 'low', 'medium', 'medium']);
  assert.deepEqual(findings[0]!.signals, ['M1', 'H4']);
  assert.ok((findings[0]!.facts['distanceKm'] as number) > 2000);
  assert.equal(findings[4]!.facts['daysSeenFar'], 5);
});

test('domestic: a short undeclared trip among home days stays low', () => {
  const home = ['03', '04', '05', '06', '07', '10', '11', '12'].map((d) => signIn(`2025-03-${d}T14:00:00Z`, 'austin', '73.1.1.1', { ...comcast, region: 'Texas' }));
  const trip = ['13', '14', '17', '18', '19'].map((d) => signIn(`2025-03-${d}T14:00:00Z`, 'seattle', '73.4.4.4', { ...comcast, region: 'Washington' }));
  const { findings } = runDetector(farFromResidence({ domesticSeverity: 'low', domesticMediumDays: 5 }), [...home, ...trip], austinHome);
  assert.equal(findings.length, 5);
  assert.ok(findings.every((f) => f.severity === 'low'));
});

test('domestic: same region, mobile carriers, declared domestic trips and unknown residence coordinates never fire', () => {
  // El Paso is 850 km from Austin but in Texas: IP databases misplace lines inside a state that far.
  const sameState = [signIn('2025-03-03T14:00:00Z', 'elPaso', '73.5.5.5', { ...comcast, region: 'Texas' })];
  assert.equal(runDetector(farFromResidence(), sameState, austinHome).findings.length, 0);
  const mobile = [signIn('2025-03-03T14:00:00Z', 'seattle', '172.58.1.1', { asn: 21928, asOrg: 'T-Mobile USA', networkClass: 'mobile', region: 'Washington' })];
  assert.equal(runDetector(farFromResidence(), mobile, austinHome).findings.length, 0);
  const trip = [signIn('2025-03-04T14:00:00Z', 'seattle', '73.4.4.4', { ...comcast, region: 'Washington' })];
  assert.equal(runDetector(farFromResidence(), trip, { ...austinHome, travel: [{ from: '2025-03-03', to: '2025-03-05', country: 'US' }] }).findings.length, 0);
  assert.equal(runDetector(farFromResidence(), trip, { ...austinHome, residenceLat: null, residenceLon: null }).findings.length, 0);
  // The trip's last day is inclusive; the day after it is not covered.
  const after = [signIn('2025-03-06T14:00:00Z', 'seattle', '73.4.4.4', { ...comcast, region: 'Washington' })];
  assert.equal(runDetector(farFromResidence(), after, { ...austinHome, travel: [{ from: '2025-03-03', to: '2025-03-05', country: 'US' }] }).findings.length, 1);
});

test('domestic threshold is configurable', () => {
  const dallasFromHouston = [signIn('2025-03-03T14:00:00Z', 'dallas', '73.2.2.2', { ...comcast, region: 'Oklahoma' })];
  const houston = { ...austinHome, residenceLat: 29.76, residenceLon: -95.36 };
  assert.equal(runDetector(farFromResidence(), dallasFromHouston, houston).findings.length, 0);
  assert.equal(runDetector(farFromResidence({ domesticKm: 300 }), dallasFromHouston, houston).findings.length, 1);
});
