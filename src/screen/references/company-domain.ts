// Whether an e-mail domain plausibly belongs to a named company (brightwave.io ↔ "Brightwave Technologies Inc").

const GENERIC_WORDS = new Set([
  'inc', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'sa', 'plc', 'pte', 'pty', 'bv', 'kk', 'the', 'and', 'of',
  'technologies', 'technology', 'tech', 'solutions', 'labs', 'systems', 'software', 'group', 'consulting', 'partners', 'services', 'global',
  'international', 'holdings', 'digital', 'studio', 'studios', 'network', 'networks', 'data', 'cloud', 'it',
]);
const SECOND_LEVEL = /^(co|com|net|org|ac|gov|ne|or|go)$/;

/** The label an organisation registered: mail.eu.acme.co.uk → acme. */
export function registrableLabel(domain: string): string {
  const parts = domain.toLowerCase().split('.').filter(Boolean);
  if (parts.length >= 3 && SECOND_LEVEL.test(parts[parts.length - 2] ?? '') && (parts[parts.length - 1] ?? '').length === 2) return parts[parts.length - 3] ?? '';
  return parts[parts.length - 2] ?? parts[0] ?? '';
}

export function companyWords(company: string): string[] {
  return company.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

export function domainMatchesCompany(domain: string, company: string): boolean {
  const label = registrableLabel(domain).replace(/-/g, '');
  const words = companyWords(company);
  if (!label || words.length === 0) return false;
  const significant = words.filter((w) => !GENERIC_WORDS.has(w) && w.length >= 3);
  if (significant.some((w) => label.includes(w) || (w.length >= 5 && w.includes(label) && label.length >= 4))) return true;
  if (words.join('') === label || significant.join('') === label) return true;
  const initials = words.filter((w) => !['inc', 'llc', 'ltd', 'co', 'the', 'and', 'of'].includes(w)).map((w) => w[0]).join('');
  return initials.length >= 2 && initials === label;
}
