// Bulk insert of new immutable rows (events) with COPY … FROM '/dev/blob' in text form on embedded PGlite, where
// it saves the JSON-to-recordset conversion. COPY has no ON CONFLICT, so callers pass only rows whose keys are
// not stored yet and fall back to INSERT … ON CONFLICT when a concurrent writer got there first. Not used on a
// PostgreSQL server: there a COPY FROM STDIN that fails on a concurrent writer's key left postgres.js's writable
// waiting forever (both sessions idle server-side), and the INSERT path is atomic and as fast there.
import { PGlite } from '@electric-sql/pglite';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { rawTextOf } from '../model/raw-text.js';
import type { Db } from './db.js';

/** The embedded driver under a drizzle database, when COPY can go through it (not inside a drizzle transaction). */
export function copyClient(db: Db): PGlite | null {
  const c = (db as unknown as { $client?: unknown }).$client;
  return c instanceof PGlite ? c : null;
}

export interface CopyColumn { prop: string; column: PgColumn }

/**
 * The columns a multi-row write of these rows sets: every column some row sets, plus those without a default. Null
 * when a column with a default is set in some rows only (one statement cannot say DEFAULT for some rows).
 */
export function columnsToSet(table: PgTable, rows: Record<string, unknown>[]): CopyColumn[] | null {
  const out: CopyColumn[] = [];
  for (const [prop, column] of Object.entries(getTableColumns(table))) {
    let present = 0;
    for (const r of rows) if (r[prop] !== undefined) present++;
    if (present === 0 && column.hasDefault) continue; // the database fills its default
    if (present !== rows.length && column.hasDefault) return null;
    out.push({ prop, column });
  }
  return out;
}

/** The columns a COPY of these rows sets; null when COPY cannot carry them (see columnsToSet; arrays take the INSERT path). */
export function copyColumns(table: PgTable, rows: Record<string, unknown>[]): CopyColumn[] | null {
  const columns = columnsToSet(table, rows);
  return columns && !columns.some((c) => c.column.getSQLType().endsWith(']')) ? columns : null;
}

// PostgreSQL text and jsonb cannot hold U+0000; a hostile log line must not abort the whole import for it.
const NUL = /\u0000/g;
// The JSON escape of U+0000 (an odd run of backslashes before u0000), which jsonb refuses.
const NUL_ESCAPE = /(?<!\\)((?:\\\\)*)\\u0000/g;

/** JSON text with every escaped U+0000 turned into U+FFFD (an escaped backslash before "u0000" is left alone). */
export function withoutNulEscapes(json: string): string {
  return json.includes('\\u0000') ? json.replace(NUL_ESCAPE, '$1\\ufffd') : json;
}

const jsonCell = (v: unknown): string => withoutNulEscapes(JSON.stringify(v));

// COPY's text format: only backslash, newline, carriage return and tab are escaped — JSON text (mostly quotes)
// passes through untouched, where CSV would double every quote.
const SPECIAL = /[\\\n\r\t]/;
const SPECIALS = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

type Kind = 'raw' | 'json' | 'plain';
const kindOf = (c: PgColumn): Kind =>
  c.columnType === 'PgCustomColumn' ? 'raw' : c.getSQLType() === 'jsonb' || c.getSQLType() === 'json' ? 'json' : 'plain';

/** One field in COPY text format; NULL is \N. */
function textField(v: unknown, kind: Kind, column: PgColumn): string {
  if (v === undefined || v === null) return '\\N';
  let s: string;
  if (kind === 'raw') s = rawTextOf(v) ?? String(column.mapToDriverValue(v)); // JSON kept as text: the vendor's own text when known
  else if (kind === 'json') s = jsonCell(v);
  else if (typeof v === 'string') s = v;
  else if (typeof v === 'boolean') s = v ? 't' : 'f';
  else if (typeof v === 'number' || typeof v === 'bigint') s = String(v);
  else s = String(column.mapToDriverValue(v));
  if (s.includes('\u0000')) s = s.replace(NUL, '\ufffd');
  return SPECIAL.test(s) ? s.replace(SPECIALS, (c) => ESCAPES[c]!) : s;
}

function toCopyText(rows: Record<string, unknown>[], columns: CopyColumn[]): string {
  const kinds = columns.map((c) => kindOf(c.column));
  const lines: string[] = new Array(rows.length);
  const fields: string[] = new Array(columns.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    for (let c = 0; c < columns.length; c++) fields[c] = textField(r[columns[c]!.prop], kinds[c]!, columns[c]!.column);
    lines[i] = fields.join('\t');
  }
  return `${lines.join('\n')}\n`;
}

/** Loads the rows in one COPY statement: all of them or, on any error, none. */
export async function copyRows(client: PGlite, table: PgTable, columns: CopyColumn[], rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((c) => `"${c.column.name}"`).join(', ');
  await client.query(`COPY "${getTableName(table)}" (${names}) FROM '/dev/blob'`, [], { blob: new Blob([toCopyText(rows, columns)]) });
}

/** True for PostgreSQL's unique_violation, whichever driver raised it. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '23505';
}
