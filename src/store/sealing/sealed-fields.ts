// Which stored fields are encrypted, and the pure functions that seal a record for storage and open a stored row.
// Sealed: payroll account numbers/IBANs and wallet addresses (with a blind index each), identity-check dates of birth,
// and, in every HR table, extra CSV columns whose name says they hold such a number (`iban`, `document_number`, `dob`…).
import { CryptoError, parseSealed, type FieldCipher } from '../../crypto/index.js';
import { AppError } from '../../errors/app-error.js';
import { isSensitiveKey } from '../../model/sensitive-keys.js';

interface SealedColumn {
  /** The record property (camelCase) and the context the ciphertext is bound to. */
  prop: string;
  context: string;
  /** Property that receives the value's blind index, for equality search without decrypting. */
  indexProp?: string;
}

/**
 * One index domain for both payroll columns: a wallet written in the account-number column still matches the same
 * wallet in the wallet column, as the onboarding check has always matched them (src/onboard/bank-identity.ts).
 */
export const PAY_DESTINATION_INDEX = 'payment_destination';

const COLUMNS: Partial<Record<string, readonly SealedColumn[]>> = {
  payroll: [
    { prop: 'accountNumber', context: 'payroll.account_number', indexProp: 'accountNumberIndex' },
    { prop: 'walletAddress', context: 'payroll.wallet_address', indexProp: 'walletAddressIndex' },
  ],
  idv: [{ prop: 'dateOfBirth', context: 'idv_checks.date_of_birth' }],
};

/** Vendor logs are stored as they come (raw records stay unqueried); everything else is an HR-side target. */
export const targetIsSealed = (target: string): boolean => target !== 'events';

export const sealedColumns = (target: string): readonly SealedColumn[] => COLUMNS[target] ?? [];

/** Properties that exist only in storage (blind indexes): not part of the record as imported. */
export const indexProps = (target: string): string[] => sealedColumns(target).flatMap((c) => (c.indexProp ? [c.indexProp] : []));

const extraContext = (target: string, key: string) => `${target}.extra.${key}`;

/** A stored encrypted value (`v1:keyId:iv:ct:tag`), as opposed to a plaintext left by an earlier version. */
export function isSealed(v: unknown): v is string {
  if (typeof v !== 'string' || !v.startsWith('v1:')) return false;
  try { parseSealed(v); return true; } catch { return false; }
}

const extraOf = (r: Record<string, unknown>): Record<string, unknown> | null =>
  (r.extra && typeof r.extra === 'object' && !Array.isArray(r.extra) ? r.extra as Record<string, unknown> : null);

/** Every (context, value) this row holds in a sensitive field, sealed or not. */
function* sensitiveValues(target: string, r: Record<string, unknown>): Iterable<{ context: string; value: unknown }> {
  for (const c of sealedColumns(target)) if (r[c.prop] !== null && r[c.prop] !== undefined) yield { context: c.context, value: r[c.prop] };
  const extra = extraOf(r);
  if (extra) for (const [k, v] of Object.entries(extra)) if (isSensitiveKey(k) && typeof v === 'string') yield { context: extraContext(target, k), value: v };
}

/** True when a record about to be stored has anything to seal (so a batch without any needs no key). */
export function hasSensitiveValues(target: string, r: Record<string, unknown>): boolean {
  if (!targetIsSealed(target)) return false;
  for (const _ of sensitiveValues(target, r)) return true;
  return false;
}

export function hasSealedValues(target: string, r: Record<string, unknown>): boolean {
  for (const { value } of sensitiveValues(target, r)) if (isSealed(value)) return true;
  return false;
}

/**
 * True when a stored row holds a sensitive value in clear (from before encryption) or under a field key that is no
 * longer the active one, or lacks a blind index: `reseal` rewrites such rows.
 */
export function needsReseal(activeKeyId: string, target: string, r: Record<string, unknown>): boolean {
  for (const { value } of sensitiveValues(target, r)) {
    if (!isSealed(value) || parseSealed(value).keyId !== activeKeyId) return true;
  }
  return sealedColumns(target).some((c) => c.indexProp && typeof r[c.prop] === 'string' && !r[c.indexProp]);
}

// Deterministic: a re-imported record must seal to the same string, or the writer's row hash (and payroll's id)
// would change on every import and duplicates would be reported as updates.
const DET = { deterministic: true } as const;

/**
 * The record as it is stored: sensitive values encrypted, blind indexes added. A record with nothing sensitive comes
 * back equal (no properties added), so its row hash does not depend on which batch it was in.
 */
export function sealRecord(c: FieldCipher, target: string, r: Record<string, unknown>): Record<string, unknown> {
  if (!hasSensitiveValues(target, r)) return r;
  const out: Record<string, unknown> = { ...r };
  for (const col of sealedColumns(target)) {
    const v = r[col.prop];
    if (typeof v !== 'string') continue;
    out[col.prop] = c.encryptField(v, col.context, DET);
    if (col.indexProp) out[col.indexProp] = c.blindIndex(v, PAY_DESTINATION_INDEX);
  }
  const extra = extraOf(r);
  if (extra) {
    out.extra = Object.fromEntries(Object.entries(extra).map(([k, v]) =>
      [k, isSensitiveKey(k) && typeof v === 'string' ? c.encryptField(v, extraContext(target, k), DET) : v]));
  }
  return out;
}

/** A stored row with its sensitive values decrypted; plaintext left by an earlier version passes through. */
export function openRecord<T extends Record<string, unknown>>(c: FieldCipher, target: string, r: T): T {
  if (!hasSealedValues(target, r)) return r;
  const out: Record<string, unknown> = { ...r };
  const open = (v: unknown, context: string, what: string) => {
    if (!isSealed(v)) return v;
    try {
      return c.decryptField(v, context);
    } catch (e) {
      const code = e instanceof CryptoError ? e.code : 'unknown';
      throw new AppError('DECRYPT_FAILED', `cannot decrypt ${what}: ${e instanceof Error ? e.message : String(e)}`, { status: 500, details: { cryptoCode: code }, cause: e });
    }
  };
  for (const col of sealedColumns(target)) if (col.prop in r) out[col.prop] = open(r[col.prop], col.context, col.context);
  const extra = extraOf(r);
  if (extra) {
    out.extra = Object.fromEntries(Object.entries(extra).map(([k, v]) =>
      [k, isSensitiveKey(k) ? open(v, extraContext(target, k), `${target} extra column ${k}`) : v]));
  }
  return out as T;
}
