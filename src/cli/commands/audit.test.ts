// `trustline audit export` and `audit verify` on a real data directory: an intact chain verifies, an edited export does not.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { auditRepo } from '../../audit/repo.js';
import { ensureSecuritySchema } from '../../auth/ensure-schema.js';
import { openDatabase } from '../../store/db.js';

const bin = fileURLToPath(new URL('../../../bin/trustline.mjs', import.meta.url));
const cli = (args: string[], db: string) => spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, TRUSTLINE_DB: db, CI: 'true' }, encoding: 'utf8', timeout: 120_000 });

test('audit export writes JSON lines that audit verify accepts; an edited line is found by seq', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trustline-audit-cli-'));
  const db = join(dir, 'db');
  const database = await openDatabase(db);
  await ensureSecuritySchema(database.db);
  const repo = auditRepo(database.db as never, 'default');
  for (let i = 1; i <= 6; i++) await repo.append({ actor: 'hana', action: 'person.read', target: `person:employee:E${i}` });
  await database.close();
  const verify = cli(['audit', 'verify'], db);
  assert.equal(verify.status, 0, verify.stderr);
  assert.match(verify.stdout, /6 records, chain intact/);
  const file = join(dir, 'audit.jsonl');
  const exp = cli(['audit', 'export', '--out', file], db);
  assert.equal(exp.status, 0, exp.stderr);
  assert.equal(readFileSync(file, 'utf8').trim().split('\n').length, 6);
  assert.equal(cli(['audit', 'verify', '--file', file], db).status, 0);
  writeFileSync(file, readFileSync(file, 'utf8').replace('person:employee:E3', 'person:employee:E9'));
  const bad = cli(['audit', 'verify', '--file', file], db);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /BROKEN at seq 3/);
});
