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
  assert.deepEqual(findings[0]!.signals, ['M1', 'H4']);
});

test('non-high-risk country: low for a short trip, medium once it persists', () => {
  const evs = ['03', '04', '05'].map((d) => signIn(`2025-03-${d}T10:00:00Z`, 'paris', '80.1.1.1', { asn: 3215 }));
  const { findings } = runDetector(farFromResidence(), evs);
  assert.deepEqual(findings.map((f) => f.severity), ['low', 'low', 'medium']);
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
  assert.equal(far.findings[0]!.severity, 'low');
  assert.ok((far.findings[0]!.facts['distanceKm'] as number) > 2500);
});
