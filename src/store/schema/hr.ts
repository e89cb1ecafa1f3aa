// HR-side tables: people, accounts, payroll, shipments, endpoint metrics. Every row carries its tenant.
import { boolean, date, doublePrecision, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { extra, importedAt, rowHash, tenant, ts } from './columns.js';

export const people = pgTable('people', {
  tenantId: tenant(),
  employeeId: text('employee_id').notNull(),
  email: text('email').notNull(),
  fullName: text('full_name').notNull(),
  employmentType: text('employment_type').notNull(),
  hireDate: date('hire_date', { mode: 'string' }).notNull(),
  terminationDate: date('termination_date', { mode: 'string' }),
  jobTitle: text('job_title'),
  department: text('department'),
  residenceCountry: text('residence_country'),
  residenceRegion: text('residence_region'),
  residenceCity: text('residence_city'),
  residencePostalCode: text('residence_postal_code'),
  residenceAddress: text('residence_address'),
  phone: text('phone'),
  timezone: text('timezone'),
  managerEmail: text('manager_email'),
  extra: extra(),
  rowHash: rowHash(),
  importedAt: importedAt(),
}, (t) => [
  primaryKey({ columns: [t.tenantId, t.employeeId] }),
  index('people_email_idx').on(t.tenantId, t.email),
]);

export const accounts = pgTable('accounts', {
  tenantId: tenant(),
  system: text('system').notNull(),
  account: text('account').notNull(),
  employeeId: text('employee_id').notNull(),
  extra: extra(),
  rowHash: rowHash(),
  importedAt: importedAt(),
}, (t) => [
  primaryKey({ columns: [t.tenantId, t.system, t.account] }),
  index('accounts_employee_idx').on(t.tenantId, t.employeeId),
]);

export const payroll = pgTable('payroll', {
  tenantId: tenant(),
  id: text('id').notNull(),
  employeeId: text('employee_id').notNull(),
  effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
  method: text('method').notNull(),
  bankName: text('bank_name'),
  bankCountry: text('bank_country'),
  bic: text('bic'),
  /** Encrypted (`v1:…`, src/store/sealing/); the plaintext is never stored. */
  accountNumber: text('account_number'),
  accountHolder: text('account_holder'),
  currency: text('currency'),
  /** Encrypted, as the account number. */
  walletAddress: text('wallet_address'),
  /** Blind indexes (keyed HMAC, one domain for both): equal destinations have equal indexes, for shared-account checks. */
  accountNumberIndex: text('account_number_index'),
  walletAddressIndex: text('wallet_address_index'),
  extra: extra(),
  rowHash: rowHash(),
  importedAt: importedAt(),
}, (t) => [
  primaryKey({ columns: [t.tenantId, t.id] }),
  index('payroll_employee_idx').on(t.tenantId, t.employeeId),
  index('payroll_account_index_idx').on(t.tenantId, t.accountNumberIndex),
  index('payroll_wallet_index_idx').on(t.tenantId, t.walletAddressIndex),
]);

export const shipments = pgTable('shipments', {
  tenantId: tenant(),
  assetId: text('asset_id').notNull(),
  employeeId: text('employee_id').notNull(),
  assetType: text('asset_type'),
  serialNumber: text('serial_number'),
  shippedAt: ts('shipped_at'),
  shipToName: text('ship_to_name'),
  shipToAddress: text('ship_to_address'),
  shipToCity: text('ship_to_city'),
  shipToRegion: text('ship_to_region'),
  shipToPostalCode: text('ship_to_postal_code'),
  shipToCountry: text('ship_to_country'),
  managed: boolean('managed'),
  extra: extra(),
  rowHash: rowHash(),
  importedAt: importedAt(),
}, (t) => [
  primaryKey({ columns: [t.tenantId, t.assetId] }),
  index('shipments_employee_idx').on(t.tenantId, t.employeeId),
]);

export const endpointMetrics = pgTable('endpoint_metrics', {
  tenantId: tenant(),
  id: text('id').notNull(),
  employeeId: text('employee_id').notNull(),
  at: ts('at').notNull(),
  deviceId: text('device_id'),
  metric: text('metric').notNull(),
  value: doublePrecision('value').notNull(),
  extra: extra(),
  rowHash: rowHash(),
  importedAt: importedAt(),
}, (t) => [
  primaryKey({ columns: [t.tenantId, t.id] }),
  index('endpoint_metrics_employee_idx').on(t.tenantId, t.employeeId, t.at),
]);

/** Declared trips (travel.csv): the end date is inclusive. */
export const travel = pgTable('travel', {
  tenantId: tenant(),
  id: text('id').notNull(),
  employeeId: text('employee_id').notNull(),
  start: date('start', { mode: 'string' }).notNull(),
  end: date('end', { mode: 'string' }).notNull(),
  country: text('country').notNull(),
  city: text('city'),
  extra: extra(),
  rowHash: rowHash(),
  importedAt: importedAt(),
}, (t) => [
  primaryKey({ columns: [t.tenantId, t.id] }),
  index('travel_employee_idx').on(t.tenantId, t.employeeId),
]);
