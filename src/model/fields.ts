// Field types shared by every canonical CSV and vendor record: empty cell = unknown (null).
import { z } from 'zod';

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v);

/** A text cell that may be empty. */
export const optText = z.preprocess(blankToNull, z.string().nullable().default(null));
/** A text cell that must be filled. */
export const reqText = z.preprocess(blankToNull, z.string({ error: 'required' }).min(1, 'required'));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function validDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
/** ISO 8601 calendar date (YYYY-MM-DD) that really exists. */
export const isoDate = z.string().refine(validDate, { message: 'not a valid ISO 8601 date (YYYY-MM-DD)' });
export const optDate = z.preprocess(blankToNull, isoDate.nullable().default(null));
export const reqDate = z.preprocess(blankToNull, z.string({ error: 'required' }).pipe(isoDate));

/** ISO 8601 timestamp with any offset, or epoch milliseconds → canonical UTC ISO string. */
export function toUtcIso(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v).toISOString();
  if (typeof v !== 'string' || v.trim() === '') return null;
  const s = v.trim();
  if (/^\d{12,14}$/.test(s)) return new Date(Number(s)).toISOString();
  // Require a date part so "12" or "yes" never become a time.
  if (!/^\d{4}-\d{2}-\d{2}/.test(s)) return null;
  const d = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(s) || s.length === 10 ? s : `${s}Z`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
export const timestamp = z.preprocess(
  (v) => (blankToNull(v) === null ? undefined : toUtcIso(blankToNull(v)) ?? `invalid:${String(v)}`),
  z.string({ error: 'required' }).refine((s) => !s.startsWith('invalid:'), { message: 'not an ISO 8601 timestamp or epoch ms' }),
);
export const optTimestamp = z.preprocess(
  (v) => (blankToNull(v) === null ? null : toUtcIso(blankToNull(v)) ?? `invalid:${String(v)}`),
  z.string().refine((s) => !s.startsWith('invalid:'), { message: 'not an ISO 8601 timestamp or epoch ms' }).nullable(),
);

const ISO_COUNTRY = /^[A-Z]{2}$/;
/** ISO 3166-1 alpha-2, upper-cased. */
export const optCountry = z.preprocess(
  (v) => { const b = blankToNull(v); return typeof b === 'string' ? b.toUpperCase() : b; },
  z.string().regex(ISO_COUNTRY, 'not an ISO 3166-1 alpha-2 country code').nullable().default(null),
);

export const email = z.string().trim().toLowerCase().pipe(z.email('not a valid e-mail address'));
export const reqEmail = z.preprocess(blankToNull, z.string({ error: 'required' }).pipe(email));
export const optEmail = z.preprocess(blankToNull, email.nullable().default(null));

/** `true`/`false` (also yes/no, 1/0, case-insensitive); empty = unknown. */
export const optBool = z.preprocess((v) => {
  const b = blankToNull(v);
  if (typeof b !== 'string') return b;
  const s = b.toLowerCase();
  if (['true', 'yes', '1', 'y'].includes(s)) return true;
  if (['false', 'no', '0', 'n'].includes(s)) return false;
  return b;
}, z.boolean({ error: 'expected true or false' }).nullable().default(null));

export const optNumber = z.preprocess((v) => {
  const b = blankToNull(v);
  return typeof b === 'string' ? (Number.isFinite(Number(b)) ? Number(b) : b) : b;
}, z.number({ error: 'expected a number' }).nullable().default(null));

function validTimeZone(tz: string): boolean {
  try { new Intl.DateTimeFormat('en', { timeZone: tz }); return true; } catch { return false; }
}
export const optTimeZone = z.preprocess(blankToNull, z.string().refine(validTimeZone, 'not an IANA time zone').nullable().default(null));

export function optEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess((v) => { const b = blankToNull(v); return typeof b === 'string' ? b.toLowerCase() : b; },
    z.enum(values, { error: `expected one of ${values.join('|')}` }).nullable().default(null));
}
export function reqEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess((v) => { const b = blankToNull(v); return typeof b === 'string' ? b.toLowerCase() : undefined; },
    z.enum(values, { error: `required: one of ${values.join('|')}` }));
}
