// Hashes: a stable alert id (sha256) and a tiny 32-bit fingerprint used to keep per-person state compact.
import { createHash } from 'node:crypto';

export function alertId(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 32);
}

/** FNV-1a 32-bit, base36: an IP or session id in ~6 characters of state instead of up to 39. */
export function fp(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
