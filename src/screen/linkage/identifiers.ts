// Keys under which two candidate or employee records can be the same actor: contact, network, referee, documents.
import type { EmailFacts } from '../../enrich/index.js';
import { phoneFacts } from '../../enrich/index.js';
import { nameTokens } from '../watchlist/name-key.js';
import { normIp } from '../watchlist/identifiers.js';

export type LinkKind =
  | 'phone' | 'email' | 'email-base' | 'email-pattern' | 'ip' | 'referee' | 'resume' | 'document-author' | 'portfolio-url' | 'bank-account' | 'name-requisition';

export const phoneKey = (p: string | null | undefined, country?: string | null): string | null => {
  if (!p) return null;
  const f = phoneFacts(p, country ?? undefined);
  return f?.e164 ?? null;
};

/** Letters of the mailbox name (kevin.walsh91 → kevinwalsh): the same person re-registering with new digits. */
export function emailBase(f: EmailFacts): string | null {
  if (f.role) return null;
  const letters = f.local.replace(/\+.*$/, '').replace(/[^a-z]/g, '');
  return letters.length >= 6 ? letters : null;
}

/**
 * The mailbox's shape with the person's own name abstracted: "kevin.walsh.dev92" for Kevin Walsh → "{n}.{n}.dev##".
 * Personas made by one actor often follow one recipe; only shapes with a literal word of 3+ letters are kept.
 */
export function emailPattern(f: EmailFacts, fullName: string): string | null {
  const tokens = new Set(nameTokens(fullName));
  const parts = f.local.replace(/\+.*$/, '').split(/([._-])/);
  let literal = false;
  const shape = parts.map((p) => {
    if (/^[._-]$/.test(p)) return p;
    const m = /^([a-z]*)(\d*)$/.exec(p);
    if (!m) return p;
    const [, letters = '', digits = ''] = m;
    let head = letters;
    if (tokens.has(letters) || (letters.length === 1 && [...tokens].some((t) => t.startsWith(letters)))) head = '{n}';
    else if (letters.length >= 3) literal = true;
    return head + '#'.repeat(digits.length);
  }).join('');
  return literal && shape.includes('{n}') ? `${shape}@${f.domain}` : null;
}

/** Host + path of a portfolio/profile URL, so http/https/www/trailing-slash variants compare equal. */
export function normUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  const s = u.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
  // A bare site (github.com) says nothing; a profile or repository path does.
  return s.includes('/') && s.length > 8 ? s : null;
}

export function ipKey(ip: string | null | undefined): string | null {
  if (!ip) return null;
  const n = normIp(ip);
  if (!n) return null;
  // Private and loopback addresses are the same string in every office and home.
  if (/^(10\.|127\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|::1$|fe80:|fc|fd)/.test(n)) return null;
  return n;
}
