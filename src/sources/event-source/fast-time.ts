// Event time normalization with a fast path for timestamps that are already canonical UTC ISO strings.
//
// Why: most vendors (Okta `published`, GitHub `@timestamp` via ISO, Graph) already write
// `YYYY-MM-DDTHH:mm:ss.sssZ`; parsing it into a Date and printing it back costs more than the rest of
// the mapping. Such a string is its own canonical form once its date is known to exist.
import { toUtcIso } from '../../model/fields.js';

const CANONICAL = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
let lastDay = '';

/** Same result as `toUtcIso`, faster for canonical UTC strings; null (not a throw) for epochs out of range. */
export function eventTime(v: unknown): string | null {
  if (typeof v === 'string' && v.length === 24 && CANONICAL.test(v)) {
    const day = v.slice(0, 10);
    // Files are mostly in time order: one full parse per calendar day proves the date exists (no 02-30).
    if (day === lastDay) return v;
    const full = toUtcIso(v);
    if (full === v) lastDay = day;
    return full;
  }
  // Epoch numbers beyond the Date range (±8.64e15 ms) made toUtcIso throw and abort the whole file; they are a bad field.
  if (typeof v === 'number' && !(Math.abs(v) <= 8.64e15)) return null;
  if (typeof v === 'string' && /^\d{12,14}$/.test(v.trim()) && !(Number(v.trim()) <= 8.64e15)) return null;
  return toUtcIso(v);
}
