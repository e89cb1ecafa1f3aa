import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { datasetStatus, readManifest, updateDatasets } from './manifest.js';
import { makeTestDataDir } from './test-data-dir.js';
import { defaultDataDir } from './data-paths.js';

const data = makeTestDataDir({ 'tor/exit-addresses': '# empty\n' });
const from = mkdtempSync(join(tmpdir(), 'trustline-update-'));
after(() => { data.cleanup(); rmSync(from, { recursive: true, force: true }); });

test('status lists every dataset with source, licence and present files', () => {
  const st = datasetStatus(defaultDataDir());
  const ids = st.map((s) => s.id);
  for (const id of ['dbip-city', 'asn', 'x4bnet-vpn', 'tor-exits', 'icloud-private-relay', 'lolrmm', 'ipkvm', 'disposable-email', 'free-email']) assert.ok(ids.includes(id), id);
  for (const s of st) {
    assert.ok(s.source && s.licence && s.version, s.id);
    assert.ok(s.files.every((f) => f.present), `${s.id} has a missing file`);
  }
  assert.match(st.find((s) => s.id === 'dbip-city')!.version, /^@ip-location-db\/dbip-city-mmdb@/);
  assert.equal(st.find((s) => s.id === 'dbip-city')!.licence, 'CC-BY-4.0');
});

test('offline update: valid files replace, invalid files are rejected and leave the old file', () => {
  writeFileSync(join(from, 'exit-addresses'), readFileSync(new URL('./fixtures/tor-exit-addresses.txt', import.meta.url)));
  writeFileSync(join(from, 'egress-ip-ranges.csv'), '<html>503 Service Unavailable</html>\n<body>try later</body>\n');
  const before = readFileSync(join(data.dir, 'icloud-private-relay/egress-ip-ranges.csv'), 'utf8');
  const res = updateDatasets(data.dir, from, '2026-11-23');
  assert.equal(res.find((r) => r.file === 'tor/exit-addresses')!.outcome, 'updated');
  assert.equal(res.find((r) => r.file === 'icloud-private-relay/egress-ip-ranges.csv')!.outcome, 'rejected');
  assert.equal(res.find((r) => r.file === 'lolrmm/rmm_tools.json')!.outcome, 'absent');
  assert.match(readFileSync(join(data.dir, 'tor/exit-addresses'), 'utf8'), /ExitAddress 198\.98\.51\.189/);
  assert.equal(readFileSync(join(data.dir, 'icloud-private-relay/egress-ip-ranges.csv'), 'utf8'), before);
  const m = readManifest(data.dir);
  assert.equal(m.datasets.find((d) => d.id === 'tor-exits')!.date, '2026-11-23');
  assert.notEqual(m.datasets.find((d) => d.id === 'icloud-private-relay')!.version, 'local update 2026-11-23');
});
