// A tenant's wrapped data keys in `data_keys`: created on first use (under a per-tenant lock, so two processes never
// make two active field keys), re-wrapped on master-key rotation, replaced on field-key rotation.
import { and, eq, sql } from 'drizzle-orm';
import { masterKeysInUse, missingTenantKeys, rewrapAll, rotateFieldKey, type Keyring, type WrappedDataKey } from '../../crypto/index.js';
import type { Db } from '../db.js';
import { dataKeys } from '../schema/index.js';

const toWrapped = (r: typeof dataKeys.$inferSelect): WrappedDataKey => ({
  tenantId: r.tenantId, id: r.id, purpose: r.purpose === 'index' ? 'index' : 'field', wrapped: r.wrapped, createdAt: r.createdAt, active: r.active,
});

export async function loadKeyRows(db: Db, tenantId?: string): Promise<WrappedDataKey[]> {
  const q = db.select().from(dataKeys);
  return (await (tenantId === undefined ? q : q.where(eq(dataKeys.tenantId, tenantId)))).map(toWrapped);
}

const lockTenant = (tx: Db, tenantId: string) => tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`data_keys:${tenantId}`}))`);

/** The tenant's key rows, creating an active field key and an index key when it has none. */
export async function ensureTenantKeys(db: Db, tenantId: string, keyring: Keyring): Promise<WrappedDataKey[]> {
  const rows = await loadKeyRows(db, tenantId);
  if (missingTenantKeys(rows, tenantId, keyring).length === 0) return rows;
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    await lockTenant(tx, tenantId);
    const add = missingTenantKeys(await loadKeyRows(tx, tenantId), tenantId, keyring);
    if (add.length) await tx.insert(dataKeys).values(add);
  });
  return loadKeyRows(db, tenantId);
}

/** Master-key rotation: every tenant's keys wrapped under the current master key. No field is rewritten. */
export async function rewrapDataKeys(db: Db, keyring: Keyring): Promise<{ changed: number; masterKeysInUse: string[] }> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const rows = await loadKeyRows(tx);
    const { records, changed } = rewrapAll(rows, keyring);
    for (let i = 0; i < rows.length; i++) {
      if (records[i] !== rows[i]) {
        await tx.update(dataKeys).set({ wrapped: records[i]!.wrapped }).where(and(eq(dataKeys.tenantId, rows[i]!.tenantId), eq(dataKeys.id, rows[i]!.id)));
      }
    }
    return { changed, masterKeysInUse: masterKeysInUse(records) };
  });
}

/** Field-key rotation: a new active field key; the old ones stay to decrypt until `reseal` has rewritten every value. */
export async function addFieldKey(db: Db, tenantId: string, keyring: Keyring): Promise<string> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    await lockTenant(tx, tenantId);
    const before = await loadKeyRows(tx, tenantId);
    const after = rotateFieldKey(before, tenantId, keyring);
    const fresh = after.find((r) => !before.some((b) => b.id === r.id))!;
    await tx.update(dataKeys).set({ active: false }).where(and(eq(dataKeys.tenantId, tenantId), eq(dataKeys.purpose, 'field')));
    await tx.insert(dataKeys).values(fresh);
    return fresh.id;
  });
}
