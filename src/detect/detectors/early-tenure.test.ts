import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEvent } from '../event-builder.js';
import { earlyTenure } from './early-tenure.js';
import { runDetector } from './test-kit.js';

const ev = (time: string, category: string, type: string, attrs: Record<string, unknown> = {}) =>
  buildEvent({ time, category: category as never, type, source: 'okta', attrs });

test('EDR exclusion, MFA reset and privilege grant in week two add up to high', () => {
  const { findings } = runDetector(earlyTenure(), [
    ev('2025-03-10T10:00:00Z', 'security.defense_change', 'AntivirusExclusionAdded'),
    ev('2025-03-10T12:00:00Z', 'auth.mfa_change', 'user.mfa.factor.reset_all'),
    ev('2025-03-11T09:00:00Z', 'iam.privilege_grant', 'Add member to role', { role: 'Global Administrator', privileged: true }),
  ], { hireDate: '2025-03-01' });
  assert.deepEqual(findings.map((f) => f.severity), ['medium', 'high', 'high']);
  assert.deepEqual(findings[2]!.facts['kinds'], ['edr_exclusion', 'mfa_reset', 'privilege']);
  assert.equal(findings[0]!.facts['tenureDays'], 9);
});

test('the same change weighs less later and nothing after 90 days', () => {
  const at60 = runDetector(earlyTenure(), [ev('2025-03-02T10:00:00Z', 'audit.config_change', 'audit_log_streaming.update')], { hireDate: '2025-01-01' });
  assert.equal(at60.findings[0]!.severity, 'low');
  const late = runDetector(earlyTenure(), [ev('2025-03-10T10:00:00Z', 'security.defense_change', 'AntivirusExclusionAdded')], { hireDate: '2024-01-01' });
  assert.equal(late.findings.length, 0);
});

test('enrolling MFA on day one, non-privileged groups, failures and unknown hire dates do not fire', () => {
  const evs = [
    ev('2025-03-01T10:00:00Z', 'auth.mfa_change', 'user.mfa.factor.activate'),
    ev('2025-03-02T10:00:00Z', 'iam.privilege_grant', 'group.user_membership.add', { privileged: false }),
    buildEvent({ time: '2025-03-03T10:00:00Z', category: 'security.defense_change', type: 'x', outcome: 'failure' }),
  ];
  assert.equal(runDetector(earlyTenure(), evs, { hireDate: '2025-03-01' }).findings.length, 0);
  assert.equal(runDetector(earlyTenure(), [ev('2025-03-03T10:00:00Z', 'security.defense_change', 'x')], { hireDate: null }).findings.length, 0);
});

test('recovery codes count as their own kind', () => {
  const { findings } = runDetector(earlyTenure(), [ev('2025-03-05T10:00:00Z', 'auth.mfa_change', 'two_factor_authentication.recovery_codes_regenerated')], { hireDate: '2025-03-01' });
  assert.equal(findings[0]!.facts['latest'], 'recovery_codes');
});
