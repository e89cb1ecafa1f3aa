// Okta System Log parser: conformance plus the fields detections rely on.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { NormalizedEvent } from '../../model/event.js';
import { collect, runSourceConformance } from '../conformance.js';
import { oktaSource } from './okta-source.js';

const fx = (f: string) => fileURLToPath(new URL(`../../../test/fixtures/okta/${f}`, import.meta.url));
const good = JSON.stringify({ uuid: 'c0ffee00-0000-4000-8000-000000000001', published: '2024-05-14T00:12:09.031Z', eventType: 'user.session.start', actor: { alternateId: 'A@B.com' }, outcome: { result: 'SUCCESS' } });

runSourceConformance(oktaSource, {
  fixtures: [fx('okta-system-log.jsonl'), fx('okta-api-page.json'), fx('panther-okta.jsonl')],
  goodLine: good,
  unknownTypeLine: good.replace('user.session.start', 'brand.new.event_type').replace('0001', '0002'),
  wrongTypeLine: good.replace('"SUCCESS"', '42').replace('0001', '0003'),
  wrongTypeField: 'outcome.result',
});

const byType = async () => {
  const m = new Map<string, NormalizedEvent[]>();
  for (const i of await collect(oktaSource, fx('okta-system-log.jsonl'))) {
    if (!i.ok) continue;
    const e = i.record as NormalizedEvent;
    m.set(e.type, [...(m.get(e.type) ?? []), e]);
  }
  return m;
};

it('maps Okta sign-ins with geo, ASN, proxy flag, fingerprint and session', async () => {
  const m = await byType();
  const [ok, failed] = m.get('user.session.start')!;
  assert.equal(ok!.category, 'auth.login');
  assert.equal(ok!.outcome, 'success');
  assert.equal(ok!.actor, 'mika.tanaka@example.com');
  assert.equal(ok!.deviceId, 'a3f1c9e0b7d24e5f8c6b1a2d3e4f5a6b');
  assert.equal(ok!.sessionId, '102bZx9KqKhT3yN1vUWlB3fQA');
  assert.deepEqual(ok!.vendorGeo, { country: 'Japan', region: 'Tokyo', city: 'Tokyo', lat: 35.6895, lon: 139.6917, asn: 2516, asOrg: 'kddi corporation', isp: 'kddi corporation', isProxy: false });
  assert.equal(ok!.attrs.threatSuspected, false);
  assert.equal(failed!.outcome, 'failure');
  assert.equal(failed!.outcomeReason, 'VERIFICATION_ERROR');
  assert.equal(failed!.time, '2024-05-14T06:40:51.118Z', '+09:00 offset converted to UTC');
  assert.equal(failed!.vendorGeo?.isProxy, true);
  assert.equal(failed!.attrs.threatSuspected, true);
});

it('maps MFA, privilege, consent, audit-stream, membership and token events', async () => {
  const m = await byType();
  const one = (t: string) => m.get(t)![0]!;
  assert.equal(one('user.authentication.auth_via_mfa').category, 'auth.mfa_challenge');
  assert.equal(one('user.authentication.auth_via_mfa').mfaFactor, 'OKTA_VERIFY_PUSH');
  assert.equal(one('user.mfa.factor.activate').category, 'auth.mfa_change');
  assert.equal(one('user.mfa.factor.activate').mfaFactor, 'Okta Verify');
  assert.equal(one('user.mfa.factor.reset_all').category, 'auth.mfa_change');
  assert.equal(one('user.mfa.factor.reset_all').target, 'mika.tanaka@example.com');
  const grant = one('user.account.privilege.grant');
  assert.equal(grant.category, 'iam.privilege_grant');
  assert.equal(grant.attrs.role, 'Super administrator');
  assert.equal(grant.attrs.privileged, true);
  assert.equal(one('app.oauth2.as.consent.grant').category, 'iam.oauth_consent');
  assert.equal(one('system.log_stream.lifecycle.deactivate').category, 'audit.config_change');
  assert.equal(one('group.user_membership.add').category, 'iam.member_add');
  assert.equal(one('system.api_token.create').category, 'code.token_create');
  assert.equal(one('user.session.end').category, 'auth.logout');
  // A sign-in is not a privilege event, and carries no privilege flags.
  assert.equal(m.get('user.session.start')![0]!.attrs.privileged, undefined);
  assert.equal(m.get('user.session.start')![0]!.mfaFactor, null);
});
