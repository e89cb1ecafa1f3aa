// Reads the OFAC SDN list as published in XML (sdn.xml: sdnEntry with akaList, idList, addressList).
import { normDomain, normEmail, normWallet } from './identifiers.js';
import { emptyEntry, type WatchlistEntry } from './types.js';

const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string) => s.replace(/&(\w+|#\d+);/g, (m, e: string) => (e[0] === '#' ? String.fromCharCode(Number(e.slice(1))) : ENT[e] ?? m));

/** Direct children text by tag name; the SDN schema is shallow and regular, so no DOM is needed. */
function tag(xml: string, name: string): string | null {
  const m = new RegExp(`<(?:\\w+:)?${name}>([\\s\\S]*?)</(?:\\w+:)?${name}>`).exec(xml);
  return m?.[1] !== undefined ? unescape(m[1].trim()) : null;
}
function blocks(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${name}>([\\s\\S]*?)</(?:\\w+:)?${name}>`, 'g'))].map((m) => m[1] ?? '');
}

function fullName(x: string): string | null {
  const last = tag(x, 'lastName');
  const first = tag(x, 'firstName');
  if (!last && !first) return null;
  return last && first ? `${last}, ${first}` : (last ?? first);
}

export function parseOfacXml(xml: string): WatchlistEntry[] {
  const out: WatchlistEntry[] = [];
  for (const b of blocks(xml, 'sdnEntry')) {
    const uid = tag(b, 'uid');
    const name = fullName(b.replace(/<(\w+:)?akaList>[\s\S]*?<\/(\w+:)?akaList>/, ''));
    if (!uid || !name) continue;
    const t = (tag(b, 'sdnType') ?? '').toLowerCase();
    const e = emptyEntry(`ofac-sdn:${uid}`, 'ofac-sdn', t === 'individual' || t === 'vessel' || t === 'aircraft' ? t : 'entity');
    e.names.push({ name, kind: 'primary' });
    e.programs = blocks(b, 'program').map((p) => p.trim());
    for (const a of blocks(b, 'aka')) {
      const n = fullName(a);
      if (n) e.names.push({ name: n, kind: `${(tag(a, 'type') ?? 'a.k.a.').replace(/\./g, '').toLowerCase()}${tag(a, 'category') === 'weak' ? ' (weak)' : ''}` });
    }
    for (const id of blocks(b, 'id')) {
      const type = tag(id, 'idType') ?? '';
      const num = tag(id, 'idNumber');
      if (!num) continue;
      if (/^Email Address/i.test(type)) e.emails.push(normEmail(num));
      else if (/^Digital Currency Address/i.test(type)) e.wallets.push(normWallet(num));
      else if (/^Website/i.test(type)) { const d = normDomain(num); if (d) e.domains.push(d); }
      else if (/^Nationality/i.test(type)) e.countries.push(num);
    }
    for (const a of blocks(b, 'address')) { const c = tag(a, 'country'); if (c && !e.countries.includes(c)) e.countries.push(c); }
    for (const n of blocks(b, 'nationality')) { const c = tag(n, 'country'); if (c && !e.countries.includes(c)) e.countries.push(c); }
    e.remarks = tag(b, 'remarks');
    out.push(e);
  }
  return out;
}
