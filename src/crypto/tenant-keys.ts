// A tenant's key set as stored rows: first-use creation, opening into a FieldCipher, and the two rotations
// (master key: re-wrap rows; field key: new active key, old values re-encrypted lazily).
import { CryptoError } from './aead.js';
import { createDataKey, rewrapDataKey, unwrapDataKey, type WrappedDataKey } from './data-keys.js';
import { fieldCipher, type FieldCipher } from './field-cipher.js';
import type { Keyring } from './keyring.js';

/** Rows to insert so the tenant has an active field key and an index key (none when it already has both). */
export function missingTenantKeys(records: WrappedDataKey[], tenantId: string, keyring: Keyring, now = new Date()): WrappedDataKey[] {
  const own = records.filter((r) => r.tenantId === tenantId);
  const out: WrappedDataKey[] = [];
  if (!own.some((r) => r.purpose === 'field' && r.active)) out.push(createDataKey(tenantId, 'field', keyring, now).record);
  if (!own.some((r) => r.purpose === 'index')) out.push(createDataKey(tenantId, 'index', keyring, now).record);
  return out;
}

export function openTenant(records: WrappedDataKey[], tenantId: string, keyring: Keyring): FieldCipher {
  const own = records.filter((r) => r.tenantId === tenantId);
  const active = own.filter((r) => r.purpose === 'field' && r.active);
  if (active.length !== 1) throw new CryptoError('unknown_key', `tenant ${tenantId} has ${active.length} active field keys (expected 1)`);
  return fieldCipher(own.map((r) => unwrapDataKey(r, keyring)), active[0]!.id);
}

/** Master-key rotation: every row wrapped under the current master key (rows already current come back unchanged). */
export function rewrapAll(records: WrappedDataKey[], keyring: Keyring): { records: WrappedDataKey[]; changed: number } {
  let changed = 0;
  const out = records.map((r) => { const n = rewrapDataKey(r, keyring); if (n !== r) changed++; return n; });
  return { records: out, changed };
}

/** Field-key rotation: the old active key stays for decryption; the returned rows replace the tenant's. */
export function rotateFieldKey(records: WrappedDataKey[], tenantId: string, keyring: Keyring, now = new Date()): WrappedDataKey[] {
  const fresh = createDataKey(tenantId, 'field', keyring, now).record;
  return [...records.map((r) => (r.tenantId === tenantId && r.purpose === 'field' && r.active ? { ...r, active: false } : r)), fresh];
}
