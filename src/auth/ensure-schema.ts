// Creates the audit and auth tables on a database whose migrations predate them. Interim: once the generated
// migration contains these tables (and the audit triggers), this finds them present and does nothing.
import { sql } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { auditAppendOnlySql } from '../store/schema/audit.js';

const AUDIT_DDL = [
  `CREATE TABLE IF NOT EXISTS "audit_log" ("tenant_id" text DEFAULT 'default' NOT NULL, "seq" bigint NOT NULL, "at" text NOT NULL, "actor" text NOT NULL, "action" text NOT NULL, "target" text NOT NULL, "detail" text DEFAULT '{}' NOT NULL, "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "audit_log_tenant_id_seq_pk" PRIMARY KEY("tenant_id","seq"))`,
  'CREATE INDEX IF NOT EXISTS "audit_log_target_idx" ON "audit_log" USING btree ("tenant_id","target")',
  'CREATE INDEX IF NOT EXISTS "audit_log_actor_idx" ON "audit_log" USING btree ("tenant_id","actor")',
];
const AUTH_DDL = [
  `CREATE TABLE IF NOT EXISTS "users" ("tenant_id" text DEFAULT 'default' NOT NULL, "username" text NOT NULL, "password_hash" text, "role" text NOT NULL, "origin" text DEFAULT 'local' NOT NULL, "must_change_password" boolean DEFAULT false NOT NULL, "failed_logins" integer DEFAULT 0 NOT NULL, "locked_until" timestamp with time zone, "disabled" boolean DEFAULT false NOT NULL, "created_at" timestamp with time zone DEFAULT now() NOT NULL, "last_login_at" timestamp with time zone, CONSTRAINT "users_tenant_id_username_pk" PRIMARY KEY("tenant_id","username"))`,
  `CREATE TABLE IF NOT EXISTS "sessions" ("tenant_id" text DEFAULT 'default' NOT NULL, "id_hash" text NOT NULL, "username" text NOT NULL, "created_at" timestamp with time zone DEFAULT now() NOT NULL, "expires_at" timestamp with time zone NOT NULL, CONSTRAINT "sessions_tenant_id_id_hash_pk" PRIMARY KEY("tenant_id","id_hash"))`,
  `CREATE TABLE IF NOT EXISTS "api_tokens" ("tenant_id" text DEFAULT 'default' NOT NULL, "id" text NOT NULL, "name" text NOT NULL, "token_hash" text NOT NULL, "role" text NOT NULL, "created_by" text NOT NULL, "created_at" timestamp with time zone DEFAULT now() NOT NULL, "revoked_at" timestamp with time zone, "last_used_at" timestamp with time zone, CONSTRAINT "api_tokens_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"))`,
  'CREATE INDEX IF NOT EXISTS "sessions_user_idx" ON "sessions" USING btree ("tenant_id","username")',
  'CREATE INDEX IF NOT EXISTS "api_tokens_hash_idx" ON "api_tokens" USING btree ("token_hash")',
];

const exists = async (db: Db, table: string) => {
  const r = await db.execute(sql`select to_regclass(${table}) as t`) as unknown as { rows?: { t: unknown }[] } | { t: unknown }[];
  const rows = Array.isArray(r) ? r : r.rows ?? [];
  return rows[0]?.t != null;
};

const hasTrigger = async (db: Db) => {
  const r = await db.execute(sql`select count(*)::int as n from pg_trigger where tgname = 'audit_log_no_update'`) as unknown as { rows?: { n: number }[] } | { n: number }[];
  return ((Array.isArray(r) ? r : r.rows ?? [])[0]?.n ?? 0) > 0;
};

export async function ensureSecuritySchema(db: Db): Promise<void> {
  if (await exists(db, 'audit_log') && await exists(db, 'api_tokens') && await hasTrigger(db)) return;
  await db.transaction(async (tx) => {
    // Concurrent starts on one PostgreSQL: one creates, the others wait and find the tables.
    await tx.execute(sql`select pg_advisory_xact_lock(74210553)`);
    for (const s of AUDIT_DDL) await tx.execute(sql.raw(s));
    // A migration that made the table without its append-only triggers gets them here.
    if (!await hasTrigger(tx as unknown as Db)) for (const s of auditAppendOnlySql) await tx.execute(sql.raw(s));
    for (const s of AUTH_DDL) await tx.execute(sql.raw(s));
  });
}
