// Drizzle table of the audit log and the SQL that makes it append-only in the database itself, not only in our
// code (the SQL goes into the migration that creates the table).
import { bigint, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export const auditLog = pgTable('audit_log', {
  tenantId: text('tenant_id').notNull().default('default'),
  /** 1, 2, 3 … per tenant, no gaps: a gap is a deleted record. */
  seq: bigint('seq', { mode: 'number' }).notNull(),
  /** Text, not timestamptz: the exact ISO string that was hashed must come back unchanged. */
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  target: text('target').notNull(),
  /** Canonical JSON as hashed (text, not jsonb: jsonb may rewrite numbers and strings). */
  detail: text('detail').notNull().default('{}'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
}, (t) => [
  primaryKey({ columns: [t.tenantId, t.seq] }),
  index('audit_log_target_idx').on(t.tenantId, t.target),
  index('audit_log_actor_idx').on(t.tenantId, t.actor),
]);

/**
 * Add to the migration that creates `audit_log`: UPDATE, DELETE and TRUNCATE fail for everyone, so a bug or a
 * stolen application credential cannot quietly rewrite history (a superuser still can: the hash chain tells).
 */
export const auditAppendOnlySql = [
  `CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$`,
  'CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()',
  'CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()',
];
