// Rewrites stored rows whose sensitive values are in clear (written before encryption existed) or under a field key
// that is no longer active (after `trustline keys rotate --field`). Each row is rebuilt as the record an import
// would pass, sealed, and written through writeRecords: ids and row hashes come out exactly as a later re-import
// of the same file computes them, so that re-import still reports duplicates.
import { and, eq, getTableColumns, inArray, or, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { FieldCipher } from '../../crypto/index.js';
import type { Target } from '../../sources/types.js';
import type { Db } from '../db.js';
import * as s from '../schema/index.js';
import { writeRecords } from '../writers.js';
import { indexProps, needsReseal, openRecord, sealRecord } from './sealed-fields.js';

/** HR tables by import target. A new HR target belongs here too, so that rotation re-encrypts its extra columns. */
const TABLES: Partial<Record<Target, PgTable>> = {
  people: s.people, accounts: s.accounts, shipments: s.shipments, payroll: s.payroll, candidates: s.candidates,
  references: s.references, interviews: s.interviews, idv: s.idvChecks, endpoint_metrics: s.endpointMetrics, travel: s.travel,
};

const MARKER = 'sealing';
const VERSION = 1;

export interface ResealCounts { [target: string]: number }

/** True when the tenant's rows were last brought up to date under this field key (one settings read). */
export async function resealIsCurrent(db: Db, tenantId: string, activeKeyId: string): Promise<boolean> {
  const [row] = await db.select().from(s.tenantSettings).where(and(eq(s.tenantSettings.tenantId, tenantId), eq(s.tenantSettings.key, MARKER)));
  const v = row?.value as { version?: number; fieldKey?: string } | undefined;
  return v?.version === VERSION && v.fieldKey === activeKeyId;
}

export async function reseal(db: Db, tenantId: string, cipher: FieldCipher): Promise<ResealCounts> {
  const counts: ResealCounts = {};
  for (const [target, table] of Object.entries(TABLES) as [Target, PgTable][]) {
    const n = await resealTable(db, tenantId, cipher, target, table);
    if (n) counts[target] = n;
  }
  const value = { version: VERSION, fieldKey: cipher.activeKeyId };
  await db.insert(s.tenantSettings).values({ tenantId, key: MARKER, value })
    .onConflictDoUpdate({ target: [s.tenantSettings.tenantId, s.tenantSettings.key], set: { value } });
  return counts;
}

async function resealTable(db: Db, tenantId: string, cipher: FieldCipher, target: Target, table: PgTable): Promise<number> {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const tenantCol = columns.tenantId!;
  const rows = (await db.select().from(table).where(eq(tenantCol, tenantId))) as Record<string, unknown>[];
  const stale = rows.filter((r) => needsReseal(cipher.activeKeyId, target, r));
  const key = keyProps(table, columns);
  for (let i = 0; i < stale.length; i += CHUNK) {
    const chunk = stale.slice(i, i + CHUNK);
    const records = chunk.map((r) => sealRecord(cipher, target, asImported(target, columns, openRecord(cipher, target, r))));
    await db.transaction(async (t) => {
      const tx = t as unknown as Db;
      await writeRecords(tx, tenantId, target, records);
      // Rows whose id derives from a sealed value (payroll) were written under a new id: the old rows go.
      const again = (await tx.select().from(table).where(and(eq(tenantCol, tenantId), keyIn(columns, key, chunk)))) as Record<string, unknown>[];
      const left = again.filter((r) => needsReseal(cipher.activeKeyId, target, r));
      if (left.length) await tx.delete(table).where(and(eq(tenantCol, tenantId), keyIn(columns, key, left)));
    });
  }
  return stale.length;
}

const CHUNK = 500;

/** The record as the import pipeline produced it: no storage bookkeeping, no derived id, timestamps as UTC ISO. */
function asImported(target: string, columns: Record<string, PgColumn>, row: Record<string, unknown>): Record<string, unknown> {
  const drop = new Set(['tenantId', 'rowHash', 'importedAt', 'id', ...indexProps(target)]);
  const out: Record<string, unknown> = {};
  for (const [prop, col] of Object.entries(columns)) {
    if (drop.has(prop)) continue;
    const v = row[prop];
    out[prop] = v !== null && v !== undefined && col.columnType === 'PgTimestampString' ? new Date(String(v)).toISOString() : v;
  }
  return out;
}

/** The primary key's properties other than the tenant. */
function keyProps(table: PgTable, columns: Record<string, PgColumn>): string[] {
  const names = getTableConfig(table).primaryKeys[0]?.columns.map((c) => c.name) ?? [];
  return Object.entries(columns).filter(([, c]) => names.includes(c.name) && c.name !== 'tenant_id').map(([p]) => p);
}

function keyIn(columns: Record<string, PgColumn>, key: string[], rows: Record<string, unknown>[]): SQL {
  if (key.length === 1) return inArray(columns[key[0]!]!, rows.map((r) => r[key[0]!]));
  return or(...rows.map((r) => and(...key.map((p) => eq(columns[p]!, r[p])))))!;
}
