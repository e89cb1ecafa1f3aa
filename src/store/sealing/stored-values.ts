// The two doors between records and storage: seal before writing (import pipeline), open after reading (store reads).
import type { FieldCipher } from '../../crypto/index.js';
import { AppError } from '../../errors/app-error.js';
import type { Db } from '../db.js';
import { hasSealedValues, hasSensitiveValues, openRecord, sealRecord } from './sealed-fields.js';
import { forgetCiphers, tenantCipher } from './tenant-cipher.js';

/** Records of one import target as they must be stored. A batch with nothing sensitive needs no key and is returned as is. */
export async function sealForStore(db: Db, tenantId: string, target: string, records: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
  if (!records.some((r) => hasSensitiveValues(target, r))) return records;
  const c = await tenantCipher(db, tenantId);
  return records.map((r) => sealRecord(c, target, r));
}

/** Stored rows (of the import target's table) with their sensitive values decrypted. */
export async function openStored<T extends Record<string, unknown>>(db: Db, tenantId: string, target: string, rows: T[]): Promise<T[]> {
  if (!rows.some((r) => hasSealedValues(target, r))) return rows;
  const open = (c: FieldCipher) => rows.map((r) => openRecord(c, target, r));
  try {
    return open(await tenantCipher(db, tenantId));
  } catch (e) {
    // A field key added by another process (rotation) since this one loaded its keys: reload once.
    if (!(e instanceof AppError) || (e.details as { cryptoCode?: string } | undefined)?.cryptoCode !== 'unknown_key') throw e;
    forgetCiphers(db);
    return open(await tenantCipher(db, tenantId));
  }
}
