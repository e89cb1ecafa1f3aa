// Links an account in one system (IdP login, UPN, GitHub user, device user) to a person (accounts.csv).
import type { z } from 'zod';
import { csvRecord } from './csv-record.js';
import { reqText } from './fields.js';
import { z as zod } from 'zod';

export const AccountsCsv = csvRecord({
  employee_id: reqText,
  system: zod.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), zod.string().min(1, 'required')),
  account: zod.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), zod.string().min(1, 'required')),
});
export type Account = z.output<typeof AccountsCsv.schema>;
