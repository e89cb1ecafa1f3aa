// Entra sign-in parser: conformance on Graph pages and Azure Monitor streams, plus the mapped fields.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { NormalizedEvent } from '../../model/event.js';
import { collect, runSourceConformance } from '../conformance.js';
import { entraSignInSource } from './entra-signin-source.js';

const fx = (f: string) => fileURLToPath(new URL(`../../../test/fixtures/entra-signin/${f}`, import.meta.url));
const rec = (category: string, errorCode: unknown, id: string) => JSON.stringify({
  time: '2024-05-15T01:00:00Z', category, operationName: 'Sign-in activity', location: 'JP',
  properties: { id, createdDateTime: '2024-05-15T01:00:00Z', userPrincipalName: 'U@contoso.com', status: { errorCode } },
});

runSourceConformance(entraSignInSource, {
  fixtures: [fx('graph-signins-page.json'), fx('azure-monitor-signinlogs.jsonl'), fx('panther-azure-signin.jsonl')],
  goodLine: rec('SignInLogs', 0, 'a1'),
  unknownTypeLine: rec('FutureSignInKindLogs', 0, 'a2'),
  wrongTypeLine: rec('SignInLogs', 'zero', 'a3'),
  wrongTypeField: 'properties.status.errorCode',
});

async function all(f: string): Promise<NormalizedEvent[]> {
  return (await collect(entraSignInSource, fx(f))).flatMap((i) => (i.ok ? [i.record as NormalizedEvent] : []));
}

it('maps Graph signIn success, bad password and denied MFA', async () => {
  const [ok, badPw, mfaDenied] = await all('graph-signins-page.json');
  assert.equal(ok!.category, 'auth.login');
  assert.equal(ok!.outcome, 'success');
  assert.equal(ok!.actor, 'mika.tanaka@contoso.com');
  assert.equal(ok!.deviceId, '9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d');
  assert.equal(ok!.deviceName, 'CONTOSO-LT-0412');
  assert.equal(ok!.mfaFactor, 'Microsoft Authenticator App');
  assert.equal(ok!.attrs.mfaResult, 'success');
  assert.equal(ok!.attrs.deviceCompliant, true);
  assert.equal(ok!.vendorGeo?.country, 'JP');
  assert.equal(ok!.vendorGeo?.asn, 2516);
  assert.ok(ok!.sessionId);
  assert.equal(badPw!.outcome, 'failure');
  assert.equal(badPw!.attrs.errorCode, 50126);
  assert.equal(badPw!.deviceId, null, 'empty deviceId is unknown, not ""');
  assert.equal(badPw!.mfaFactor, null);
  assert.equal(badPw!.time, '2024-05-14T15:40:51.118Z');
  assert.equal(mfaDenied!.outcome, 'failure');
  assert.equal(mfaDenied!.attrs.mfaResult, 'failure');
});

it('maps Azure Monitor records by category, interactive and non-interactive', async () => {
  const evs = await all('azure-monitor-signinlogs.jsonl');
  assert.deepEqual(evs.map((e) => e.type), ['SignInLogs', 'NonInteractiveUserSignInLogs', 'NonInteractiveUserSignInLogs']);
  assert.deepEqual(evs.map((e) => e.attrs.interactive), [true, false, false]);
  assert.ok(evs.every((e) => e.category === 'auth.login' && e.outcome === 'success'));
  assert.equal(evs[2]!.vendorGeo?.country, 'SG');
});
