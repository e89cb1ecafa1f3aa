// Encrypts and decrypts sensitive fields of one tenant with its data keys; re-encrypts lazily after a
// data-key rotation, and computes blind indexes (HMAC) so encrypted values can still be matched for equality.
import { createHmac } from 'node:crypto';
import { CryptoError, open, seal, sealedKeyId } from './aead.js';
import type { DataKey } from './data-keys.js';

export interface FieldCipher {
  /** The field key new values are encrypted with. */
  readonly activeKeyId: string;
  /**
   * `context` names what the value is (e.g. `payroll.account_number`): a value moved to another column will not decrypt.
   * `deterministic`: the same value, context and key always give the same string (see `syntheticIv`), which stored
   * rows need so that a re-imported record hashes the same; it reveals which values are equal, as a blind index does.
   */
  encryptField(plaintext: string, context: string, opts?: { deterministic?: boolean }): string;
  decryptField(sealed: string, context: string): string;
  /** True when the value is under an older field key (re-encrypt it on the next write). */
  isStale(sealed: string): boolean;
  /** The value under the active key: the same string when already current. */
  reencryptField(sealed: string, context: string): string;
  /** Keyed hash of the normalised value: equal values → equal index; same value in different fields → different. */
  blindIndex(value: string, field: string, normalise?: (v: string) => string): string;
}

const aadOf = (context: string) => `trustline/field|${context}`;

/**
 * SIV-style IV for deterministic sealing: HMAC-SHA256 of the context and value under a key derived from the field
 * key, cut to 96 bits. Equal inputs give equal IVs (hence equal ciphertexts); different values share an IV only by a
 * 96-bit collision (≈ n²/2⁹⁷ for n values — 10⁻¹⁶ at ten million), so GCM's nonce rule still holds in practice.
 */
function syntheticIv(ivKey: Buffer, aad: string, plaintext: string): Buffer {
  return createHmac('sha256', ivKey).update(aad, 'utf8').update('\u0000').update(plaintext, 'utf8').digest().subarray(0, 12);
}

/** Default normalisation for identifiers: NFKC, no spaces/dashes/dots, upper case (IBANs, account and document numbers). */
export const normaliseIdentifier = (v: string): string => v.normalize('NFKC').replace(/[\s\-.]/g, '').toUpperCase();

export function fieldCipher(keys: DataKey[], activeFieldKeyId: string): FieldCipher {
  const byId = new Map(keys.filter((k) => k.purpose === 'field').map((k) => [k.id, k]));
  const active = byId.get(activeFieldKeyId);
  if (!active) throw new CryptoError('unknown_key', `active field key ${activeFieldKeyId} is not among the tenant's keys`);
  const index = keys.find((k) => k.purpose === 'index');
  // Separate key for IVs, so the IV-deriving MAC never uses the encryption key itself.
  const ivKey = createHmac('sha256', active.key).update('trustline/siv-iv').digest();
  const decryptField = (sealed: string, context: string): string => {
    const id = sealedKeyId(sealed);
    const k = byId.get(id);
    if (!k) throw new CryptoError('unknown_key', `value is encrypted under field key ${id}, which this tenant does not have`);
    return open(k.key, sealed, aadOf(context)).toString('utf8');
  };
  return {
    activeKeyId: active.id,
    encryptField: (plaintext, context, opts) => seal(active.key, active.id, Buffer.from(plaintext, 'utf8'), aadOf(context),
      opts?.deterministic ? syntheticIv(ivKey, aadOf(context), plaintext) : undefined),
    decryptField,
    isStale: (sealed) => sealedKeyId(sealed) !== active.id,
    reencryptField(sealed, context) {
      if (sealedKeyId(sealed) === active.id) return sealed;
      return seal(active.key, active.id, Buffer.from(decryptField(sealed, context), 'utf8'), aadOf(context));
    },
    blindIndex(value, field, normalise = normaliseIdentifier) {
      if (!index) throw new CryptoError('unknown_key', 'tenant has no blind-index key');
      // 128 bits: collisions are negligible for equality search; the full 256 would only lengthen the column.
      return createHmac('sha256', index.key).update(`${field}\u0000${normalise(value)}`, 'utf8').digest('base64url').slice(0, 22);
    },
  };
}
