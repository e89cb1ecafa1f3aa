// Per-tenant data keys, stored only wrapped (encrypted) by a master key; master-key rotation re-wraps them.
import { randomBytes } from 'node:crypto';
import { CryptoError, open, seal, sealedKeyId } from './aead.js';
import type { Keyring } from './keyring.js';

/** `field` keys encrypt values (rotatable); the `index` key computes blind indexes (stable for equality search). */
export type KeyPurpose = 'field' | 'index';

/** What is stored per data key (see schema.ts): never the key itself. */
export interface WrappedDataKey {
  tenantId: string;
  id: string;
  purpose: KeyPurpose;
  /** `v1:masterKeyId:iv:ct:tag` */
  wrapped: string;
  createdAt: string;
  /** The field key new values are encrypted with; exactly one per tenant. */
  active: boolean;
}

export interface DataKey { id: string; purpose: KeyPurpose; key: Buffer }

const aadOf = (k: Pick<WrappedDataKey, 'tenantId' | 'id' | 'purpose'>) => `trustline/data-key|${k.tenantId}|${k.id}|${k.purpose}`;

export function createDataKey(tenantId: string, purpose: KeyPurpose, keyring: Keyring, now = new Date()): { record: WrappedDataKey; key: DataKey } {
  const id = `${purpose === 'field' ? 'f' : 'i'}${randomBytes(6).toString('hex')}`;
  const key = randomBytes(32);
  const meta = { tenantId, id, purpose };
  return {
    record: { ...meta, wrapped: seal(keyring.current.key, keyring.current.id, key, aadOf(meta)), createdAt: now.toISOString(), active: purpose === 'field' },
    key: { id, purpose, key },
  };
}

export function unwrapDataKey(record: WrappedDataKey, keyring: Keyring): DataKey {
  const mkId = sealedKeyId(record.wrapped);
  const mk = keyring.get(mkId);
  if (!mk) throw new CryptoError('unknown_key', `data key ${record.id} of tenant ${record.tenantId} is wrapped by master key ${mkId}, which is not configured (TRUSTLINE_MASTER_KEY / TRUSTLINE_MASTER_KEYS_PREVIOUS)`);
  return { id: record.id, purpose: record.purpose, key: open(mk.key, record.wrapped, aadOf(record)) };
}

/** The record re-wrapped under the current master key (unchanged when it already is). */
export function rewrapDataKey(record: WrappedDataKey, keyring: Keyring): WrappedDataKey {
  if (sealedKeyId(record.wrapped) === keyring.current.id) return record;
  const { key } = unwrapDataKey(record, keyring);
  return { ...record, wrapped: seal(keyring.current.key, keyring.current.id, key, aadOf(record)) };
}

/** Master keys still needed by these records: a previous master key can be removed once it is not listed. */
export function masterKeysInUse(records: WrappedDataKey[]): string[] {
  return [...new Set(records.map((r) => sealedKeyId(r.wrapped)))].sort();
}
