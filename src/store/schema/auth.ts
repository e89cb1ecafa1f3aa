// Accounts, browser sessions and API tokens. Secrets are stored only as hashes (scrypt for passwords, SHA-256
// for random session ids and tokens, which carry 256 bits and need no slow hash).
import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { tenant, ts } from './columns.js';

export const users = pgTable('users', {
  tenantId: tenant(),
  username: text('username').notNull(),
  /** `scrypt$N$r$p$salt$hash`; null for accounts that only sign in through OIDC. */
  passwordHash: text('password_hash'),
  role: text('role').notNull(),
  /** `local` or `oidc`. */
  origin: text('origin').notNull().default('local'),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: ts('locked_until'),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  lastLoginAt: ts('last_login_at'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.username] })]);

export const sessions = pgTable('sessions', {
  tenantId: tenant(),
  /** SHA-256 of the cookie value. */
  idHash: text('id_hash').notNull(),
  username: text('username').notNull(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  expiresAt: ts('expires_at').notNull(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.idHash] }), index('sessions_user_idx').on(t.tenantId, t.username)]);

export const apiTokens = pgTable('api_tokens', {
  tenantId: tenant(),
  id: text('id').notNull(),
  name: text('name').notNull(),
  /** SHA-256 of the whole `tl_…` token. */
  tokenHash: text('token_hash').notNull(),
  role: text('role').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  revokedAt: ts('revoked_at'),
  lastUsedAt: ts('last_used_at'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('api_tokens_hash_idx').on(t.tokenHash)]);
