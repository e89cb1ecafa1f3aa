// Field-level masking of API responses: bank account numbers, IBANs, wallet addresses, ID document numbers and
// dates of birth reach only roles that need them (admin, legal); everyone else sees the last four characters.
import { seesSensitiveNumbers, type Role } from './roles.js';

/** Keys (camelCase or snake_case, any depth, including an import's extra CSV columns) that hold such values. */
const SENSITIVE = /^(account_?number|iban|bank_?account|wallet(_?address)?|document_?number|passport(_?number)?|id_?number|national_?id|ssn|tax_?id|date_?of_?birth|dob|birth_?date)$/i;
const BIRTH = /birth|dob/i;

export const isSensitiveKey = (k: string) => SENSITIVE.test(k);

/** `…1234` for numbers; a date of birth shows nothing (its last characters are the day). */
export function maskValue(key: string, v: string): string {
  if (BIRTH.test(key)) return '…';
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
