// Hiring-side tables: candidates, references, interviews, identity-document checks.
import { boolean, doublePrecision, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { extra, importedAt, rowHash, tenant, ts } from './columns.js';

export const candidates = pgTable('candidates', {
  tenantId: tenant(),
  candidateId: text('candidate_id').notNull(),
  requisitionId: text('requisition_id'),
  fullName: text('full_name').notNull(),
  email: text('email'),
  phone: text('phone'),
  claimedCountry: text('claimed_country'),
  claimedCity: text('claimed_city'),
  nationality: text('nationality'),
  linkedinUrl: text('linkedin_url'),
  githubUrl: text('github_url'),
  appliedAt: ts('applied_at'),
  applicationIp: text('application_ip'),
  source: text('source'),
  resumeFile: text('resume_file'),
  stage: text('stage'),
  hiredEmployeeId: text('hired_employee_id'),
  extra: extra(),
  rowHash: rowHash(),
  importedAt: importedAt(),
}, (t) => [
  primaryKey({ columns: [t.tenantId, t.candidateId] }),
  index('candidates_email_idx').on(t.tenantId, t.email),
]);

export const references = pgTable('candidate_references', {
  tenantId: tenant(),
  id: text('id').notNull(),
  candidateId: text('candidate_id').notNull(),
  refereeName: text('referee_name'),
  refereeEmail: text('referee_email'),
  refereePhone: text('referee_phone'),
  refereeCompany: text('referee_company'),
  relationship: text('relationship'),
  extra: extra(),
  rowHash: rowHash(),
  importedAt: importedAt(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('references_candidate_idx').on(t.tenantId, t.candidateId)]);

export const interviews = pgTable('interviews', {
  tenantId: tenant(),
  id: text('id').notNull(),
  candidateId: text('candidate_id').notNull(),
  round: doublePrecision('round'),
  heldAt: ts('held_at').notNull(),
  interviewer: text('interviewer'),
  mode: text('mode'),
  cameraOn: boolean('camera_on'),
  backgroundFilter: boolean('background_filter'),
  refusedInPerson: boolean('refused_in_person'),
  connectionQuality: text('connection_quality'),
  responseLag: text('response_lag'),
  residenceKnowledge: text('residence_knowledge'),
  differentPersonSuspected: boolean('different_person_suspected'),
  ipAddress: text('ip_address'),
  notes: text('notes'),
  extra: extra(),
  rowHash: rowHash(),
  importedAt: importedAt(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('interviews_candidate_idx').on(t.tenantId, t.candidateId)]);

export const idvChecks = pgTable('idv_checks', {
  tenantId: tenant(),
  id: text('id').notNull(),
  subjectId: text('subject_id').notNull(),
  provider: text('provider'),
  checkedAt: ts('checked_at').notNull(),
  result: text('result').notNull(),
  documentCountry: text('document_country'),
  documentType: text('document_type'),
  nameOnDocument: text('name_on_document'),
  /** Encrypted (`v1:…`, src/store/sealing/), hence text: the date itself is never stored. */
  dateOfBirth: text('date_of_birth'),
  extra: extra(),
  rowHash: rowHash(),
  importedAt: importedAt(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('idv_subject_idx').on(t.tenantId, t.subjectId)]);

/** Resume documents as parsed (text, metadata, facts), one row per candidate and file content. */
export const documents = pgTable('documents', {
  tenantId: tenant(),
  candidateId: text('candidate_id').notNull(),
  /** SHA-256 of the file's bytes: the same file sent by two candidates is itself a finding. */
  sha256: text('sha256').notNull(),
  fileName: text('file_name').notNull(),
  size: doublePrecision('size').notNull(),
  /** The parsed document (text, meta, facts) or null with `error` when the file could not be read. */
  parsed: jsonb('parsed'),
  error: text('error'),
  importedAt: importedAt(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.candidateId, t.sha256] }), index('documents_sha_idx').on(t.tenantId, t.sha256)]);
