// Hiring-side records: applications, references, interviews and identity-document checks.
import type { z } from 'zod';
import { csvRecord } from './csv-record.js';
import {
  optBool, optCountry, optDate, optEmail, optEnum, optNumber, optText, optTimestamp, reqEnum, reqText, timestamp,
} from './fields.js';

export const CANDIDATE_SOURCES = ['job_board', 'freelance_platform', 'agency', 'referral', 'direct'] as const;

export const CandidatesCsv = csvRecord({
  candidate_id: reqText,
  requisition_id: optText,
  full_name: reqText,
  email: optEmail,
  phone: optText,
  claimed_country: optCountry,
  claimed_city: optText,
  nationality: optCountry,
  linkedin_url: optText,
  github_url: optText,
  applied_at: optTimestamp,
  application_ip: optText,
  source: optEnum(CANDIDATE_SOURCES),
  resume_file: optText,
  stage: optText,
  hired_employee_id: optText,
});
export type Candidate = z.output<typeof CandidatesCsv.schema>;

export const ReferencesCsv = csvRecord({
  candidate_id: reqText,
  referee_name: optText,
  referee_email: optEmail,
  referee_phone: optText,
  referee_company: optText,
  relationship: optText,
});
export type Reference = z.output<typeof ReferencesCsv.schema>;

export const InterviewsCsv = csvRecord({
  candidate_id: reqText,
  round: optNumber,
  held_at: timestamp,
  interviewer: optText,
  mode: optEnum(['video', 'phone', 'onsite'] as const),
  camera_on: optBool,
  background_filter: optBool,
  refused_in_person: optBool,
  connection_quality: optEnum(['good', 'poor', 'very_poor'] as const),
  response_lag: optEnum(['none', 'some', 'severe'] as const),
  residence_knowledge: optEnum(['ok', 'poor'] as const),
  different_person_suspected: optBool,
  ip_address: optText,
  notes: optText,
});
export type Interview = z.output<typeof InterviewsCsv.schema>;

export const IdvCsv = csvRecord({
  subject_id: reqText,
  provider: optText,
  checked_at: timestamp,
  result: reqEnum(['pass', 'fail', 'review'] as const),
  document_country: optCountry,
  document_type: optText,
  name_on_document: optText,
  date_of_birth: optDate,
});
export type IdvCheck = z.output<typeof IdvCsv.schema>;
