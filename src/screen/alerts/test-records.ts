// Fixture builders for screening tests: canonical records parsed through the real CSV schemas.
import { CandidatesCsv, IdvCsv, InterviewsCsv, ReferencesCsv, type Candidate, type IdvCheck, type Interview, type Reference } from '../../model/candidate.js';
import { PeopleCsv, type Person } from '../../model/person.js';

type Row = Record<string, string>;
const fill = (cols: string[], row: Row): Row => Object.fromEntries(cols.map((c) => [c, row[c] ?? '']));

export const candidateRecord = (row: Row): Candidate => CandidatesCsv.schema.parse(fill(CandidatesCsv.columns, { full_name: 'Test Person', ...row }));
export const referenceRecord = (row: Row): Reference => ReferencesCsv.schema.parse(fill(ReferencesCsv.columns, row));
export const interviewRecord = (row: Row): Interview => InterviewsCsv.schema.parse(fill(InterviewsCsv.columns, { held_at: '2025-03-01T15:00:00Z', ...row }));
export const idvRecord = (row: Row): IdvCheck => IdvCsv.schema.parse(fill(IdvCsv.columns, { checked_at: '2025-03-02T10:00:00Z', result: 'pass', ...row }));
export const personRecord = (row: Row): Person => PeopleCsv.schema.parse(fill(PeopleCsv.columns, { employment_type: 'employee', hire_date: '2024-01-01', ...row }));
