// Serialises the canonical HR/hiring/endpoint CSVs of FORMATS.md in their documented column order.
import { stringify } from 'csv-stringify/sync';
import { AccountsCsv, CandidatesCsv, EndpointMetricsCsv, IdvCsv, InterviewsCsv, PayrollCsv, PeopleCsv, ReferencesCsv, ShipmentsCsv, TravelCsv } from '../model/index.js';
import type { SimCandidate } from './hiring-records.js';
import type { PayRow, ShipRow } from './onboarding.js';
import type { Session, SimPerson, World } from './types.js';

const csv = (columns: readonly string[], rows: Record<string, string>[]): string =>
  stringify([columns as string[], ...rows.map((r) => columns.map((c) => r[c] ?? ''))]);

export function peopleCsv(people: SimPerson[]): string {
  return csv(PeopleCsv.columns, people.map((p) => ({
    employee_id: p.id, email: p.email, full_name: p.fullName, employment_type: p.employmentType, hire_date: p.hireDate, termination_date: '',
    job_title: p.jobTitle, department: p.department, residence_country: p.country, residence_region: p.city.region, residence_city: p.city.name,
    residence_postal_code: p.postal, residence_address: p.address, phone: p.phone, timezone: p.tz, manager_email: p.managerEmail ?? '',
  })));
}

export function accountsCsv(people: SimPerson[]): string {
  const rows: Record<string, string>[] = [];
  for (const p of people) {
    rows.push({ employee_id: p.id, system: 'okta', account: p.email }, { employee_id: p.id, system: 'entra', account: p.email }, { employee_id: p.id, system: 'vpn', account: p.email });
    if (p.usesGoogle) rows.push({ employee_id: p.id, system: 'google', account: p.email });
    if (p.githubLogin) rows.push({ employee_id: p.id, system: 'github', account: p.githubLogin });
    if (p.laptop.managed) rows.push({ employee_id: p.id, system: 'defender', account: p.email.split('@')[0]!.slice(0, 20) });
  }
  return csv(AccountsCsv.columns, rows);
}

/** Declared trips only: a traveller's undeclared trips appear in the logs and nowhere else. */
export const travelCsv = (rows: World['declaredTravel']): string => csv(TravelCsv.columns, rows);

export const payrollCsv = (rows: PayRow[]): string => csv(PayrollCsv.columns, rows as unknown as Record<string, string>[]);
export const shipmentsCsv = (rows: ShipRow[]): string => csv(ShipmentsCsv.columns, rows as unknown as Record<string, string>[]);

/** `exports`: candidate id → GitHub profile export path (relative to the CSV), written as the optional `github_export` column. */
export function candidatesCsv(cands: SimCandidate[], exports: ReadonlyMap<string, string> = new Map()): string {
  const rows = cands.map((c) => ({ ...(c as unknown as Record<string, string>), github_export: exports.get(c.candidate_id) ?? '' }));
  return csv(exports.size ? [...CandidatesCsv.columns, 'github_export'] : CandidatesCsv.columns, rows);
}
export const referencesCsv = (cands: SimCandidate[]): string => csv(ReferencesCsv.columns, cands.flatMap((c) => c.refs) as unknown as Record<string, string>[]);
export const interviewsCsv = (cands: SimCandidate[]): string => csv(InterviewsCsv.columns, cands.flatMap((c) => c.interviews) as unknown as Record<string, string>[]);
export function idvCsv(cands: SimCandidate[], extra: Record<string, string>[] = []): string {
  return csv(IdvCsv.columns, [...(cands.flatMap((c) => c.idv) as unknown as Record<string, string>[]), ...extra]);
}

/** Keystroke latency and session round-trip per laptop session, as an endpoint agent reports them. */
export function endpointMetricsCsv(sessions: Session[], people: Map<string, SimPerson>): string {
  const rows: Record<string, string>[] = [];
  for (const s of sessions) {
    const p = people.get(s.personId);
    if (!p || s.device !== 'laptop' || !p.laptop.managed) continue;
    const at = new Date(s.start + 20 * 60_000).toISOString();
    rows.push({ employee_id: p.id, at, device_id: p.laptop.defenderId, metric: 'keystroke_latency_ms', value: s.keystrokeMs.toFixed(1) });
    rows.push({ employee_id: p.id, at, device_id: p.laptop.defenderId, metric: 'session_rtt_ms', value: s.rttMs.toFixed(1) });
  }
  return csv(EndpointMetricsCsv.columns, rows);
}
