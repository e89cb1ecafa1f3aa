// Where the master key comes from: the variable, else the embedded key file (created 0600, reused, refused when
// others can read it), a throw-away key in memory, and a refusal for PostgreSQL — never echoing a key.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { AppError } from '../../errors/app-error.js';
import { keyFilePath, resolveKeyring } from './master-key.js';

const b64 = () => randomBytes(32).toString('base64');
const configError = (re: RegExp, secret?: string) => (e: unknown) =>
  e instanceof AppError && e.code === 'CONFIG' && re.test(e.message) && (!secret || !e.message.includes(secret));

test('embedded: a key file is created on first use (mode 0600) and the same key is read back', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trustline-mk-'));
  const a = resolveKeyring({ kind: 'directory', dir }, {});
  if (process.platform !== 'win32') assert.equal(statSync(keyFilePath(dir)).mode & 0o777, 0o600);
  const b = resolveKeyring({ kind: 'directory', dir }, {});
  assert.equal(b.current.id, a.current.id);
  assert.ok(b.current.key.equals(a.current.key));
  assert.match(a.current.id, /^m[0-9a-f]{8}$/);
  assert.ok(!readFileSync(keyFilePath(dir), 'utf8').includes(a.current.id), 'the file holds the key only');
});

test('embedded: a key file other users can read is refused, naming the fix', { skip: process.platform === 'win32' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'trustline-mk-'));
  const secret = b64();
  writeFileSync(keyFilePath(dir), `${secret}\n`, { mode: 0o644 });
  chmodSync(keyFilePath(dir), 0o644);
  assert.throws(() => resolveKeyring({ kind: 'directory', dir }, {}), configError(/readable by other users: run `chmod 600/, secret));
});

test('TRUSTLINE_MASTER_KEY wins; an existing key file stays as a previous key so its data keys can be re-wrapped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trustline-mk-'));
  const fileKey = resolveKeyring({ kind: 'directory', dir }, {}).current;
  const env = { TRUSTLINE_MASTER_KEY: `k2026:${b64()}` };
  const k = resolveKeyring({ kind: 'directory', dir }, env);
  assert.equal(k.current.id, 'k2026');
  assert.deepEqual(k.ids().sort(), [fileKey.id, 'k2026'].sort());
  assert.deepEqual(resolveKeyring({ kind: 'directory', dir: mkdtempSync(join(tmpdir(), 'trustline-mk-')) }, env).ids(), ['k2026'], 'no file: none created when the variable is set');
  assert.equal(resolveKeyring({ kind: 'postgres' }, env).current.id, 'k2026');
});

test('PostgreSQL without the variable is refused; a bad variable is refused without echoing it; memory gets a throw-away key', () => {
  assert.throws(() => resolveKeyring({ kind: 'postgres' }, {}), configError(/TRUSTLINE_MASTER_KEY is not set: with PostgreSQL it is required/));
  const short = randomBytes(16).toString('base64');
  assert.throws(() => resolveKeyring({ kind: 'postgres' }, { TRUSTLINE_MASTER_KEY: short }), configError(/TRUSTLINE_MASTER_KEY must be 32 bytes/, short));
  assert.throws(() => resolveKeyring({ kind: 'memory' }, { TRUSTLINE_MASTER_KEYS_PREVIOUS: 'x:notbase64!' }), configError(/TRUSTLINE_MASTER_KEYS_PREVIOUS: not base64/));
  assert.notEqual(resolveKeyring({ kind: 'memory' }, {}).current.id, resolveKeyring({ kind: 'memory' }, {}).current.id);
});
