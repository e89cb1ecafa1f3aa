// Entra directory-audit parser: conformance, role grants with privilege, MFA changes, consent, policy changes.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { NormalizedEvent } from '../../model/event.js';
import { collect, runSourceConformance } from '../conformance.js';
import { entraAuditSource } from './entra-audit-source.js';

const fx = (f: string) => fileURLToPath(new URL(`../../../test/fixtures/entra-audit/${f}`, import.meta.url));
const rec = (activity: string, result: unknown, id: string) => JSON.stringify({
  id, activityDisplayName: activity, activityDateTime: '2024-05-21T09:00:00Z', result,
  initiatedBy: { user: { userPrincipalName: 'Admin@contoso.com' } }, targetResources: [],
});

runSourceConformance(entraAuditSource, {
  fixtures: [fx('graph-directory-audits-page.json'), fx('azure-monitor-auditlogs.jsonl'), fx('panther-azure-audit.jsonl')],
  goodLine: rec('Add member to group', 'success', 'd1'),
  unknownTypeLine: rec('Frobnicate the tenant', 'success', 'd2'),
  wrongTypeLine: rec('Add member to group', { ok: true }, 'd3'),
  wrongTypeField: 'result',
  minCategorized: 0.3,
});

it('maps role grants, MFA method changes, consent, group adds and policy changes', async () => {
  const evs = (await collect(entraAuditSource, fx('graph-directory-audits-page.json')))
    .flatMap((i) => (i.ok ? [i.record as NormalizedEvent] : []));
  const by = (t: string) => evs.find((e) => e.type === t)!;
  const grant = by('Add member to role');
  assert.equal(grant.category, 'iam.privilege_grant');
  assert.equal(grant.attrs.role, 'Global Administrator');
  assert.equal(grant.attrs.privileged, true);
  assert.equal(grant.actor, 'it.admin@contoso.com');
  assert.equal(grant.target, 'mika.tanaka@contoso.com');
  assert.equal(grant.time, '2024-05-21T09:00:00.123Z');
  assert.equal(by('User registered security info').category, 'auth.mfa_change');
  assert.match(by('User registered security info').mfaFactor!, /Authenticator/);
  assert.equal(by('Admin deleted security info').category, 'auth.mfa_change');
  const consent = by('Consent to application');
  assert.equal(consent.category, 'iam.oauth_consent');
  assert.equal(consent.attrs.appName, 'Remote Helper');
  assert.equal(consent.attrs.privileged, undefined);
  assert.equal(by('Add member to group').category, 'iam.member_add');
  assert.equal(by('Update conditional access policy').category, 'security.defense_change');
  assert.equal(by('Reset user password').category, 'auth.password_change');
});
