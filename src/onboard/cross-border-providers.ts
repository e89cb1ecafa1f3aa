// Multi-currency e-money accounts (Wise, Revolut, Payoneer): their IBANs and BICs carry the provider's licensing
// country (GB, BE, LT…), not the holder's. A contractor in Canada paid into a GB Wise account is ordinary; the
// country of such an account says little about where the person lives.

/** Institution codes (the first four letters of the BIC, also the bank code of GB IBANs) of such providers. */
const INSTITUTION_CODES: Record<string, string> = { TRWI: 'Wise', REVO: 'Revolut' };
const NAMES = /\b(wise|transferwise|revolut|payoneer)\b/i;

export function crossBorderProvider(r: { bic?: string | null; accountNumber?: string | null; bankName?: string | null }): string | null {
  const bic = r.bic?.trim().toUpperCase();
  if (bic && INSTITUTION_CODES[bic.slice(0, 4)]) return INSTITUTION_CODES[bic.slice(0, 4)]!;
  const acct = r.accountNumber?.replace(/\s+/g, '').toUpperCase();
  if (acct?.startsWith('GB') && INSTITUTION_CODES[acct.slice(4, 8)]) return INSTITUTION_CODES[acct.slice(4, 8)]!;
  const m = r.bankName ? NAMES.exec(r.bankName) : null;
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  return name === 'transferwise' || name === 'wise' ? 'Wise' : name === 'revolut' ? 'Revolut' : 'Payoneer';
}
