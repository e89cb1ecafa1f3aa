// Column builders every table shares: the tenant, timestamps, and the import bookkeeping of HR records.
import { sql } from 'drizzle-orm';
import { customType, jsonb, text, timestamp } from 'drizzle-orm/pg-core';
import { rawTextOf } from '../../model/raw-text.js';

/** Every row belongs to a tenant; single-tenant installs use `default`. */
export const tenant = () => text('tenant_id').notNull().default('default');
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
export const importedAt = () => ts('imported_at').notNull().default(sql`now()`);
/** Hash of the validated record: an identical re-import changes nothing. */
export const rowHash = () => text('row_hash').notNull();
/** Extra CSV columns, kept rather than rejected. */
export const extra = () => jsonb('extra').$type<Record<string, string>>().notNull().default({});

/**
 * JSON kept as text: for the raw vendor record, which is stored and returned but never queried inside.
 * Text skips the jsonb conversion that dominated import time on the embedded database.
 */
export const jsonText = customType<{ data: unknown; driverData: string }>({
  dataType: () => 'text',
  // The vendor's own text when the record was read from one line (evidence as written; no second stringify).
  toDriver: (v) => rawTextOf(v) ?? JSON.stringify(v ?? null),
  fromDriver: (v) => (typeof v === 'string' ? JSON.parse(v) : v),
});
