// Field-level masking of API responses: bank account numbers, IBANs, wallet addresses, ID document numbers and
// dates of birth reach only roles that need them (admin, legal); everyone else sees the last four characters.
import { isBirthDateKey, isSensitiveKey } from '../model/sensitive-keys.js';
import { seesSensitiveNumbers, type Role } from './roles.js';

export { isSensitiveKey };

/** `…1234` for numbers; a date of birth shows nothing (its last characters are the day). */
export function maskValue(key: string, v: string): string {
  if (isBirthDateKey(key)) return '…';
  const compact = v.replace(/[\s-]/g, '');
  return compact.length <= 4 ? '…' : `…${compact.slice(-4)}`;
}

/** A copy with every sensitive string masked, unless the role may see it; other values are shared, not copied. */
export function maskFor<T>(value: T, role: Role): T {
  if (seesSensitiveNumbers(role)) return value;
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string') return key !== null && isSensitiveKey(key) ? maskValue(key, v) : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object' && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(value, null) as T;
}
