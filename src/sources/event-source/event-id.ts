// Stable event ids: the same vendor record always gets the same id, so re-import never duplicates.
import * as crypto from 'node:crypto';

// One-shot crypto.hash (Node ≥ 20.12) skips the Hash object per call; same digest as createHash.
const sha256Hex: (s: string) => string = typeof crypto.hash === 'function'
  ? (s) => crypto.hash('sha256', s, 'hex')
  : (s) => crypto.createHash('sha256').update(s).digest('hex');

/** First 32 hex chars of sha256(`${source}:${sourceEventId}`). */
export function eventId(source: string, sourceEventId: string): string {
  return sha256Hex(`${source}:${sourceEventId}`).slice(0, 32);
}

/** JSON with object keys sorted at every level, so key order in a file never changes a hash. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** Id for records the vendor gives no id: a hash of the canonical record (full sha256, used as sourceEventId). */
export function contentId(raw: unknown): string {
  return sha256Hex(canonicalJson(raw));
}
