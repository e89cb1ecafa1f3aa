// Deterministic STIX identifiers (UUIDv5, RFC 9562), so exporting the same indicators twice gives the same ids.
import { createHash } from 'node:crypto';

/** The namespace STIX 2.1 §2.9 names for deterministic SCO ids; reused here for our SDOs. */
const STIX_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

export function uuidV5(name: string, namespace = STIX_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

export const stixId = (type: string, name: string) => `${type}--${uuidV5(`${type}|${name}`)}`;

/** STIX timestamps: UTC, millisecond precision, `Z`. */
export function stixTime(t: string | number | Date): string {
  const d = new Date(t);
  if (Number.isNaN(d.getTime())) throw new Error(`not a time: ${String(t)}`);
  return d.toISOString();
}
