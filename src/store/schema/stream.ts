// Scale-out stream state: how far each partition is checkpointed (with its fencing epoch) and cross-person key state.
import { sql } from 'drizzle-orm';
import { bigint, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const tenant = () => text('tenant_id').notNull().default('default');
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/**
 * One row per stream partition ("events.3", "keys.3"): the last stream sequence whose effects (state, alerts) are
 * stored, and the lease epoch of the worker allowed to advance it (a stale owner's commit matches no row).
 */
export const streamCheckpoints = pgTable('stream_checkpoints', {
  tenantId: tenant(),
  partition: text('partition').notNull(),
  seq: bigint('seq', { mode: 'number' }).notNull().default(0),
  epoch: bigint('epoch', { mode: 'number' }).notNull().default(0),
  owner: text('owner'),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
}, (t) => [primaryKey({ columns: [t.tenantId, t.partition] })]);

/** Cross-person detector state keyed by the shared thing (namespace "device" or "ip" + key), owned by its key partition. */
export const streamKeyState = pgTable('stream_key_state', {
  tenantId: tenant(),
  ns: text('ns').notNull(),
  key: text('key').notNull(),
  state: jsonb('state').notNull(),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
}, (t) => [primaryKey({ columns: [t.tenantId, t.ns, t.key] })]);
