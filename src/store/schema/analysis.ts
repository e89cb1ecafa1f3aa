// Analysis state: per-person detection state, laptop-farm and other clusters.
import { sql } from 'drizzle-orm';
import { doublePrecision, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { tenant, ts } from './columns.js';

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

/** The latest explainable score per person (employee or candidate), replaced at each analysis. */
export const personScores = pgTable('person_scores', {
  tenantId: tenant(),
  personId: text('person_id').notNull(),
  kind: text('kind').notNull(),
  employeeId: text('employee_id'),
  candidateId: text('candidate_id'),
  name: text('name').notNull(),
  emails: text('emails').array().notNull(),
  score: doublePrecision('score').notNull(),
  level: text('level').notNull(),
  pillars: jsonb('pillars').$type<Record<string, number>>().notNull(),
  reasons: jsonb('reasons').notNull(),
  clusters: text('clusters').array().notNull(),
  attack: text('attack').array().notNull(),
  computedAt: ts('computed_at').notNull(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.personId] })]);

/** One score per person per day, for trends ("new high/critical this week"). */
export const scoreHistory = pgTable('score_history', {
  tenantId: tenant(),
  day: text('day').notNull(),
  personId: text('person_id').notNull(),
  score: doublePrecision('score').notNull(),
  level: text('level').notNull(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.day, t.personId] })]);

/** Analyst decisions on identity links (confirm or split), kept across every later analysis. */
export const identityDecisions = pgTable('identity_decisions', {
  tenantId: tenant(),
  personId: text('person_id').notNull(),
  kind: text('kind').notNull(),
  system: text('system').notNull(),
  value: text('value').notNull(),
  decision: text('decision').notNull(),
  by: text('by').notNull(),
  at: ts('at').notNull().default(sql`now()`),
}, (t) => [primaryKey({ columns: [t.tenantId, t.personId, t.kind, t.system, t.value] })]);

/** Per-tenant settings (e.g. the organisation's own egress ranges), so configuration travels with the data. */
export const tenantSettings = pgTable('tenant_settings', {
  tenantId: tenant(),
  key: text('key').notNull(),
  value: jsonb('value').notNull(),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
}, (t) => [primaryKey({ columns: [t.tenantId, t.key] })]);
