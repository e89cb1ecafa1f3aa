// The roles and what each may see beyond the route table: who gets unmasked financial and identity numbers.
import { z } from 'zod';

export const ROLES = ['admin', 'analyst', 'hr', 'legal', 'auditor', 'reporter'] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES);

/** Bank accounts, IBANs, wallets, ID document numbers and dates of birth, unmasked. */
export const seesSensitiveNumbers = (r: Role) => r === 'admin' || r === 'legal';
/** Raw vendor log records (events' `raw`) beyond what a case shows. */
export const seesRawLogs = (r: Role) => r === 'admin' || r === 'analyst' || r === 'legal' || r === 'auditor';

export interface Principal {
  /** Username, or `token:<id>` for an API token. */
  actor: string;
  role: Role;
  via: 'session' | 'token' | 'local';
  mustChangePassword?: boolean;
}
