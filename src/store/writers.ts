// Writes validated records in multi-row statements: new rows inserted, changed rows updated, identical rows counted as duplicates.
import type { PGlite } from '@electric-sql/pglite';
import { and, eq, getTableColumns, getTableName, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Target } from '../sources/types.js';
import { columnsToSet, copyClient, copyColumns, copyRows, isUniqueViolation, withoutNulEscapes } from './copy-rows.js';
import type { Db } from './db.js';
import { canonicalJson, stableId } from './record-id.js';
import * as s from './schema/index.js';

export interface WriteCounts { inserted: number; updated: number; duplicate: number }

interface TargetSpec {
  table: PgTable;
  key: PgColumn[];
  /** Derives the id for tables keyed by content. */
  id?: (r: Record<string, unknown>) => string;
  /** Events are immutable: a known id is a duplicate, never an update. */
  immutable?: boolean;
}

const specs: Record<Target, TargetSpec> = {
  people: { table: s.people, key: [s.people.tenantId, s.people.employeeId] },
  accounts: { table: s.accounts, key: [s.accounts.tenantId, s.accounts.system, s.accounts.account] },
  shipments: { table: s.shipments, key: [s.shipments.tenantId, s.shipments.assetId] },
  candidates: { table: s.candidates, key: [s.candidates.tenantId, s.candidates.candidateId] },
  payroll: {
    table: s.payroll, key: [s.payroll.tenantId, s.payroll.id],
    id: (r) => stableId(r.employeeId, r.effectiveDate, r.method, r.accountNumber, r.walletAddress, r.bic),
  },
  references: {
    table: s.references, key: [s.references.tenantId, s.references.id],
    id: (r) => stableId(r.candidateId, r.refereeName, r.refereeEmail, r.refereePhone),
  },
  interviews: { table: s.interviews, key: [s.interviews.tenantId, s.interviews.id], id: (r) => stableId(r.candidateId, r.round, r.heldAt) },
  idv: { table: s.idvChecks, key: [s.idvChecks.tenantId, s.idvChecks.id], id: (r) => stableId(r.subjectId, r.provider, r.checkedAt) },
  endpoint_metrics: {
    table: s.endpointMetrics, key: [s.endpointMetrics.tenantId, s.endpointMetrics.id],
    id: (r) => stableId(r.employeeId, r.at, r.deviceId, r.metric),
  },
  events: { table: s.events, key: [s.events.tenantId, s.events.id], immutable: true },
  travel: { table: s.travel, key: [s.travel.tenantId, s.travel.id], id: (r) => stableId(r.employeeId, r.start, r.end, r.country, r.city) },
};

/** Records per statement (and per in-batch dedupe window): under PostgreSQL's 65,535 parameters on the bound path. */
export const BATCH_ROWS = 500;

/** Rows per COPY of new events: fewer round trips than INSERT batches, but PGlite slows down on very large blobs. */
const COPY_ROWS = 1000;

export async function writeRecords(db: Db, tenantId: string, target: Target, records: Record<string, unknown>[]): Promise<WriteCounts> {
  const spec = specs[target];
  const counts: WriteCounts = { inserted: 0, updated: 0, duplicate: 0 };
  const copy = spec.immutable ? copyClient(db) : null;
  const step = copy ? COPY_ROWS : BATCH_ROWS;
  for (let i = 0; i < records.length; i += step) {
    const chunk = records.slice(i, i + step);
    const c = (copy && await copyNew(db, copy, tenantId, spec, chunk)) || await writeChunk(db, tenantId, spec, chunk);
    counts.inserted += c.inserted; counts.updated += c.updated; counts.duplicate += c.duplicate;
  }
  return counts;
}

async function writeChunk(db: Db, tenantId: string, spec: TargetSpec, records: Record<string, unknown>[]): Promise<WriteCounts> {
  const counts: WriteCounts = { inserted: 0, updated: 0, duplicate: 0 };
  for (let i = 0; i < records.length; i += BATCH_ROWS) {
    const c = await writeBatch(db, tenantId, spec, records.slice(i, i + BATCH_ROWS));
    counts.inserted += c.inserted; counts.updated += c.updated; counts.duplicate += c.duplicate;
  }
  return counts;
}

/**
 * Immutable rows through COPY: keys already stored are duplicates, the rest load in one statement. Null (the
 * caller takes the INSERT path) when COPY cannot carry the batch or a concurrent writer stored one of its keys.
 */
async function copyNew(db: Db, client: PGlite, tenantId: string, spec: TargetSpec,
  records: Record<string, unknown>[]): Promise<WriteCounts | null> {
  const { rows, within } = prepare(tenantId, spec, records);
  const columns = copyColumns(spec.table, rows);
  if (!columns || rows.length === 0) return null;
  const idColumn = spec.key.find((c) => c.name === 'id');
  const idProp = columns.find((c) => c.column === idColumn)?.prop;
  if (!idColumn || !idProp || spec.key.length !== 2) return null;
  const ids = rows.map((r) => String(r[idProp]));
  const tenantColumn = spec.key.find((c) => c !== idColumn)!;
  const stored = new Set((await db.select({ id: idColumn }).from(spec.table)
    .where(and(eq(tenantColumn, tenantId), inArray(idColumn, ids)))).map((r) => String(r.id)));
  const fresh = stored.size ? rows.filter((r) => !stored.has(String(r[idProp]))) : rows;
  try {
    await copyRows(client, spec.table, columns, fresh);
  } catch (e) {
    if (isUniqueViolation(e)) return null;
    throw e;
  }
  return { inserted: fresh.length, updated: 0, duplicate: within + rows.length - fresh.length };
}

async function writeBatch(db: Db, tenantId: string, spec: TargetSpec, records: Record<string, unknown>[]): Promise<WriteCounts> {
  const { rows, within } = prepare(tenantId, spec, records);
  if (rows.length === 0) return { inserted: 0, updated: 0, duplicate: within };
  const plan = jsonPlan(spec, rows);
  const c = plan ? await writeJson(db, spec, plan) : await writeBound(db, spec, rows);
  return { inserted: c.inserted, updated: c.updated, duplicate: c.duplicate + within };
}

/** One row per key: within a batch the last occurrence wins, earlier ones are duplicates. */
function prepare(tenantId: string, spec: TargetSpec, records: Record<string, unknown>[]): { rows: Record<string, unknown>[]; within: number } {
  const columns = getTableColumns(spec.table);
  const keyNames = spec.key.map((c) => c.name);
  const keyProps = Object.entries(columns).filter(([, c]) => keyNames.includes(c.name)).map(([k]) => k);
  const byKey = new Map<string, Record<string, unknown>>();
  for (const r of records) {
    const row: Record<string, unknown> = { ...r, tenantId };
    if (spec.id) row.id = spec.id(r);
    if (!spec.immutable) row.rowHash = stableId(canonicalJson(r));
    const key = keyProps.map((k) => String(row[k])).join('\u0000');
    byKey.delete(key);
    byKey.set(key, pick(row, columns));
  }
  return { rows: [...byKey.values()], within: records.length - byKey.size };
}

interface JsonPlan { columns: { prop: string; column: PgColumn }[]; json: string; count: number }

/**
 * The rows as one JSON array keyed by column name, for `jsonb_to_recordset`: one parameter instead of one per
 * value, which cost more than the database work. Null when the batch needs the bound-parameter path: a column
 * set in some rows but left to its default in others, or a value JSON cannot carry exactly.
 */
function jsonPlan(spec: TargetSpec, rows: Record<string, unknown>[]): JsonPlan | null {
  // JS-side defaults and generated columns are drizzle's to fill in; leave those tables to the bound path.
  for (const column of Object.values(getTableColumns(spec.table))) {
    const c = column as unknown as { defaultFn?: unknown; onUpdateFn?: unknown; generated?: unknown; generatedIdentity?: unknown };
    if (c.defaultFn || c.onUpdateFn || c.generated || c.generatedIdentity) return null;
  }
  const columns = columnsToSet(spec.table, rows);
  if (!columns) return null;
  const out: Record<string, unknown>[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const o: Record<string, unknown> = {};
    for (const { prop, column } of columns) {
      const v = r[prop];
      if (v === undefined || v === null) { o[column.name] = null; continue; }
      const t = column.getSQLType();
      if (t === 'jsonb' || t === 'json') { o[column.name] = v; continue; }
      const d = column.mapToDriverValue(v);
      if (typeof d === 'string' || typeof d === 'boolean' || (typeof d === 'number' && Number.isFinite(d))) o[column.name] = d;
      else return null;
    }
    out[i] = o;
  }
  // PostgreSQL text and jsonb cannot hold U+0000: a hostile log line must not abort the whole import for it.
  return { columns, json: withoutNulEscapes(JSON.stringify(out)), count: rows.length };
}

async function writeJson(db: Db, spec: TargetSpec, plan: JsonPlan): Promise<WriteCounts> {
  const q = (n: string) => `"${n.replace(/"/g, '""')}"`;
  const table = q(getTableName(spec.table));
  const names = plan.columns.map((c) => q(c.column.name)).join(', ');
  const types = plan.columns.map((c) => `${q(c.column.name)} ${c.column.getSQLType()}`).join(', ');
  const keys = spec.key.map((c) => q(c.name)).join(', ');
  let conflict: string;
  // No conflict target for immutable rows: any unique key (also a time-partitioned table's (tenant, id, time)) makes a duplicate.
  if (spec.immutable) conflict = 'DO NOTHING';
  else {
    // Every non-key column, as the bound path sets it: columns absent from the batch take excluded's default.
    const keyNames = spec.key.map((c) => c.name);
    const set = Object.values(getTableColumns(spec.table))
      .filter((c) => !keyNames.includes(c.name) && c.name !== 'imported_at')
      .map((c) => `${q(c.name)} = excluded.${q(c.name)}`).join(', ');
    conflict = `DO UPDATE SET ${set} WHERE ${table}."row_hash" IS DISTINCT FROM excluded."row_hash"`;
  }
  const text = `WITH w AS (INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset(`;
  const target = spec.immutable ? '' : `(${keys}) `;
  const tail = `::text::jsonb) AS r(${types}) ON CONFLICT ${target}${conflict} RETURNING (xmax = 0) AS fresh)
    SELECT count(*)::int AS touched, (count(*) FILTER (WHERE fresh))::int AS inserted FROM w`;
  const res = await db.execute(sql`${sql.raw(text)}${plan.json}${sql.raw(tail)}`);
  const rows = (Array.isArray(res) ? res : (res as unknown as { rows: unknown[] }).rows) as { touched: number | string; inserted: number | string }[];
  const touched = Number(rows[0]?.touched ?? 0);
  const inserted = Number(rows[0]?.inserted ?? 0);
  const n = plan.count;
  return spec.immutable
    ? { inserted: touched, updated: 0, duplicate: n - touched }
    : { inserted, updated: touched - inserted, duplicate: n - touched };
}

/** The bound-parameter path (drizzle multi-row VALUES), for batches the JSON path cannot carry exactly. */
async function writeBound(db: Db, spec: TargetSpec, rows: Record<string, unknown>[]): Promise<WriteCounts> {
  if (spec.immutable) {
    const res = await db.insert(spec.table).values(rows).onConflictDoNothing().returning({ one: sql<number>`1` });
    return { inserted: res.length, updated: 0, duplicate: rows.length - res.length };
  }
  const columns = getTableColumns(spec.table);
  const keyNames = spec.key.map((c) => c.name);
  const set: Record<string, SQL> = {};
  for (const [k, c] of Object.entries(columns)) {
    if (!keyNames.includes(c.name) && c.name !== 'imported_at') set[k] = sql.raw(`excluded."${c.name}"`);
  }
  const tableName = sql.raw(`"${getTableName(spec.table)}"`);
  const res = await db.insert(spec.table).values(rows)
    .onConflictDoUpdate({ target: spec.key, set, setWhere: sql`${tableName}."row_hash" IS DISTINCT FROM excluded."row_hash"` })
    .returning({ fresh: sql<boolean>`(xmax = 0)` });
  const inserted = res.filter((r) => r.fresh).length;
  return { inserted, updated: res.length - inserted, duplicate: rows.length - res.length };
}

function pick(row: Record<string, unknown>, columns: Record<string, PgColumn>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(columns)) if (row[k] !== undefined) out[k] = row[k];
  return out;
}
