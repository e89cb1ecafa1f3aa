// The two rotations (docs/security.md "Key rotation"): master key — re-wrap every data key, no value rewritten;
// field key — a new active data key for the tenant, then every stored value re-encrypted under it.
import { openTenant } from '../../crypto/index.js';
import type { Db } from '../db.js';
import { keyringFor } from './key-registry.js';
import { reseal, type ResealCounts } from './reseal.js';
import { forgetCiphers, tenantCipher } from './tenant-cipher.js';
import { addFieldKey, loadKeyRows, rewrapDataKeys } from './tenant-keys-repo.js';

export async function rotateMasterKey(db: Db): Promise<{ rewrapped: number; masterKeysInUse: string[]; current: string }> {
  const keyring = keyringFor(db);
  const r = await rewrapDataKeys(db, keyring);
  forgetCiphers(db);
  return { rewrapped: r.changed, masterKeysInUse: r.masterKeysInUse, current: keyring.current.id };
}

export async function rotateFieldKey(db: Db, tenantId: string): Promise<{ fieldKey: string; resealed: ResealCounts }> {
  const keyring = keyringFor(db);
  await tenantCipher(db, tenantId); // the tenant has keys, and nothing is left in clear from before
  const fieldKey = await addFieldKey(db, tenantId, keyring);
  forgetCiphers(db);
  const cipher = openTenant(await loadKeyRows(db, tenantId), tenantId, keyring);
  return { fieldKey, resealed: await reseal(db, tenantId, cipher) };
}
