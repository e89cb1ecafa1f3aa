// Google Workspace Reports parser: conformance, one event per activity event, login/admin/token mapping.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { NormalizedEvent } from '../../model/event.js';
import { collect, runSourceConformance } from '../conformance.js';
import { googleSource } from './google-source.js';

const fx = (f: string) => fileURLToPath(new URL(`../../../test/fixtures/google/${f}`, import.meta.url));
const act = (name: unknown, q: string) => JSON.stringify({
  kind: 'admin#reports#activity', id: { time: '2024-05-14T00:12:09.031Z', uniqueQualifier: q, applicationName: 'login', customerId: 'C0' },
  actor: { email: 'U@example.com' }, ipAddress: '203.0.113.24', events: [{ type: 'login', name }],
});

runSourceConformance(googleSource, {
  fixtures: [fx('google-login-admin.jsonl'), fx('google-token-page.json')],
  goodLine: act('login_success', '1'),
  unknownTypeLine: act('teleport_user', '2'),
  wrongTypeLine: act(5, '3'),
  wrongTypeField: 'events.0.name',
});

const all = async (f: string) => (await collect(googleSource, fx(f))).flatMap((i) => (i.ok ? [i.record as NormalizedEvent] : []));

it('maps login success/failure with challenge methods, suspicious flag and network info', async () => {
  const evs = await all('google-login-admin.jsonl');
  const ok = evs.find((e) => e.type === 'login_success')!;
  assert.equal(ok.category, 'auth.login');
  assert.equal(ok.outcome, 'success');
  assert.equal(ok.mfaFactor, 'google_authenticator');
  assert.deepEqual(ok.vendorGeo, { country: 'JP', region: 'JP-13', asn: 2516 });
  const fail = evs.find((e) => e.type === 'login_failure')!;
  assert.equal(fail.outcome, 'failure');
  assert.equal(fail.attrs.isSuspicious, true);
  // Two events in one activity: two normalized events, distinct ids, same line.
  const sus = evs.find((e) => e.type === 'suspicious_login')!;
  assert.notEqual(sus.id, fail.id);
  assert.equal(evs.find((e) => e.type === '2sv_enroll')!.category, 'auth.mfa_change');
  assert.equal(evs.find((e) => e.type === 'recovery_phone_edit')!.category, 'auth.mfa_change');
});

it('maps admin role grants, group adds, audit setting changes and token grants', async () => {
  const evs = [...await all('google-login-admin.jsonl'), ...await all('google-token-page.json')];
  const role = evs.find((e) => e.type === 'ASSIGN_ROLE')!;
  assert.equal(role.category, 'iam.privilege_grant');
  assert.equal(role.attrs.role, '_SEED_ADMIN_ROLE');
  assert.equal(role.attrs.privileged, true);
  assert.equal(role.target, 'mika.tanaka@example.com');
  assert.equal(evs.find((e) => e.type === 'ADD_GROUP_MEMBER')!.category, 'iam.member_add');
  assert.equal(evs.find((e) => e.type === 'CHANGE_APPLICATION_SETTING')!.category, 'audit.config_change');
  assert.equal(evs.find((e) => e.type === 'UNENROLL_USER_FROM_STRONG_AUTH')!.category, 'auth.mfa_change');
  const grant = evs.find((e) => e.type === 'authorize')!;
  assert.equal(grant.category, 'iam.oauth_consent');
  assert.deepEqual(grant.attrs.tokenScopes, ['https://www.googleapis.com/auth/drive.readonly', 'openid']);
  assert.equal(evs.find((e) => e.type === 'activity')!.category, 'auth.session');
  assert.equal(evs.find((e) => e.type === 'login_success')!.attrs.privileged, undefined);
});
