import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { peopleCsv } from '../support/people-fixture.js';
import { writeSensitiveCsvs } from '../support/sensitive-fixture.js';

const bin = fileURLToPath(new URL('../../bin/trustline.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'trustline-cli-'));

function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, ...env, CI: 'true' }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function freePort(): Promise<number> {
  return new Promise((res) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const a = s.address(); s.close(() => res(typeof a === 'object' && a ? a.port : 0)); }); });
}

test('import keeps the good rows, prints each problem as file:line:field, exits 1; a second import adds nothing', () => {
  const db = join(work, 'db1');
  const file = join(work, 'people.csv');
  writeFileSync(file, peopleCsv(25, (i, r) => {
    const c = r.split(',');
    if (i === 6) c[4] = '2023-13-45'; // file line 7
    if (i === 8) c[1] = ''; // file line 9
    return c.join(',');
  }));
  const first = cli(['import', file], { TRUSTLINE_DB: db });
  assert.equal(first.code, 1, first.err);
  assert.match(first.err, /people\.csv:7:hire_date: not a valid ISO 8601 date/);
  assert.match(first.err, /people\.csv:9:email: required/);
  assert.match(first.out, /23 accepted, 0 updated, 0 duplicate, 2 rejected/);
  const second = cli(['import', file], { TRUSTLINE_DB: db });
  assert.match(second.out, /0 accepted, 0 updated, 23 duplicate, 2 rejected/);
  const list = cli(['people', '--json'], { TRUSTLINE_DB: db });
  assert.equal(list.code, 0, list.err);
  const people = JSON.parse(list.out) as { employeeId: string }[];
  assert.equal(people.length, 23);
  assert.ok(!people.some((p) => p.employeeId === 'E000006' || p.employeeId === 'E000008'));
});

test('an unknown format is named as such and nothing is stored', () => {
  const db = join(work, 'db2');
  const file = join(work, 'notes.txt');
  writeFileSync(file, 'hello\nworld\n');
  const r = cli(['import', file], { TRUSTLINE_DB: db });
  assert.equal(r.code, 1);
  assert.match(r.err, /notes\.txt: format not recognised/);
});

test('while the server owns the embedded database, other commands say so and import goes through the server', async () => {
  const db = join(work, 'db3');
  const port = await freePort();
  let stderr = '';
  const server = spawn(process.execPath, [bin, 'serve', '--port', String(port)], { env: { ...process.env, TRUSTLINE_DB: db, CI: 'true', TRUSTLINE_LOG_LEVEL: 'warn', TRUSTLINE_DEMO: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    await new Promise<void>((resolve, reject) => {
      let text = '';
      server.stderr.on('data', (d: Buffer) => { text += d.toString(); stderr = text; if (text.includes(`:${port}`)) resolve(); });
      server.once('exit', (c) => reject(new Error(`server exited ${c}: ${text}`)));
    });
    const busy = cli(['people'], { TRUSTLINE_DB: db });
    assert.equal(busy.code, 3);
    assert.match(busy.err, new RegExp(`in use by process ${server.pid}.*port ${port}`));
    const file = join(work, 'people3.csv');
    writeFileSync(file, peopleCsv(4));
    const imp = cli(['import', file], { TRUSTLINE_DB: db });
    assert.equal(imp.code, 0, imp.err);
    assert.match(imp.err, /importing through it/);
    assert.equal((await fetch(`http://127.0.0.1:${port}/api/people`)).status, 401, 'the API needs a sign-in');
    // The CLI's key: a token file only the owner can read, in the data directory, gone when the server stops.
    const token = readFileSync(join(db, 'trustline.local-token'), 'utf8');
    assert.equal(statSync(join(db, 'trustline.local-token')).mode & 0o077, 0);
    const res = await fetch(`http://127.0.0.1:${port}/api/people`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(((await res.json()) as { total: number }).total, 4);
    assert.match(stderr, /created user "admin" with one-time password \S{20,}/);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  assert.equal(existsSync(join(db, 'trustline.local-token')), false);
  const after = cli(['people', '--json'], { TRUSTLINE_DB: db });
  assert.equal(after.code, 0, `the lock is released when the server stops: ${after.err}`);
  assert.equal((JSON.parse(after.out) as unknown[]).length, 4);
});

test('sensitive numbers at rest: a 0600 key file beside the data, key status, field and master rotation, re-import still duplicate', () => {
  const db = join(work, 'db-keys');
  const f = writeSensitiveCsvs(join(work, 'sensitive'));
  const env = { TRUSTLINE_DB: db, TRUSTLINE_MASTER_KEY: '', TRUSTLINE_MASTER_KEYS_PREVIOUS: '' };
  const imp = cli(['import', f.people, f.payroll, f.idv], env);
  assert.equal(imp.code, 0, imp.err);
  const keyFile = join(db, 'trustline.master-key');
  assert.equal(statSync(keyFile).mode & 0o077, 0, 'only the owner can read the key file');
  const status = cli(['keys', 'status'], env);
  assert.equal(status.code, 0, status.err);
  assert.match(status.out, /master key: (m[0-9a-f]{8}) \(key file .*trustline\.master-key\)/);
  assert.match(status.out, /field key f[0-9a-f]{12} \(active\)/);
  assert.ok(!status.out.includes(readFileSync(keyFile, 'utf8').trim()), 'status never prints a key');
  const field = cli(['keys', 'rotate', '--field'], env);
  assert.equal(field.code, 0, field.err);
  assert.match(field.out, /new field key f[0-9a-f]{12}; 9 rows re-encrypted \(people 2, payroll 5, idv 2\)/);
  const again = cli(['import', f.payroll], env);
  assert.match(again.out, /0 accepted, 0 updated, 6 duplicate, 0 rejected/);
  // Moving to a configured master key: the key file's data keys are re-wrapped under it.
  const next = { ...env, TRUSTLINE_MASTER_KEY: `k2:${randomBytes(32).toString('base64')}` };
  const rewrap = cli(['keys', 'rotate'], next);
  assert.equal(rewrap.code, 0, rewrap.err);
  assert.match(rewrap.out, /3 data keys re-wrapped under master key k2; master keys still needed: k2\n/, 'two field keys (one retired) and the index key');
  assert.match(rewrap.out, /take the old key file .*trustline\.master-key off this host/);
  assert.match(cli(['keys', 'status'], next).out, /master keys needed by the data keys: k2\n/);
  const list = cli(['people', '--json'], next);
  assert.equal(list.code, 0, list.err);
  assert.equal((JSON.parse(list.out) as unknown[]).length, 4);
});
