// Normalises contact and network identifiers so watch-list comparisons are exact but format-blind.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import ipaddr from 'ipaddr.js';

export const normEmail = (e: string): string => e.trim().toLowerCase().replace(/^mailto:/, '');

/** E.164, or null when the number cannot be read with certainty (no country, no + prefix). */
export function normPhone(p: string, defaultCountry?: string): string | null {
  const parsed = parsePhoneNumberFromString(p.trim(), defaultCountry as never);
  return parsed?.isPossible() ? parsed.number : null;
}

export function normDomain(d: string): string | null {
  let s = d.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '');
  s = s.split(/[/?#:]/)[0] ?? '';
  s = s.replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(s) ? s : null;
}

/** A domain equals the listed one or is a subdomain of it. */
export function domainMatches(domain: string, listed: string): boolean {
  return domain === listed || domain.endsWith(`.${listed}`);
}

export function normIp(ip: string): string | null {
  try {
    return ipaddr.process(ip.trim()).toString();
  } catch {
    return null;
  }
}

/** Whether an address equals a listed address or falls inside a listed CIDR block. */
export function ipMatches(ip: string, listed: string): boolean {
  try {
    const addr = ipaddr.process(ip);
    if (listed.includes('/')) {
      const [range, bits] = ipaddr.parseCIDR(listed);
      const r = range.kind() === 'ipv6' && (range as ipaddr.IPv6).isIPv4MappedAddress() ? (range as ipaddr.IPv6).toIPv4Address() : range;
      return addr.kind() === r.kind() && addr.match([r, bits] as never);
    }
    return addr.toString() === ipaddr.process(listed).toString();
  } catch {
    return false;
  }
}

/** Hex (0x…) wallet addresses are case-insensitive; base58/bech32 ones keep case except bech32 prefixes. */
export function normWallet(w: string): string {
  const s = w.trim();
  return /^0x[0-9a-f]{40}$/i.test(s) || /^(bc1|ltc1|tb1)/i.test(s) ? s.toLowerCase() : s;
}
