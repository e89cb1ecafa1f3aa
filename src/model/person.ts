// A person on the HR side: employee, contractor or vendor staff (people.csv).
import type { z } from 'zod';
import { csvRecord } from './csv-record.js';
import { optCountry, optDate, optEmail, optText, optTimeZone, reqDate, reqEmail, reqEnum, reqText } from './fields.js';

export const EMPLOYMENT_TYPES = ['employee', 'contractor', 'vendor'] as const;

export const PeopleCsv = csvRecord({
  employee_id: reqText,
  email: reqEmail,
  full_name: reqText,
  employment_type: reqEnum(EMPLOYMENT_TYPES),
  hire_date: reqDate,
  termination_date: optDate,
  job_title: optText,
  department: optText,
  residence_country: optCountry,
  residence_region: optText,
  residence_city: optText,
  residence_postal_code: optText,
  residence_address: optText,
  phone: optText,
  timezone: optTimeZone,
  manager_email: optEmail,
});
export type Person = z.output<typeof PeopleCsv.schema>;
