// VPN/generic access source: mapping file (CSV), default column names (JSONL), conformance for both.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { NormalizedEvent } from '../../model/event.js';
import { collect, runSourceConformance } from '../conformance.js';
import { parseVpnMapping } from './mapping.js';
import { vpnSource } from './vpn-source.js';

const fx = (f: string) => fileURLToPath(new URL(`../../../test/fixtures/vpn/${f}`, import.meta.url));
const mapping = parseVpnMapping(readFileSync(fx('globalprotect-mapping.yaml'), 'utf8'));
const header = 'Receive Time,Source User,Public IP,Event ID,Status,Error,Machine Name,Source Region,Private IP,Portal,Session ID';
const row = (time: string, ev: string) => `${time},example\\mtanaka,203.0.113.24,${ev},success,,LT-0412,JP,10.8.0.12,gp-tokyo,s-1`;

runSourceConformance(vpnSource(mapping), {
  fixtures: [fx('globalprotect-export.csv')],
  header,
  goodLine: row('2024-05-14T00:10:01+09:00', 'gateway-connected'),
  unknownTypeLine: row('2024-05-14T00:11:01+09:00', 'gateway-config-refresh'),
  wrongTypeLine: row('yesterday', 'gateway-connected'),
  wrongTypeField: 'Receive Time',
});

const jrow = (t: unknown, ev: string) => JSON.stringify({ timestamp: t, username: 'u@example.com', src_ip: '203.0.113.24', event: ev, result: 'ok' });
runSourceConformance(vpnSource(), {
  fixtures: [fx('access-log.jsonl')],
  goodLine: jrow('2024-05-15T01:00:00Z', 'connect'),
  unknownTypeLine: jrow('2024-05-15T01:00:01Z', 'keepalive'),
  wrongTypeLine: jrow(true, 'connect'),
  wrongTypeField: 'timestamp',
  minDetect: 0.3,
});

it('maps a GlobalProtect export through its mapping file', async () => {
  const evs = (await collect(vpnSource(mapping), fx('globalprotect-export.csv'))).flatMap((i) => (i.ok ? [i.record as NormalizedEvent] : []));
  assert.deepEqual(evs.map((e) => [e.category, e.outcome]), [['auth.login', 'success'], ['auth.login', 'failure'], ['auth.login', 'success'], ['auth.logout', 'success']]);
  assert.equal(evs[0]!.time, '2024-05-13T15:10:01.000Z');
  assert.equal(evs[0]!.actor, 'example\\mtanaka');
  assert.equal(evs[1]!.ip, '198.51.100.77');
  assert.equal(evs[1]!.outcomeReason, 'Authentication failed: Invalid username or password');
  assert.equal(evs[1]!.vendorGeo?.country, 'SG');
  assert.equal(evs[0]!.attrs.assignedIp, '10.8.0.12');
  assert.equal(evs[0]!.sessionId, '3f1a-0001');
  assert.equal(evs[1]!.sessionId, null);
});

it('reads JSON lines with common column names and epoch ms; detects only with time+user+IP columns', async () => {
  const evs = (await collect(vpnSource(), fx('access-log.jsonl'))).flatMap((i) => (i.ok ? [i.record as NormalizedEvent] : []));
  assert.deepEqual(evs.map((e) => e.outcome), ['success', 'failure', 'success']);
  assert.equal(evs[1]!.time, '2024-05-15T02:00:00.000Z');
  assert.equal(evs[2]!.category, 'auth.logout');
  assert.equal(vpnSource().detect({ fileName: 'x.csv', head: 'time,user,action\n2024-01-01,a,b\n' }), 0);
  assert.ok(vpnSource().detect({ fileName: 'x.csv', head: 'time,user,src_ip\n2024-01-01,a,1.2.3.4\n' }) > 0);
});

it('rejects a mapping file without the time column', () => {
  assert.throws(() => parseVpnMapping('columns:\n  user: u\n'), /time/);
});
