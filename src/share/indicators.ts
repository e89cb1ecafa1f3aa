// The indicator kinds Trustline shares, how each is normalised, keyed-hashed (HMAC) and written as a STIX pattern path.
import { createHmac } from 'node:crypto';
import { normEmail, normPhone } from '../score/identity/normalise.js';
import { normIp, normWallet } from '../screen/watchlist/identifiers.js';

export const INDICATOR_KINDS = ['email', 'phone', 'ip', 'asn', 'wallet', 'document-author', 'resume-sha256', 'resume-fingerprint'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** STIX object type and property each kind is written as; custom ones follow the STIX 2.1 naming rules. */
export const KIND_PATH: Record<IndicatorKind, { object: string; property: string }> = {
  email: { object: 'email-addr', property: 'value' },
  phone: { object: 'phone-number', property: 'value' },
  ip: { object: 'ipv4-addr', property: 'value' },
  asn: { object: 'autonomous-system', property: 'number' },
  wallet: { object: 'cryptocurrency-wallet', property: 'value' },
  'document-author': { object: 'x-document-author', property: 'value' },
  'resume-sha256': { object: 'file', property: "hashes.'SHA-256'" },
  'resume-fingerprint': { object: 'x-resume-fingerprint', property: 'value' },
};

/** The property a keyed hash replaces the value with. */
export const HMAC_PROPERTY = 'x_hmac_sha256';

/** Canonical form, so two parties hashing the same identifier get the same HMAC. null = not a valid value of that kind. */
export function normaliseIndicator(kind: IndicatorKind, value: string, defaultCountry?: string | null): string | null {
  const v = value.trim();
  if (!v) return null;
  switch (kind) {
    case 'email': return normEmail(v);
    case 'phone': return normPhone(v, defaultCountry);
    case 'ip': {
      const [addr, bits, ...rest] = v.split('/');
      if (rest.length) return null;
      const n = normIp(addr ?? '');
      if (!n) return null;
      if (bits === undefined) return n;
      const b = Number(bits);
      return Number.isInteger(b) && b >= 0 && b <= (n.includes(':') ? 128 : 32) ? `${n}/${b}` : null;
    }
    case 'asn': {
      const m = v.match(/^(?:as)?\s*(\d{1,10})$/i);
      const n = m ? Number(m[1]) : NaN;
      return Number.isInteger(n) && n > 0 && n < 2 ** 32 ? String(n) : null;
    }
    case 'wallet': return /^[A-Za-z0-9:]{20,120}$/.test(v) ? normWallet(v) : null;
    case 'document-author': return v.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
    case 'resume-sha256': return /^[0-9a-f]{64}$/i.test(v) ? v.toLowerCase() : null;
    case 'resume-fingerprint': return v.toLowerCase();
  }
}

/** HMAC-SHA256 over `kind:normalised` — the kind is in the input so an e-mail never matches a wallet with equal text. */
export function hmacIndicator(kind: IndicatorKind, normalised: string, key: string | Buffer): string {
  return createHmac('sha256', key).update(`${kind}:${normalised}`, 'utf8').digest('hex');
}

/** STIX patterning string literal: backslash and quote escaped. */
const literal = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function patternFor(kind: IndicatorKind, normalised: string, hashed: string | null): string {
  const p = KIND_PATH[kind];
  const object = kind === 'ip' && normalised.includes(':') ? 'ipv6-addr' : p.object;
  if (hashed) return `[${object}:${HMAC_PROPERTY} = ${literal(hashed)}]`;
  return `[${object}:${p.property} = ${kind === 'asn' ? normalised : literal(normalised)}]`;
}

/** Reads a pattern's comparisons back into (kind, value, hashed) — the inverse of `patternFor`, tolerant of other producers. */
export function kindOfPath(object: string, property: string): { kind: IndicatorKind | 'domain' | 'url'; hashed: boolean } | null {
  const o = object.toLowerCase();
  const prop = property.replace(/\s+/g, '');
  const hashed = prop === HMAC_PROPERTY;
  if (o === 'email-addr' && (prop === 'value' || hashed)) return { kind: 'email', hashed };
  if ((o === 'ipv4-addr' || o === 'ipv6-addr') && (prop === 'value' || hashed)) return { kind: 'ip', hashed };
  if (o === 'autonomous-system' && (prop === 'number' || hashed)) return { kind: 'asn', hashed };
  if (/phone/.test(o) && (prop === 'value' || prop === 'number' || hashed)) return { kind: 'phone', hashed };
  if (/wallet|cryptocurrency/.test(o) && (prop === 'value' || prop === 'address' || hashed)) return { kind: 'wallet', hashed };
  if (o === 'x-document-author' || (o === 'file' && /author/.test(prop))) return { kind: 'document-author', hashed };
  if (o === 'file' && /^hashes\.('sha-256'|sha256|'sha256')$/i.test(prop)) return { kind: 'resume-sha256', hashed: false };
  if (o === 'x-resume-fingerprint') return { kind: 'resume-fingerprint', hashed };
  if (o === 'domain-name' && prop === 'value') return { kind: 'domain', hashed: false };
  if (o === 'url' && prop === 'value') return { kind: 'url', hashed: false };
  if (o === 'email-message' && /(from|sender)_ref\.value/.test(prop)) return { kind: 'email', hashed: false };
  return null;
}
