// Onboarding records: company devices shipped (shipments.csv) and pay destinations (payroll.csv).
import { z } from 'zod';
import { csvRecord } from './csv-record.js';
import { optBool, optCountry, optText, optTimestamp, reqDate, reqEnum, reqText } from './fields.js';

export const ShipmentsCsv = csvRecord({
  asset_id: reqText,
  employee_id: reqText,
  asset_type: optText,
  serial_number: optText,
  shipped_at: optTimestamp,
  ship_to_name: optText,
  ship_to_address: optText,
  ship_to_city: optText,
  ship_to_region: optText,
  ship_to_postal_code: optText,
  ship_to_country: optCountry,
  managed: optBool,
});
export type Shipment = z.output<typeof ShipmentsCsv.schema>;

export const PAY_METHODS = ['bank', 'crypto', 'payment_service', 'check'] as const;
export const PayrollCsv = csvRecord({
  employee_id: reqText,
  effective_date: reqDate,
  method: reqEnum(PAY_METHODS),
  bank_name: optText,
  bank_country: optCountry,
  bic: z.preprocess((v) => (typeof v === 'string' ? v.replace(/\s+/g, '').toUpperCase() : v), optText),
  account_number: z.preprocess((v) => (typeof v === 'string' ? v.replace(/\s+/g, '').toUpperCase() : v), optText),
  account_holder: optText,
  currency: optText,
  wallet_address: optText,
});
export type PayrollRecord = z.output<typeof PayrollCsv.schema>;

/**
 * Blind indexes stored with a payroll record (keyed HMACs of the account number and wallet address, one domain):
 * equal destinations have equal indexes, so sharing is found without comparing the numbers themselves.
 */
export interface PayDestinationIndexes {
  accountNumberIndex?: string | null;
  walletAddressIndex?: string | null;
}
