// Canonical CSVs carrying every kind of value encrypted at rest: IBANs (one written two ways, shared by E1 and E2),
// a wallet shared by E3 and E4 (hex, two letter cases), dates of birth (idv column, people extra column) and an
// identity-document number (idv extra column). `PLAINTEXTS` are what must never be found in a stored row.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const IBAN_SHARED = 'GB33BUKB20201555555555';
export const IBAN_OTHER = 'DE89370400440532013000';
export const WALLET = '0x52908400098527886E0F7030069857D2E4169EE7';
export const DOB_PERSON = '1985-02-11';
export const DOB_IDV = ['1990-04-02', '1991-05-03'] as const;
export const DOCUMENT_NUMBER = 'X1234567Q';

export const PEOPLE_CSV = [
  'employee_id,email,full_name,employment_type,hire_date,termination_date,job_title,department,residence_country,residence_region,residence_city,residence_postal_code,residence_address,phone,timezone,manager_email,date_of_birth',
  `E1,erin.one@example.com,Erin One,employee,2025-01-06,,Engineer,Engineering,GB,,London,,,,Europe/London,,${DOB_PERSON}`,
  'E2,sam.two@example.com,Sam Two,contractor,2025-01-06,,Engineer,Engineering,GB,,Leeds,,,,Europe/London,,',
  'E3,kim.three@example.com,Kim Three,employee,2025-01-06,,Engineer,Engineering,DE,,Berlin,,,,Europe/Berlin,,1979-12-30',
  'E4,lee.four@example.com,Lee Four,contractor,2025-01-06,,Engineer,Engineering,US,CA,San Jose,,,,America/Los_Angeles,,',
].join('\n') + '\n';

export const PAYROLL_CSV = [
  'employee_id,effective_date,method,bank_name,bank_country,bic,account_number,account_holder,currency,wallet_address',
  'E1,2025-01-31,bank,Barclays,GB,BUKBGB22,GB33 BUKB 2020 1555 5555 55,Erin One,GBP,',
  'E2,2025-02-28,bank,Barclays,GB,BUKBGB22,gb33bukb20201555555555,Sam Two,GBP,',
  'E3,2025-01-31,bank,Deutsche Bank,DE,DEUTDEFF,DE89 3704 0044 0532 0130 00,Kim Three,EUR,',
  `E3,2025-03-31,crypto,,,,,,USDT,${WALLET}`,
  `E4,2025-03-31,crypto,,,,,,USDT,${WALLET.toLowerCase()}`,
  'E4,2025-01-31,check,,,,,,USD,',
].join('\n') + '\n';

export const IDV_CSV = [
  'subject_id,provider,checked_at,result,document_country,document_type,name_on_document,date_of_birth,document_number',
  `C1,onfido,2025-01-02T10:00:00Z,pass,GB,passport,Erin One,${DOB_IDV[0]},${DOCUMENT_NUMBER}`,
  `C1,jumio,2025-01-05T10:00:00+09:00,review,GB,passport,Erin One,${DOB_IDV[1]},${DOCUMENT_NUMBER}`,
].join('\n') + '\n';

/** Data rows per file (what a re-import must report as duplicates). */
export const ROWS = { 'people.csv': 4, 'payroll.csv': 6, 'idv.csv': 2 } as const;

/** Every sensitive value in the forms a careless store could keep it in (compared case-insensitively). */
export const PLAINTEXTS = [
  IBAN_SHARED, 'GB33 BUKB', '20201555555555', IBAN_OTHER, '370400440532013000', WALLET, '52908400098527886',
  DOB_PERSON, '1979-12-30', ...DOB_IDV, DOCUMENT_NUMBER,
];

export function writeSensitiveCsvs(dir: string): { people: string; payroll: string; idv: string } {
  mkdirSync(dir, { recursive: true });
  const w = (name: string, body: string) => { const p = join(dir, name); writeFileSync(p, body); return p; };
  return { people: w('people.csv', PEOPLE_CSV), payroll: w('payroll.csv', PAYROLL_CSV), idv: w('idv.csv', IDV_CSV) };
}
