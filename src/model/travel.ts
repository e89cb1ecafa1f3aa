// Declared business trips (travel.csv): sign-ins from the trip's country (and city) in its dates are expected.
import type { z } from 'zod';
import { csvRecord, type CsvRecordSchema } from './csv-record.js';
import { optText, reqDate, reqText } from './fields.js';
import { z as zod } from 'zod';

const reqCountry = zod.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
  zod.string({ error: 'required' }).regex(/^[A-Z]{2}$/, 'not an ISO 3166-1 alpha-2 country code'),
);

const base = csvRecord({
  employee_id: reqText,
  start: reqDate,
  end: reqDate,
  country: reqCountry,
  city: optText,
});

/** `end` is inclusive and may not come before `start`. */
export const TravelCsv: CsvRecordSchema<typeof base extends CsvRecordSchema<infer S> ? S : never> = {
  columns: base.columns,
  schema: base.schema.superRefine((r, ctx) => {
    if (r.end < r.start) ctx.addIssue({ code: 'custom', path: ['end'], message: `ends before it starts (${r.start})` });
  }) as typeof base.schema,
};
export type Travel = z.output<typeof TravelCsv.schema>;
