// Stable identities: the same record always hashes to the same id, so re-imports never duplicate.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../sources/event-source/event-id.js';

export { canonicalJson };

export function stableId(...parts: unknown[]): string {
  return createHash('sha256').update(canonicalJson(parts)).digest('hex').slice(0, 32);
}
