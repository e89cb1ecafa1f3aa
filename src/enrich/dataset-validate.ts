// Checks a candidate dataset file before an offline update may replace the one in use.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Reader } from 'maxmind';
import { parseAppleRelayCsv, parseAsnList, parseCidrList, parseTorExitList } from './list-formats.js';
import { LolrmmFile } from './remote-tools.js';
import { parseIpv4, parseIpv6 } from './ip-address.js';

export const DATASET_FORMATS = [
  'mmdb-city', 'asn-csv-v4', 'asn-csv-v6', 'cidr-list', 'asn-list', 'tor-exit-list', 'apple-relay-csv',
  'lolrmm-json', 'json', 'domain-list', 'text',
] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

export type Validation = { ok: true; items: number } | { ok: false; reason: string };

/** Most lines must parse: a truncated download or an HTML error page must not replace good data. */
function ratio(items: number, rejected: number, what: string): Validation {
  if (items === 0) return { ok: false, reason: `no ${what} found` };
  if (rejected > Math.max(5, items * 0.01)) return { ok: false, reason: `${rejected} malformed lines (${items} good)` };
  return { ok: true, items };
}

function asnCsv(text: string, v6: boolean): Validation {
  let items = 0;
  let rejected = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const [a, b, asn] = line.split(',');
    const okIp = (s: string | undefined): boolean => (s ? (v6 ? parseIpv6(s) !== null : parseIpv4(s) >= 0) : false);
    if (okIp(a) && okIp(b) && /^\d+$/.test(asn ?? '')) items++; else rejected++;
  }
  return ratio(items, rejected, 'ASN ranges');
}

export function validateDatasetFile(path: string, format: DatasetFormat): Validation {
  try {
    if (format === 'mmdb-city') {
      const r = new Reader(readFileSync(path));
      const type = String(r.metadata.databaseType);
      if (!/city/i.test(type)) return { ok: false, reason: `mmdb is "${type}", not a city database` };
      return { ok: true, items: r.metadata.nodeCount };
    }
    const text = readFileSync(path, 'utf8');
    switch (format) {
      case 'asn-csv-v4': return asnCsv(text, false);
      case 'asn-csv-v6': return asnCsv(text, true);
      case 'cidr-list': { const p = parseCidrList(text); return ratio(p.items.length, p.rejected, 'CIDR ranges'); }
      case 'asn-list': { const p = parseAsnList(text); return ratio(p.items.length, p.rejected, 'AS numbers'); }
      case 'tor-exit-list': { const p = parseTorExitList(text); return ratio(p.items.length, p.rejected, 'exit addresses'); }
      case 'apple-relay-csv': { const p = parseAppleRelayCsv(text); return ratio(p.items.length, p.rejected, 'relay ranges'); }
      case 'lolrmm-json': return { ok: true, items: LolrmmFile.parse(JSON.parse(text)).length };
      case 'json': {
        const v = z.union([z.array(z.unknown()).min(1), z.record(z.string(), z.unknown())]).parse(JSON.parse(text));
        return { ok: true, items: Array.isArray(v) ? v.length : Object.keys(v).length };
      }
      case 'domain-list': {
        const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
        const bad = lines.filter((l) => !/^[a-z0-9.-]+\.[a-z0-9-]+$/i.test(l)).length;
        return ratio(lines.length - bad, bad, 'domains');
      }
      case 'text': return text.trim() ? { ok: true, items: text.split('\n').length } : { ok: false, reason: 'empty file' };
    }
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message.slice(0, 200) : 'unreadable' };
  }
}
