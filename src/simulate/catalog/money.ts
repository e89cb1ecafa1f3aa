// Banks people are paid through: domestic banks per country, plus the foreign/payment-service ones fraud routes pay to.

export interface Bank { name: string; country: string; bic: string }

export const DOMESTIC_BANKS: Record<string, Bank[]> = {
  US: [
    { name: 'JPMorgan Chase Bank', country: 'US', bic: 'CHASUS33' },
    { name: 'Bank of America', country: 'US', bic: 'BOFAUS3N' },
    { name: 'Wells Fargo Bank', country: 'US', bic: 'WFBIUS6S' },
    { name: 'Citibank', country: 'US', bic: 'CITIUS33' },
  ],
  JP: [{ name: 'MUFG Bank', country: 'JP', bic: 'BOTKJPJT' }, { name: 'Sumitomo Mitsui Banking Corporation', country: 'JP', bic: 'SMBCJPJT' }, { name: 'Mizuho Bank', country: 'JP', bic: 'MHCBJPJT' }],
  GB: [{ name: 'Barclays Bank', country: 'GB', bic: 'BARCGB22' }, { name: 'HSBC UK Bank', country: 'GB', bic: 'HBUKGB4B' }, { name: 'Lloyds Bank', country: 'GB', bic: 'LOYDGB2L' }],
  DE: [{ name: 'Deutsche Bank', country: 'DE', bic: 'DEUTDEFF' }, { name: 'Commerzbank', country: 'DE', bic: 'COBADEFF' }, { name: 'Sparkasse KölnBonn', country: 'DE', bic: 'COLSDE33' }],
  CA: [{ name: 'Royal Bank of Canada', country: 'CA', bic: 'ROYCCAT2' }, { name: 'TD Canada Trust', country: 'CA', bic: 'TDOMCATT' }],
  IN: [{ name: 'HDFC Bank', country: 'IN', bic: 'HDFCINBB' }, { name: 'ICICI Bank', country: 'IN', bic: 'ICICINBB' }, { name: 'State Bank of India', country: 'IN', bic: 'SBININBB' }],
  PL: [{ name: 'PKO Bank Polski', country: 'PL', bic: 'BPKOPLPW' }, { name: 'mBank', country: 'PL', bic: 'BREXPLPW' }],
  BR: [{ name: 'Itaú Unibanco', country: 'BR', bic: 'ITAUBRSP' }, { name: 'Banco do Brasil', country: 'BR', bic: 'BRASBRRJ' }],
};

/** Banks in places pay is routed to by DPRK facilitators according to the US advisory (China-based banks, HK). */
export const FOREIGN_BANKS: Bank[] = [
  { name: 'Bank of China', country: 'CN', bic: 'BKCHCNBJ' },
  { name: 'Industrial and Commercial Bank of China', country: 'CN', bic: 'ICBKCNBJ' },
  { name: 'China Construction Bank', country: 'CN', bic: 'PCBCCNBJ' },
  { name: 'Bank of China (Hong Kong)', country: 'HK', bic: 'BKCHHKHH' },
];

/** Payment services used to receive contractor pay. */
export const PAYMENT_SERVICES: Bank[] = [
  { name: 'Payoneer', country: 'US', bic: '' },
  { name: 'Wise', country: 'GB', bic: 'TRWIGB22' },
  { name: 'PayPal', country: 'US', bic: '' },
];

export const BBAN_FORMATS: Record<string, string> = {
  DE: 'dddddddddddddddddd', GB: 'AAAAdddddddddddddd', PL: 'dddddddddddddddddddddddd', BR: 'dddddddddddddddddddddddAA',
};
