// One FieldCipher per open database and tenant: keys created on first use, and the tenant's stored rows brought up
// to date (values from before encryption, or under a rotated-out field key) before the first value is read or written.
import { CryptoError, openTenant, type FieldCipher } from '../../crypto/index.js';
import { AppError } from '../../errors/app-error.js';
import type { Db } from '../db.js';
import { keyringFor } from './key-registry.js';
import { reseal, resealIsCurrent } from './reseal.js';
import { ensureTenantKeys } from './tenant-keys-repo.js';

const ciphers = new WeakMap<Db, Map<string, Promise<FieldCipher>>>();

export function tenantCipher(db: Db, tenantId: string): Promise<FieldCipher> {
  let byTenant = ciphers.get(db);
  if (!byTenant) { byTenant = new Map(); ciphers.set(db, byTenant); }
  let p = byTenant.get(tenantId);
  if (!p) {
    p = openCipher(db, tenantId);
    byTenant.set(tenantId, p);
    p.catch(() => byTenant.delete(tenantId)); // a failure (no key yet) is not remembered
  }
  return p;
}

/** Drops cached keys (after a rotation, or when a value names a key this process has not loaded yet). */
export function forgetCiphers(db: Db): void {
  ciphers.delete(db);
}

async function openCipher(db: Db, tenantId: string): Promise<FieldCipher> {
  const keyring = keyringFor(db);
  const rows = await ensureTenantKeys(db, tenantId, keyring);
  let cipher: FieldCipher;
  try {
    cipher = openTenant(rows, tenantId, keyring);
  } catch (e) {
    if (!(e instanceof CryptoError)) throw e;
    throw new AppError('CONFIG', `cannot open the encryption keys of tenant ${tenantId}: ${e.message}. `
      + 'Is TRUSTLINE_MASTER_KEY (or the data directory\'s trustline.master-key) the key these data were written with? See docs/security.md.', { status: 500, cause: e });
  }
  if (!await resealIsCurrent(db, tenantId, cipher.activeKeyId)) await reseal(db, tenantId, cipher);
  return cipher;
}
