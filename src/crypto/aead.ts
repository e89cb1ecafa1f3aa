// AES-256-GCM sealing into the compact versioned string `v1:keyId:iv:ciphertext:tag` (base64url parts).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const KEY_ID = /^[A-Za-z0-9_-]{1,40}$/;
const VERSION = 'v1';

export class CryptoError extends Error {
  constructor(readonly code: 'bad_format' | 'unknown_key' | 'auth_failed' | 'bad_key', message: string) {
    super(message);
    this.name = 'CryptoError';
  }
}

export function checkKey(key: Uint8Array, what: string): void {
  if (key.byteLength !== 32) throw new CryptoError('bad_key', `${what} must be 32 bytes (AES-256), got ${key.byteLength}`);
}

/**
 * Encrypts with a fresh random 96-bit IV; `aad` binds the ciphertext to its context (tenant, key id, column).
 * `iv` is for deterministic sealing only (field-cipher.ts derives it from the value); never pass a constant.
 */
export function seal(key: Uint8Array, keyId: string, plaintext: Uint8Array, aad: string, iv: Uint8Array = randomBytes(12)): string {
  checkKey(key, 'key');
  if (!KEY_ID.test(keyId)) throw new CryptoError('bad_format', 'key id must be 1–40 of A–Z a–z 0–9 _ -');
  if (iv.byteLength !== 12) throw new CryptoError('bad_format', 'iv must be 12 bytes');
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(`${VERSION}:${keyId}:${aad}`, 'utf8'));
  const ct = Buffer.concat([c.update(plaintext), c.final()]);
  return [VERSION, keyId, Buffer.from(iv).toString('base64url'), ct.toString('base64url'), c.getAuthTag().toString('base64url')].join(':');
}

export interface Sealed { keyId: string; iv: Buffer; ct: Buffer; tag: Buffer }

export function parseSealed(s: string): Sealed {
  const parts = typeof s === 'string' ? s.split(':') : [];
  const [v, keyId, iv, ct, tag] = parts;
  if (parts.length !== 5 || v !== VERSION || !keyId || !KEY_ID.test(keyId) || iv === undefined || ct === undefined || tag === undefined) {
    throw new CryptoError('bad_format', 'not an encrypted value (expected v1:keyId:iv:ciphertext:tag)');
  }
  const b = (x: string) => Buffer.from(x, 'base64url');
  const out = { keyId, iv: b(iv), ct: b(ct), tag: b(tag) };
  if (out.iv.length !== 12 || out.tag.length !== 16) throw new CryptoError('bad_format', 'encrypted value has a malformed iv or tag');
  return out;
}

/** The key id a sealed string names, without decrypting it. */
export const sealedKeyId = (s: string): string => parseSealed(s).keyId;

export function open(key: Uint8Array, sealed: string, aad: string): Buffer {
  checkKey(key, 'key');
  const { keyId, iv, ct, tag } = parseSealed(sealed);
  const d = createDecipheriv('aes-256-gcm', key, iv);
  d.setAAD(Buffer.from(`${VERSION}:${keyId}:${aad}`, 'utf8'));
  d.setAuthTag(tag);
  try {
    return Buffer.concat([d.update(ct), d.final()]);
  } catch {
    // One message for wrong key, wrong context and tampering: telling them apart would help an attacker.
    throw new CryptoError('auth_failed', `cannot decrypt a value under key ${keyId}: wrong key or context, or the value was altered`);
  }
}
