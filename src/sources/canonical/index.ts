// Trustline's canonical HR-side CSV files (FORMATS.md), one Source each.
import { AccountsCsv } from '../../model/account.js';
import { CandidatesCsv, IdvCsv, InterviewsCsv, ReferencesCsv } from '../../model/candidate.js';
import { EndpointMetricsCsv } from '../../model/endpoint-metric.js';
import { PayrollCsv, ShipmentsCsv } from '../../model/onboarding.js';
import { PeopleCsv } from '../../model/person.js';
import { TravelCsv } from '../../model/travel.js';
import type { Source } from '../types.js';
import { canonicalCsvSource } from './csv-source.js';

export const canonicalCsvSources: Source[] = [
  canonicalCsvSource('people', 'people', PeopleCsv),
  canonicalCsvSource('accounts', 'accounts', AccountsCsv),
  canonicalCsvSource('payroll', 'payroll', PayrollCsv),
  canonicalCsvSource('shipments', 'shipments', ShipmentsCsv),
  canonicalCsvSource('candidates', 'candidates', CandidatesCsv),
  canonicalCsvSource('references', 'references', ReferencesCsv),
  canonicalCsvSource('interviews', 'interviews', InterviewsCsv),
  canonicalCsvSource('idv', 'idv', IdvCsv),
  canonicalCsvSource('endpoint_metrics', 'endpoint_metrics', EndpointMetricsCsv),
  canonicalCsvSource('travel', 'travel', TravelCsv),
] as Source[];
