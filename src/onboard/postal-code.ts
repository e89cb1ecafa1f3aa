// Normalises postal codes per country so "SW1A 2AA" = "sw1a2aa" and ZIP+4 compares on its five digits.

export interface PostalCode {
  /** Canonical comparison form (upper-case, no spaces; US ZIP+4 cut to five digits). */
  value: string;
  /** Matches the country's format; unknown countries count as valid when non-empty. */
  valid: boolean;
  /** A coarser area (GB outward code, CA FSA, JP 3-digit area, US 3-digit SCF) for "same area" checks. */
  area: string;
}

interface Rule { re: RegExp; canon: (m: RegExpMatchArray) => string; area: (v: string) => string }

const digits = (n: number): Rule => ({
  re: new RegExp(`^(\\d{${n}})$`), canon: (m) => m[1] ?? '', area: (v) => v.slice(0, Math.max(2, n - 2)),
});

const RULES: Record<string, Rule> = {
  US: { re: /^(\d{5})(?:-?\d{4})?$/, canon: (m) => m[1] ?? '', area: (v) => v.slice(0, 3) },
  CA: { re: /^([A-Z]\d[A-Z])-?(\d[A-Z]\d)$/, canon: (m) => `${m[1]}${m[2]}`, area: (v) => v.slice(0, 3) },
  GB: {
    re: /^([A-Z]{1,2}\d[A-Z\d]?|GIR)(\d[A-Z]{2})$/, canon: (m) => `${m[1]}${m[2]}`, area: (v) => v.slice(0, -3),
  },
  JP: { re: /^(\d{3})-?(\d{4})$/, canon: (m) => `${m[1]}${m[2]}`, area: (v) => v.slice(0, 3) },
  NL: { re: /^(\d{4})([A-Z]{2})$/, canon: (m) => `${m[1]}${m[2]}`, area: (v) => v.slice(0, 4) },
  IE: { re: /^([A-Z]\d[\dW])([A-Z\d]{4})$/, canon: (m) => `${m[1]}${m[2]}`, area: (v) => v.slice(0, 3) },
  PL: { re: /^(\d{2})-?(\d{3})$/, canon: (m) => `${m[1]}${m[2]}`, area: (v) => v.slice(0, 2) },
  PT: { re: /^(\d{4})-?(\d{3})$/, canon: (m) => `${m[1]}${m[2]}`, area: (v) => v.slice(0, 4) },
  BR: { re: /^(\d{5})-?(\d{3})$/, canon: (m) => `${m[1]}${m[2]}`, area: (v) => v.slice(0, 5) },
  KR: digits(5), DE: digits(5), FR: digits(5), ES: digits(5), IT: digits(5), FI: digits(5), MX: digits(5),
  MY: digits(5), UA: digits(5), VN: digits(6), CN: digits(6), IN: digits(6), SG: digits(6), RU: digits(6),
  AU: digits(4), NZ: digits(4), AT: digits(4), CH: digits(4), BE: digits(4), DK: digits(4), NO: digits(4),
  PH: digits(4), SE: { re: /^(\d{3})(\d{2})$/, canon: (m) => `${m[1]}${m[2]}`, area: (v) => v.slice(0, 3) },
};

export function normalisePostalCode(raw: string | null | undefined, country: string | null | undefined): PostalCode | null {
  if (!raw) return null;
  // NFKC turns full-width digits (１５０) into ASCII; 〒 and "postcode"-style labels are not part of the code.
  const cleaned = raw.normalize('NFKC').toUpperCase().replace(/〒|^(ZIP|POSTCODE|POSTAL CODE)[:\s]*/g, '')
    .replace(/[\s.]+/g, '').replace(/[‐‑‒–—―−ー]/g, '-');
  if (cleaned === '') return null;
  const rule = country ? RULES[country.toUpperCase()] : undefined;
  if (!rule) {
    const value = cleaned.replace(/-/g, '');
    return { value, valid: true, area: value.slice(0, 3) };
  }
  const m = cleaned.match(rule.re);
  if (!m) {
    const value = cleaned.replace(/-/g, '');
    return { value, valid: false, area: value.slice(0, 3) };
  }
  const value = rule.canon(m);
  return { value, valid: true, area: rule.area(value) };
}

/** Finds a postal code written inside an address line (people often paste the whole address into one cell). */
export function findPostalCode(line: string, country: string | null | undefined): string | null {
  const s = line.normalize('NFKC').toUpperCase();
  const patterns: Record<string, RegExp> = {
    US: /\b(\d{5})(?:-\d{4})?\s*$/,
    GB: /\b([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b/,
    CA: /\b([A-Z]\d[A-Z]\s*\d[A-Z]\d)\b/,
    JP: /〒?\s*(\d{3}[-‐−ー]\d{4})/,
  };
  const re = country ? patterns[country.toUpperCase()] : undefined;
  return re ? (s.match(re)?.[1] ?? null) : null;
}
