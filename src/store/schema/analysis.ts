// Analysis state: per-person detection state, laptop-farm and other clusters.
import { sql } from 'drizzle-orm';
import { doublePrecision, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const tenant = () => text('tenant_id').notNull().default('default');
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** Compact serialisable detector state, one row per person (or per cross-person store), so analysis resumes. */
export const detectionState = pgTable('detection_state', {
  tenantId: tenant(),
  key: text('key').notNull(),
  state: jsonb('state').notNull(),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
}, (t) => [primaryKey({ columns: [t.tenantId, t.key] })]);

export const clusters = pgTable('clusters', {
  tenantId: tenant(),
  id: text('id').notNull(),
  kind: text('kind').notNull(),
  members: text('members').array().notNull(),
  score: doublePrecision('score').notNull(),
  edges: jsonb('edges').notNull(),
  location: jsonb('location'),
  explanation: jsonb('explanation').$type<{ en: string; ja: string }>().notNull(),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);
