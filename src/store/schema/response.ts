// Response-side tables: concern reports and their follow-up thread, watch-list entries (post-termination, STIX
// imports) and the log of notifications sent, which deduplicates and rate-limits them.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const tenant = () => text('tenant_id').notNull().default('default');
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** A concern an employee reported about a colleague; only the SHA-256 of the follow-up token is kept. */
export const concerns = pgTable('concerns', {
  tenantId: tenant(),
  id: text('id').notNull(),
  tokenHash: text('token_hash').notNull(),
  caseId: text('case_id').notNull(),
  /** Null when the reporter chose to stay anonymous. */
  reporterName: text('reporter_name'),
  reporterContact: text('reporter_contact'),
  /** The colleague as the reporter described them (name, e-mail or id). */
  aboutText: text('about_text').notNull(),
  /** The employee it resolved to, or null (then the case is a triage case). */
  aboutEmployeeId: text('about_employee_id'),
  category: text('category').notNull(),
  body: text('body').notNull(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
}, (t) => [
  primaryKey({ columns: [t.tenantId, t.id] }),
  index('concerns_token_idx').on(t.tokenHash),
  index('concerns_case_idx').on(t.tenantId, t.caseId),
]);

/** The thread the reporter sees through the token: replies from the team and the reporter's follow-ups. */
export const concernMessages = pgTable('concern_messages', {
  seq: bigserial('seq', { mode: 'number' }).primaryKey(),
  tenantId: tenant(),
  concernId: text('concern_id').notNull(),
  author: text('author').notNull(),
  body: text('body').notNull(),
  at: ts('at').notNull().default(sql`now()`),
}, (t) => [index('concern_messages_idx').on(t.tenantId, t.concernId, t.seq)]);

/**
 * Identifiers to keep watching: a terminated worker's e-mails, phones, IPs, wallets and names (list
 * `post-termination`), or indicators imported from a partner's STIX bundle (list `stix`).
 */
export const watchList = pgTable('watch_list', {
  tenantId: tenant(),
  list: text('list').notNull(),
  kind: text('kind').notNull(),
  /** Normalised value, or the lower-case hex HMAC-SHA256 when `hashed`. */
  value: text('value').notNull(),
  hashed: boolean('hashed').notNull().default(false),
  hmacKeyId: text('hmac_key_id'),
  /** Who produced it: a partner's name, or the case that created it. */
  source: text('source').notNull(),
  sourceRef: text('source_ref'),
  /** The person the entry stands for (post-termination), so a match names who came back. */
  personId: text('person_id'),
  confidence: integer('confidence'),
  tlp: text('tlp'),
  validUntil: ts('valid_until'),
  createdAt: ts('created_at').notNull().default(sql`now()`),
}, (t) => [
  primaryKey({ columns: [t.tenantId, t.list, t.kind, t.value, t.source] }),
  index('watch_list_value_idx').on(t.tenantId, t.kind, t.value),
]);

/** One row per notification attempt: what (dedup key), where (channel name), when, and whether it went out. */
export const notificationLog = pgTable('notification_log', {
  seq: bigserial('seq', { mode: 'number' }).primaryKey(),
  tenantId: tenant(),
  channel: text('channel').notNull(),
  dedupKey: text('dedup_key').notNull(),
  status: text('status').notNull(),
  attempts: integer('attempts').notNull().default(0),
  error: text('error'),
  at: ts('at').notNull().default(sql`now()`),
}, (t) => [index('notification_log_key_idx').on(t.tenantId, t.channel, t.dedupKey, t.at)]);
