// Normalized security events (raw record kept), the alerts raised on them, and import runs.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { jsonText, tenant, ts } from './columns.js';

export const events = pgTable('events', {
  tenantId: tenant(),
  id: text('id').notNull(),
  time: ts('time').notNull(),
  source: text('source').notNull(),
  sourceEventId: text('source_event_id').notNull(),
  type: text('type').notNull(),
  category: text('category').notNull(),
  outcome: text('outcome').notNull(),
  outcomeReason: text('outcome_reason'),
  actor: text('actor'),
  actorId: text('actor_id'),
  actorName: text('actor_name'),
  target: text('target'),
  targetType: text('target_type'),
  ip: text('ip'),
  userAgent: text('user_agent'),
  deviceId: text('device_id'),
  deviceName: text('device_name'),
  sessionId: text('session_id'),
  mfaFactor: text('mfa_factor'),
  vendorGeo: jsonb('vendor_geo'),
  attrs: jsonb('attrs').$type<Record<string, unknown>>().notNull().default({}),
  raw: jsonText('raw').notNull(),
  /** Set once by enrichment, before detection. */
  enrichment: jsonb('enrichment'),
  /** Resolved person (employee id) — null until entity resolution runs. */
  personId: text('person_id'),
  analyzed: boolean('analyzed').notNull().default(false),
  importedAt: ts('imported_at').notNull().default(sql`now()`),
}, (t) => [
  primaryKey({ columns: [t.tenantId, t.id] }),
  index('events_time_idx').on(t.tenantId, t.time),
  index('events_actor_idx').on(t.tenantId, t.actor, t.time),
  index('events_person_idx').on(t.tenantId, t.personId, t.time),
  index('events_unanalyzed_idx').on(t.tenantId, t.time).where(sql`NOT analyzed`),
]);

export const alerts = pgTable('alerts', {
  tenantId: tenant(),
  id: text('id').notNull(),
  ruleId: text('rule_id').notNull(),
  subjectKind: text('subject_kind').notNull(),
  subjectId: text('subject_id').notNull(),
  time: ts('time').notNull(),
  severity: text('severity').notNull(),
  pillar: text('pillar').notNull(),
  signals: text('signals').array().notNull(),
  attack: text('attack').array().notNull(),
  summary: jsonb('summary').$type<{ en: string; ja: string }>().notNull(),
  evidence: jsonb('evidence').notNull(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
}, (t) => [
  primaryKey({ columns: [t.tenantId, t.id] }),
  index('alerts_subject_idx').on(t.tenantId, t.subjectKind, t.subjectId, t.time),
]);

export const importRuns = pgTable('import_runs', {
  tenantId: tenant(),
  id: text('id').notNull(),
  file: text('file').notNull(),
  source: text('source').notNull(),
  startedAt: ts('started_at').notNull(),
  finishedAt: ts('finished_at'),
  accepted: integer('accepted').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  duplicate: integer('duplicate').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  rejectFile: text('reject_file'),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);

/** Live-pull connector checkpoints: a restart resumes exactly where the last stored page ended. */
export const checkpoints = pgTable('connector_checkpoints', {
  tenantId: tenant(),
  connector: text('connector').notNull(),
  value: text('value').notNull(),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
}, (t) => [primaryKey({ columns: [t.tenantId, t.connector] })]);
