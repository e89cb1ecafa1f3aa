// Envelope encryption: round trip, wrong key/context/tampering fail, master and field key rotation, blind index.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { it } from 'node:test';
import {
  CryptoError, keyringFromEnv, makeKeyring, masterKeysInUse, missingTenantKeys, openTenant, parseMasterKey,
  rewrapAll, rotateFieldKey, type WrappedDataKey,
} from './index.js';

const b64 = () => randomBytes(32).toString('base64');
const ring = (spec = `k2026:${b64()}`) => makeKeyring(parseMasterKey(spec));
const isCrypto = (code: CryptoError['code']) => (e: unknown) => e instanceof CryptoError && e.code === code;

function tenant(keyring = ring(), id = 'acme') {
  const rows = missingTenantKeys([], id, keyring);
  return { keyring, rows, cipher: openTenant(rows, id, keyring) };
}

it('round-trips fields in the compact versioned format, with a fresh IV every time', () => {
  const { cipher, rows } = tenant();
  const plain = 'GB33BUKB20201555555555 — 口座 ✓';
  const a = cipher.encryptField(plain, 'payroll.account_number');
  const b = cipher.encryptField(plain, 'payroll.account_number');
  assert.match(a, /^v1:f[0-9a-f]{12}:[\w-]{16}:[\w-]+:[\w-]{22}$/);
  assert.equal(a.split(':')[1], rows.find((r) => r.active)!.id);
  assert.notEqual(a, b);
  assert.ok(!a.includes('GB33'));
  assert.equal(cipher.decryptField(a, 'payroll.account_number'), plain);
  assert.equal(cipher.decryptField(cipher.encryptField('', 'x'), 'x'), '');
  assert.equal(rows.length, 2);
  assert.ok(rows.every((r) => r.wrapped.startsWith('v1:k2026:')));
  assert.deepEqual(missingTenantKeys(rows, 'acme', ring()), [], 'a tenant with keys gets none added');
});

it('fails with the wrong master key, another tenant\'s keys, or another column', () => {
  const { cipher, rows } = tenant();
  const s = cipher.encryptField('123-45-6789', 'people.document_number');
  assert.throws(() => openTenant(rows, 'acme', ring(`k2026:${b64()}`)), isCrypto('auth_failed'));
  assert.throws(() => openTenant(rows, 'acme', ring(`other:${b64()}`)), isCrypto('unknown_key'));
  const other = tenant(ring(), 'globex').cipher;
  assert.throws(() => other.decryptField(s, 'people.document_number'), isCrypto('unknown_key'));
  assert.throws(() => cipher.decryptField(s, 'people.date_of_birth'), isCrypto('auth_failed'));
  // A wrapped key copied to another tenant does not unwrap there.
  const stolen: WrappedDataKey[] = rows.map((r) => ({ ...r, tenantId: 'globex' }));
  assert.throws(() => openTenant(stolen, 'globex', makeKeyring(parseMasterKey(`k2026:${b64()}`))), CryptoError);
});

it('detects tampering with any part of the value', () => {
  const { cipher } = tenant();
  const s = cipher.encryptField('0x52908400098527886E0F7030069857D2E4169EE7', 'payroll.wallet_address');
  const parts = s.split(':');
  for (const i of [2, 3, 4]) {
    const p = Buffer.from(parts[i]!, 'base64url');
    p[0] = p[0]! ^ 1;
    const t = [...parts]; t[i] = p.toString('base64url');
    assert.throws(() => cipher.decryptField(t.join(':'), 'payroll.wallet_address'), i === 2 || i === 4 ? CryptoError : isCrypto('auth_failed'));
  }
  const shorter = [...parts]; shorter[3] = parts[3]!.slice(0, -2);
  assert.throws(() => cipher.decryptField(shorter.join(':'), 'payroll.wallet_address'), isCrypto('auth_failed'));
  for (const bad of ['', 'plain text', 'v2:a:b:c:d', 'v1:f1:AAAA:AAAA:AAAA', `${s}:extra`]) {
    assert.throws(() => cipher.decryptField(bad, 'x'), isCrypto('bad_format'), bad);
  }
});

it('master-key rotation re-wraps data keys; old values still decrypt; the old master key can then go', () => {
  const oldSpec = `k2025:${b64()}`;
  const oldRing = ring(oldSpec);
  const { rows, cipher } = tenant(oldRing);
  const s = cipher.encryptField('1985-02-11', 'people.date_of_birth');
  const newSpec = `k2026:${b64()}`;
  const rotating = keyringFromEnv({ TRUSTLINE_MASTER_KEY: newSpec, TRUSTLINE_MASTER_KEYS_PREVIOUS: oldSpec })!;
  assert.deepEqual(rotating.ids().sort(), ['k2025', 'k2026']);
  const { records, changed } = rewrapAll(rows, rotating);
  assert.equal(changed, 2);
  assert.deepEqual(masterKeysInUse(records), ['k2026']);
  assert.equal(rewrapAll(records, rotating).changed, 0);
  const onlyNew = keyringFromEnv({ TRUSTLINE_MASTER_KEY: newSpec })!;
  assert.equal(openTenant(records, 'acme', onlyNew).decryptField(s, 'people.date_of_birth'), '1985-02-11');
  assert.throws(() => openTenant(rows, 'acme', onlyNew), isCrypto('unknown_key'), 'un-rotated rows need the old key');
});

it('field-key rotation: new values use the new key, old ones decrypt and re-encrypt lazily', () => {
  const { keyring, rows, cipher } = tenant();
  const old = cipher.encryptField('DE89370400440532013000', 'payroll.account_number');
  const rotated = rotateFieldKey(rows, 'acme', keyring);
  assert.equal(rotated.filter((r) => r.purpose === 'field').length, 2);
  assert.equal(rotated.filter((r) => r.active).length, 1);
  const c2 = openTenant(rotated, 'acme', keyring);
  assert.equal(c2.isStale(old), true);
  const fresh = c2.reencryptField(old, 'payroll.account_number');
  assert.notEqual(fresh.split(':')[1], old.split(':')[1]);
  assert.equal(c2.isStale(fresh), false);
  assert.equal(c2.reencryptField(fresh, 'payroll.account_number'), fresh);
  assert.equal(c2.decryptField(old, 'payroll.account_number'), 'DE89370400440532013000');
  assert.equal(c2.decryptField(fresh, 'payroll.account_number'), 'DE89370400440532013000');
  // The blind index key is not rotated with field keys: indexes stay comparable.
  assert.equal(c2.blindIndex('DE89 3704 0044 0532 0130 00', 'iban'), cipher.blindIndex('DE89370400440532013000', 'iban'));
});

it('blind index: equal (normalised) values match, different values, fields and tenants do not', () => {
  const { cipher } = tenant();
  const a = cipher.blindIndex('GB33 BUKB 2020 1555 5555 55', 'bank_account');
  assert.match(a, /^[\w-]{22}$/);
  assert.equal(cipher.blindIndex('gb33bukb20201555555555', 'bank_account'), a);
  assert.equal(cipher.blindIndex('ＧＢ３３ＢＵＫＢ２０２０１５５５５５５５５５', 'bank_account'), a, 'full-width digits normalise');
  assert.notEqual(cipher.blindIndex('GB33BUKB20201555555556', 'bank_account'), a);
  assert.notEqual(cipher.blindIndex('GB33BUKB20201555555555', 'document_number'), a);
  assert.notEqual(tenant(ring(), 'globex').cipher.blindIndex('GB33BUKB20201555555555', 'bank_account'), a);
  assert.equal(cipher.blindIndex('A-b', 'x', (v) => v), cipher.blindIndex('A-b', 'x', (v) => v));
  assert.notEqual(cipher.blindIndex('A-b', 'x', (v) => v), cipher.blindIndex('ab', 'x', (v) => v));
});

it('reads master keys from configuration and rejects bad ones without echoing them', () => {
  assert.equal(keyringFromEnv({}), null);
  const k = b64();
  const r = keyringFromEnv({ TRUSTLINE_MASTER_KEY: k })!;
  assert.match(r.current.id, /^m[0-9a-f]{8}$/);
  assert.equal(keyringFromEnv({ TRUSTLINE_MASTER_KEY: k })!.current.id, r.current.id);
  const short = randomBytes(16).toString('base64');
  assert.throws(() => keyringFromEnv({ TRUSTLINE_MASTER_KEY: short }), (e: Error) => /32 bytes/.test(e.message) && !e.message.includes(short));
  assert.throws(() => keyringFromEnv({ TRUSTLINE_MASTER_KEY: 'not base64!' }), /not base64/);
  assert.throws(() => keyringFromEnv({ TRUSTLINE_MASTER_KEY: `a:${k}`, TRUSTLINE_MASTER_KEYS_PREVIOUS: `a:${b64()}` }), /share the id a/);
});

it('deterministic sealing: same value, context and key → same string; anything else differs; decrypts as usual', () => {
  const { keyring, rows, cipher } = tenant();
  const det = (c: typeof cipher, v: string, ctx = 'payroll.account_number') => c.encryptField(v, ctx, { deterministic: true });
  const a = det(cipher, 'GB33BUKB20201555555555');
  assert.equal(det(cipher, 'GB33BUKB20201555555555'), a);
  assert.match(a, /^v1:f[0-9a-f]{12}:[\w-]{16}:[\w-]+:[\w-]{22}$/);
  assert.notEqual(det(cipher, 'GB33BUKB20201555555556'), a);
  assert.notEqual(a.split(':')[2], det(cipher, 'GB33BUKB20201555555556').split(':')[2], 'different values, different IVs');
  assert.notEqual(det(cipher, 'GB33BUKB20201555555555', 'payroll.wallet_address'), a, 'the context feeds the IV');
  assert.equal(cipher.decryptField(a, 'payroll.account_number'), 'GB33BUKB20201555555555');
  assert.throws(() => cipher.decryptField(a, 'payroll.wallet_address'), isCrypto('auth_failed'));
  assert.notEqual(det(tenant(keyring, 'globex').cipher, 'GB33BUKB20201555555555'), a, 'another tenant has other keys');
  const rotated = openTenant(rotateFieldKey(rows, 'acme', keyring), 'acme', keyring);
  const b = det(rotated, 'GB33BUKB20201555555555');
  assert.notEqual(b, a, 'a new field key gives a new string');
  assert.equal(rotated.activeKeyId, b.split(':')[1]);
  assert.equal(rotated.decryptField(a, 'payroll.account_number'), rotated.decryptField(b, 'payroll.account_number'));
  assert.notEqual(cipher.encryptField('x', 'c'), cipher.encryptField('x', 'c'), 'random IVs remain the default');
});
