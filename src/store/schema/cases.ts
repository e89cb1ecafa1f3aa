// Cases analysts open on a person, alert or cluster, with their full history.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { tenant, ts } from './columns.js';

export const cases = pgTable('cases', {
  tenantId: tenant(),
  id: text('id').notNull(),
  title: text('title').notNull(),
  subjectKind: text('subject_kind').notNull(),
  subjectId: text('subject_id').notNull(),
  status: text('status').notNull().default('open'),
  assignee: text('assignee'),
  legalHold: boolean('legal_hold').notNull().default(false),
  createdAt: ts('created_at').notNull().default(sql`now()`),
  updatedAt: ts('updated_at').notNull().default(sql`now()`),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('cases_subject_idx').on(t.tenantId, t.subjectKind, t.subjectId)]);

export const caseHistory = pgTable('case_history', {
  seq: bigserial('seq', { mode: 'number' }).primaryKey(),
  tenantId: tenant(),
  caseId: text('case_id').notNull(),
  at: ts('at').notNull().default(sql`now()`),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  detail: jsonb('detail').notNull().default({}),
}, (t) => [index('case_history_case_idx').on(t.tenantId, t.caseId, t.seq)]);
