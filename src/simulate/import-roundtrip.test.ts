// The simulated files go through Trustline's own format auto-detection and parsers without a single rejected record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectSource } from '../sources/detect-format.js';
import { sources } from '../sources/registry.js';
import { parseVpnMapping, vpnSource } from '../sources/vpn/index.js';
import { writeFiles } from './output.js';
import { simulate } from './simulate.js';

const EXPECTED: Record<string, string> = {
  'hr/people.csv': 'people', 'hr/accounts.csv': 'accounts', 'hr/payroll.csv': 'payroll', 'hr/shipments.csv': 'shipments',
  'hr/candidates.csv': 'candidates', 'hr/references.csv': 'references', 'hr/interviews.csv': 'interviews', 'hr/idv.csv': 'idv',
  'hr/endpoint_metrics.csv': 'endpoint_metrics', 'hr/travel.csv': 'travel', 'okta/system-log.jsonl': 'okta', 'entra/signins.jsonl': 'entra-signin',
  'entra/directory-audits.jsonl': 'entra-audit', 'google/activities.jsonl': 'google', 'github/audit-log.jsonl': 'github',
  'defender/DeviceProcessEvents.json': 'defender', 'defender/DeviceEvents.json': 'defender', 'defender/DeviceLogonEvents.json': 'defender',
  'defender/DeviceNetworkEvents.json': 'defender',
  'vpn/vpn.csv': 'vpn',
};

test('every simulated log and CSV is auto-detected as its format and parses with no rejected record', async () => {
  const out = await simulate({ seed: 3, employees: 60, candidates: 20, days: 6, fraudRate: { employees: 0.1, candidates: 0.2 } });
  const text = new Map(out.files.map((f) => [f.path, Buffer.from(f.data).toString('utf8')]));
  const dir = await mkdtemp(join(tmpdir(), 'trustline-sim-'));
  await writeFiles(dir, out.files.filter((f) => !/\.(pdf|docx)$/.test(f.path)));
  const known = [vpnSource(parseVpnMapping(text.get('vpn/mapping.json')!)), ...sources];
  for (const [path, expected] of Object.entries(EXPECTED)) {
    const body = text.get(path);
    assert.ok(body, `${path} not written`);
    const d = detectSource({ fileName: path.split('/').pop()!, head: body.slice(0, 65_536) }, known);
    assert.ok(d.ok, `${path}: ${d.ok ? '' : d.error}`);
    assert.equal(d.source.name, expected, path);
    let ok = 0;
    const bad: unknown[] = [];
    // Read from disk, as the importer does.
    for await (const item of d.source.parse(createReadStream(join(dir, path)), path)) if (item.ok) ok++; else bad.push(item.problems);
    assert.deepEqual(bad.slice(0, 3), [], `${path}: rejected records`);
    assert.ok(ok > 0, `${path}: no records`);
  }
  await rm(dir, { recursive: true, force: true });
});
