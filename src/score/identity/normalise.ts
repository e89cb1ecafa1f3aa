// Normalises the identifiers entity resolution compares: e-mail, phone (E.164), person names, GitHub logins, device users.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export const normEmail = (e: string | null | undefined): string | null => {
  const s = e?.trim().toLowerCase().replace(/^mailto:/, '');
  return s && /^[^@\s]+@[^@\s]+$/.test(s) ? s : null;
};

export function normPhone(p: string | null | undefined, country?: string | null): string | null {
  if (!p?.trim()) return null;
  const parsed = parsePhoneNumberFromString(p.trim(), (country ?? undefined) as CountryCode | undefined);
  return parsed?.isValid() ? parsed.number : null;
}

/** Case, accents, punctuation and word order removed, so "Doe, John" = "john  DOE". */
export function nameKey(n: string | null | undefined): string | null {
  if (!n?.trim()) return null;
  const words = n.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length ? words.sort().join(' ') : null;
}

/** `https://github.com/jdoe/` → `jdoe`. */
export function githubLogin(url: string | null | undefined): string | null {
  const m = url?.trim().match(/github\.com\/([A-Za-z0-9-]{1,39})(?:[/?#]|$)/i);
  return m?.[1]?.toLowerCase() ?? null;
}

/** `CONTOSO\jdoe`, `jdoe@contoso.com`, `AzureAD\JohnDoe` → the bare user part, lower-cased. */
export function userPart(actor: string): string {
  const a = actor.trim().toLowerCase();
  const slash = a.lastIndexOf('\\');
  const noDomain = slash >= 0 ? a.slice(slash + 1) : a;
  const at = noDomain.indexOf('@');
  return at > 0 ? noDomain.slice(0, at) : noDomain;
}
