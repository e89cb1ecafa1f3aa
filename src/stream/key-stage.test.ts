// Cross-person detection split by key gives the same alerts as the single analyzer; hashing and attribution are stable.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeAll, defaultDetectors, loadRules, type AttributedEvent } from '../detect/index.js';
import { buildEvent } from '../detect/event-builder.js';
import { iso, signIn } from '../detect/detectors/test-kit.js';
import { metricEvent } from '../detect/detectors/index.js';
import type { Alert } from '../model/alert.js';
import { createAttributor } from './attribute.js';
import { createKeyStage, CROSS_PERSON_DETECTORS, ownKey, type KeyRow } from './key-stage.js';
import { crossKeys } from './messages.js';
import { partitionOf, stableHash } from './partition.js';

const T = '2026-03-02T09:00:00.000Z';

/** Three people on one home line and two sharing a device and an authenticator; latency samples from several people. */
function fixture(): AttributedEvent[] {
  const out: AttributedEvent[] = [];
  ['E1', 'E2', 'E3', 'E4'].forEach((p, i) => {
    out.push({ personId: p, event: signIn(iso(T, i * 30), 'austin', '73.1.2.3', {}, { id: `s-${p}`, actor: `${p}@example.com` }) });
    out.push({ personId: p, event: signIn(iso(T, 300 + i * 30), 'austin', `73.9.9.${i}`, {}, { id: `d-${p}`, deviceId: i < 2 ? 'LAPTOP-77' : `own-${p}`, attrs: { authenticatorId: i % 2 ? 'yubi-1' : `yubi-${p}` } }) });
  });
  // An office line (not residential) shared by everyone must not raise shared-residential-ip.
  ['E1', 'E2', 'E3'].forEach((p, i) => out.push({ personId: p, event: signIn(iso(T, 600 + i), 'austin', '198.51.100.1', { networkClass: 'corporate' }, { id: `o-${p}` }) }));
  for (let k = 0; k < 70; k++) {
    const p = `E${(k % 4) + 1}`;
    const v = p === 'E4' && k > 60 ? 900 : 100 + (k % 7);
    out.push({ personId: p, event: metricEvent({ employeeId: p, at: iso(T, 700 + k * 10), deviceId: `dev-${p}`, metric: 'keystroke_latency_ms', value: v } as never, `m-${k}`) });
  }
  return out.sort((a, b) => a.event.time.localeCompare(b.event.time));
}

test('the key stage raises exactly the cross-person alerts of the single-process analyzer, keyed by device, IP and metric', () => {
  const events = fixture();
  const cross = defaultDetectors().filter((d) => CROSS_PERSON_DETECTORS.has(d.id));
  const expected = analyzeAll(events, [], { detectors: cross })
    .filter((a) => ['shared-device', 'shared-residential-ip', 'keystroke-latency'].includes(a.ruleId));
  const stage = createKeyStage();
  const rows = new Map<string, KeyRow>();
  const row = (k: string) => { let r = rows.get(k); if (!r) { r = { dd: {} }; rows.set(k, r); } return r; };
  const got: Alert[] = [];
  for (const { personId, event } of events) {
    for (const { ns, k } of crossKeys(event)) got.push(...stage.process(row(`${ns}:${k}`), personId, ns, k, event, ns === 'metric' ? row(`own:${ownKey(k, personId)}`) : undefined));
  }
  const ids = (l: Alert[]) => l.map((a) => `${a.ruleId} ${a.subjectId} ${a.id}`).sort();
  assert.ok(expected.some((a) => a.ruleId === 'shared-residential-ip') && expected.some((a) => a.ruleId === 'shared-device') && expected.some((a) => a.ruleId === 'keystroke-latency'));
  assert.deepEqual(ids(got), ids(expected));
  assert.ok(!got.some((a) => JSON.stringify(a.evidence).includes('198.51.100.1')), 'the corporate line raises nothing');
  assert.ok(!crossKeys(buildEvent({ category: 'auth.login', outcome: 'failure', deviceId: 'x' })).length, 'failed sign-ins carry no key');
});

test('partitions come from a stable FNV-1a hash', () => {
  assert.equal(stableHash('a'), 0xe40c292c);
  assert.equal(partitionOf('E10023', 16), stableHash('E10023') % 16);
  const spread = new Set(Array.from({ length: 200 }, (_, i) => partitionOf(`E${10000 + i}`, 16)));
  assert.equal(spread.size, 16, '200 people use every one of 16 partitions');
});

test('attribution: e-mail, then the same system\'s account, then an unambiguous account name; ambiguous names stay unattributed', () => {
  const at = createAttributor(
    [{ employeeId: 'E1', email: 'ann@corp.example' }, { employeeId: 'E2', email: 'bo@corp.example' }],
    [{ employeeId: 'E1', system: 'github', account: 'ann-gh' }, { employeeId: 'E2', system: 'vpn', account: 'shared' }, { employeeId: 'E1', system: 'okta', account: 'shared' }],
  );
  assert.equal(at('okta', 'ann@corp.example'), 'E1');
  assert.equal(at('github', 'ann-gh'), 'E1');
  assert.equal(at('other', 'ann-gh'), 'E1');
  assert.equal(at('vpn', 'shared'), 'E2');
  assert.equal(at('github', 'shared'), null);
  assert.equal(at('okta', null), null);
  assert.equal(at('okta', 'nobody@corp.example'), null);
});
