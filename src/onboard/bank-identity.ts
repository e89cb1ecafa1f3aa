// Where a payroll record sends money: bank country from IBAN/BIC (validated with ibantools), and a key to spot sharing.
import { electronicFormatIBAN, extractBIC, extractIBAN, isValidBIC } from 'ibantools';
import type { PayDestinationIndexes, PayrollRecord } from '../model/index.js';
import { crossBorderProvider } from './cross-border-providers.js';
import { mask } from './make-alert.js';

export interface PayDestination {
  method: PayrollRecord['method'];
  /** Same key = same destination (IBAN, BIC+account, wallet, service account). Null for cheques or empty records. */
  key: string | null;
  /** Country the money lands in: IBAN country, else BIC country, else the declared bank country. */
  country: string | null;
  ibanCountry: string | null;
  bicCountry: string | null;
  declaredCountry: string | null;
  /** null = no IBAN given; false = looks like an IBAN but fails structure/checksum. */
  ibanValid: boolean | null;
  bicValid: boolean | null;
  /** A payment service or multi-currency e-money provider (PayPal, Wise, Revolut…): the country is the provider's, not the holder's. */
  provider: string | null;
  /** Safe to show: "account …4567 at Bank of China (BKCHCNBJ)". */
  label: string;
  labelJa: string;
}

// Two letters + two check digits + at least 10 alphanumerics: written as an IBAN, so it must validate as one.
const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

function walletKey(w: string): string {
  const t = w.trim();
  // Hex (EVM) and bech32 addresses are case-insensitive; base58 ones are not.
  return /^(0x|bc1|ltc1|tb1)/i.test(t) ? t.toLowerCase() : t;
}

/**
 * What a key compares: the stored blind index when the record has one (records read from the store, where the
 * numbers are encrypted), else the value itself (records built in memory). `#` keeps the two from ever meeting.
 */
const ref = (index: string | null | undefined, value: string): string => (index ? `#${index}` : value);

export function payDestination(r: PayrollRecord & PayDestinationIndexes): PayDestination {
  const declaredCountry = r.bankCountry ?? null;
  const acct = r.accountNumber ?? null;
  let ibanCountry: string | null = null;
  let ibanValid: boolean | null = null;
  let iban: string | null = null;
  if (acct && IBAN_SHAPE.test(acct)) {
    iban = electronicFormatIBAN(acct);
    const x = extractIBAN(iban ?? acct);
    ibanValid = x.valid;
    ibanCountry = acct.slice(0, 2);
  }
  let bicCountry: string | null = null;
  let bicValid: boolean | null = null;
  if (r.bic) {
    bicValid = isValidBIC(r.bic);
    const b = extractBIC(r.bic);
    bicCountry = b.countryCode ?? (r.bic.length >= 6 ? r.bic.slice(4, 6) : null);
  }
  const country = (ibanValid ? ibanCountry : null) ?? (bicValid ? bicCountry : null) ?? declaredCountry ?? ibanCountry ?? bicCountry;
  const bank = r.bankName ? `${r.bankName}${r.bic ? ` (${r.bic})` : ''}` : (r.bic ?? '');
  let key: string | null = null;
  let label = '';
  let labelJa = '';
  switch (r.method) {
    case 'bank':
      key = iban ? `iban:${ref(r.accountNumberIndex, iban)}` : acct ? `acct:${r.bic?.slice(0, 8) ?? (r.bankName ?? '').toLowerCase()}:${ref(r.accountNumberIndex, acct)}` : null;
      label = `account ${mask(acct)}${bank ? ` at ${bank}` : ''}`;
      labelJa = `${bank ? `${bank} の` : ''}口座 ${mask(acct)}`;
      break;
    case 'crypto': {
      const w = r.walletAddress ?? acct;
      key = w ? `wallet:${ref(r.walletAddress ? r.walletAddressIndex : r.accountNumberIndex, walletKey(w))}` : null;
      label = `crypto wallet ${mask(w)}${r.currency ? ` (${r.currency})` : ''}`;
      labelJa = `暗号資産ウォレット ${mask(w)}${r.currency ? `(${r.currency})` : ''}`;
      break;
    }
    case 'payment_service': {
      const id = r.accountNumber ?? r.walletAddress;
      key = id ? `svc:${(r.bankName ?? '').toLowerCase()}:${ref(r.accountNumber ? r.accountNumberIndex : r.walletAddressIndex, id.toLowerCase())}` : null;
      label = `${r.bankName ?? 'payment service'} account ${mask(id)}`;
      labelJa = `${r.bankName ?? '決済サービス'} のアカウント ${mask(id)}`;
      break;
    }
    case 'check':
      label = 'paper cheque';
      labelJa = '小切手';
      break;
  }
  return { method: r.method, key, country, ibanCountry, bicCountry, declaredCountry, ibanValid, bicValid, provider: crossBorderProvider(r) ?? (r.method === 'payment_service' ? (r.bankName || 'payment service') : null), label, labelJa };
}
