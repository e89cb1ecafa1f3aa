// Master keys from configuration: the current one wraps new data keys; previous ones still unwrap old ones.
import { createHash } from 'node:crypto';
import { CryptoError, KEY_ID, checkKey } from './aead.js';

export interface MasterKey { id: string; key: Buffer }
export interface Keyring {
  current: MasterKey;
  get(id: string): MasterKey | undefined;
  ids(): string[];
}

/** A key id derived from the key (first 32 bits of its sha256): stable, and says nothing useful about the key. */
export const fingerprint = (key: Uint8Array): string => `m${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;

/** `base64` or `id:base64` → a 32-byte master key. */
export function parseMasterKey(spec: string, what = 'TRUSTLINE_MASTER_KEY'): MasterKey {
  const s = spec.trim();
  const colon = s.indexOf(':');
  const id = colon > 0 ? s.slice(0, colon) : null;
  const b64 = colon > 0 ? s.slice(colon + 1) : s;
  if (id !== null && !KEY_ID.test(id)) throw new CryptoError('bad_key', `${what}: key id must be 1–40 of A–Z a–z 0–9 _ -`);
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(b64)) throw new CryptoError('bad_key', `${what}: not base64`);
  const key = Buffer.from(b64, 'base64');
  checkKey(key, what); // the message names the variable, never the value
  return { id: id ?? fingerprint(key), key };
}

export function makeKeyring(current: MasterKey, previous: MasterKey[] = []): Keyring {
  const byId = new Map<string, MasterKey>();
  for (const k of [...previous, current]) {
    const seen = byId.get(k.id);
    if (seen && !seen.key.equals(k.key)) throw new CryptoError('bad_key', `two different master keys share the id ${k.id}`);
    byId.set(k.id, k);
  }
  return { current, get: (id) => byId.get(id), ids: () => [...byId.keys()] };
}

/**
 * Reads TRUSTLINE_MASTER_KEY (`[id:]base64`, 32 bytes) and TRUSTLINE_MASTER_KEYS_PREVIOUS (comma-separated
 * `id:base64`, kept during a rotation). Returns null when no master key is configured.
 */
export function keyringFromEnv(env: Record<string, string | undefined> = process.env): Keyring | null {
  const cur = env.TRUSTLINE_MASTER_KEY?.trim();
  if (!cur) return null;
  const prev = (env.TRUSTLINE_MASTER_KEYS_PREVIOUS ?? '').split(',').map((s) => s.trim()).filter(Boolean)
    .map((s) => parseMasterKey(s, 'TRUSTLINE_MASTER_KEYS_PREVIOUS'));
  return makeKeyring(parseMasterKey(cur), prev);
}
