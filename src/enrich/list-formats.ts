// Parsers for the network-list file formats we ship or import: CIDR lists, ASN lists, Tor exit lists, Apple relay CSV.
import { parseCidr, type Cidr4, type Cidr6 } from './ip-address.js';

export type Cidr = Cidr4 | Cidr6;
export interface Parsed<T> { items: T[]; rejected: number }

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.replace(/#.*$/, '').trim()).filter((l) => l.length > 0);
}

/** X4BNet output format: one CIDR (or address) a line, `#` comments. */
export function parseCidrList(text: string): Parsed<Cidr> {
  const items: Cidr[] = [];
  let rejected = 0;
  for (const l of lines(text)) {
    const r = parseCidr(l);
    if (r) items.push(r); else rejected++;
  }
  return { items, rejected };
}

export interface AsnListItem { asn: number; note: string }

/** X4BNet input format: `AS123 # note` a line. */
export function parseAsnList(text: string): Parsed<AsnListItem> {
  const items: AsnListItem[] = [];
  let rejected = 0;
  for (const raw of text.split(/\r?\n/)) {
    const l = raw.trim();
    if (l === '' || l.startsWith('#')) continue;
    const m = /^AS(\d+)\s*(?:#\s*(.*))?$/i.exec(l);
    if (m) items.push({ asn: Number(m[1]), note: (m[2] ?? '').trim() }); else rejected++;
  }
  return { items, rejected };
}

/**
 * Tor Project exit lists: the `exit-addresses` format (ExitNode / Published / LastStatus /
 * ExitAddress <ip> <date> <time> records) or the bulk list (one address a line). Both accepted.
 */
export function parseTorExitList(text: string): Parsed<Cidr> & { newest: string | null } {
  const items: Cidr[] = [];
  let rejected = 0;
  let newest: string | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const l = raw.trim();
    if (l === '' || l.startsWith('#')) continue;
    const words = l.split(/\s+/);
    const key = words[0]!;
    if (key === 'ExitAddress') {
      const r = words[1] ? parseCidr(words[1]) : null;
      if (r) items.push(r); else rejected++;
      const seen = words[2] && words[3] ? `${words[2]}T${words[3]}Z` : null;
      if (seen && (!newest || seen > newest)) newest = seen;
    } else if (key === 'ExitNode' || key === 'Published' || key === 'LastStatus') {
      continue;
    } else if (words.length === 1) {
      const r = parseCidr(key);
      if (r) items.push(r); else rejected++;
    } else rejected++;
  }
  return { items, rejected, newest };
}

export interface RelayRange { range: Cidr; country: string | null; region: string | null; city: string | null }

/** Apple's egress-ip-ranges.csv: `prefix,country,region,city,` (no header, trailing empty field). */
export function parseAppleRelayCsv(text: string): Parsed<RelayRange> {
  const items: RelayRange[] = [];
  let rejected = 0;
  for (const raw of text.split(/\r?\n/)) {
    const l = raw.trim();
    if (l === '' || l.startsWith('#')) continue;
    const f = l.split(',');
    const range = f[0] ? parseCidr(f[0]) : null;
    if (!range || f.length < 4) { rejected++; continue; }
    items.push({ range, country: f[1] || null, region: f[2] || null, city: f[3] || null });
  }
  return { items, rejected };
}
