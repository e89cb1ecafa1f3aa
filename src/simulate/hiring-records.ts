// Row shapes of the hiring-side canonical CSVs and the candidate record the generator builds them from.
import type { Actor } from './personas.js';
import type { ResumeDoc } from './resume-text.js';

export interface RefRow { candidate_id: string; referee_name: string; referee_email: string; referee_phone: string; referee_company: string; relationship: string }
export interface InterviewRow {
  candidate_id: string; round: string; held_at: string; interviewer: string; mode: string; camera_on: string; background_filter: string;
  refused_in_person: string; connection_quality: string; response_lag: string; residence_knowledge: string; different_person_suspected: string; ip_address: string; notes: string;
}
export interface IdvRow { subject_id: string; provider: string; checked_at: string; result: string; document_country: string; document_type: string; name_on_document: string; date_of_birth: string }

export interface SimCandidate {
  candidate_id: string; requisition_id: string; full_name: string; email: string; phone: string; claimed_country: string; claimed_city: string;
  nationality: string; linkedin_url: string; github_url: string; applied_at: string; application_ip: string; source: string; resume_file: string;
  stage: string; hired_employee_id: string;
  resume: ResumeDoc;
  refs: RefRow[];
  interviews: InterviewRow[];
  idv: IdvRow[];
  actor: Actor | null;
  tradecraft: string[];
  appliedMs: number;
}

export const REQUISITIONS = [
  ['REQ-2041', 'Senior Software Engineer'], ['REQ-2042', 'Full-Stack Engineer'], ['REQ-2043', 'Frontend Engineer'], ['REQ-2044', 'Site Reliability Engineer'],
  ['REQ-2045', 'Data Engineer'], ['REQ-2046', 'Bookkeeper'], ['REQ-2047', 'Support Engineer'], ['REQ-2048', 'Account Executive'],
  ['REQ-2049', 'IT Administrator'], ['REQ-2050', 'Payroll Specialist'],
] as const;

/** Public-reporting claims of nationality by DPRK personas (SIGNALS.md H9). */
export const CLAIMED_NATIONALITIES = ['JP', 'CN', 'KR', 'IT', 'MY', 'SG', 'UA', 'US', 'VN', 'PL'];
