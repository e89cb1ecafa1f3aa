// IP → AS number and organisation from the @ip-location-db/asn CSVs, built once into typed arrays.
import { readFileSync } from 'node:fs';
import { parseIpv4, parseIpv6, type ParsedIp } from './ip-address.js';
import { find4, find6, tableBytes, type RangeTable } from './range-table.js';

export const ASN_PACKAGE = '@ip-location-db/asn';
export const ASN_FILES = { v4: 'asn-ipv4.csv', v6: 'asn-ipv6.csv' } as const;

export interface AsnTable {
  lookup(ip: ParsedIp): { asn: number; org: string } | null;
  /** Organisation name registered for an AS number (first seen), or null. */
  orgOf(asn: number): string | null;
  stats: { ranges: number; orgs: number; bytes: number; loadMs: number };
}

/** Splits `start,end,asn,org` where org may be quoted with doubled quotes inside. */
function splitRow(line: string): [string, string, string, string] | null {
  const a = line.indexOf(',');
  const b = line.indexOf(',', a + 1);
  const c = line.indexOf(',', b + 1);
  if (a < 0 || b < 0 || c < 0) return null;
  let org = line.slice(c + 1);
  if (org.startsWith('"') && org.endsWith('"')) org = org.slice(1, -1).replace(/""/g, '"');
  return [line.slice(0, a), line.slice(a + 1, b), line.slice(b + 1, c), org];
}

type Grow = { start: number[]; end: number[]; asn: number[]; org: number[] };

/** Parse one CSV (rows already sorted by start upstream; we still skip any overlap defensively). */
function readCsv(text: string, v6: boolean, orgIndex: Map<string, number>, out: Grow): number {
  let rows = 0;
  let lastEnd: number[] | null = null;
  for (let pos = 0; pos < text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.charCodeAt(nl - 1) === 13 ? text.slice(pos, nl - 1) : text.slice(pos, nl);
    pos = nl + 1;
    const row = line.length > 0 ? splitRow(line) : null;
    if (!row) continue;
    const asn = Number(row[2]);
    if (!Number.isInteger(asn)) continue;
    let s: number[];
    let e: number[];
    if (v6) {
      const a = parseIpv6(row[0]);
      const b = parseIpv6(row[1]);
      if (!a || !b) continue;
      s = a; e = b;
    } else {
      const a = parseIpv4(row[0]);
      const b = parseIpv4(row[1]);
      if (a < 0 || b < 0) continue;
      s = [a]; e = [b];
    }
    if (lastEnd && compare(s, lastEnd) <= 0) continue;
    lastEnd = e;
    let oi = orgIndex.get(row[3]);
    if (oi === undefined) { oi = orgIndex.size; orgIndex.set(row[3], oi); }
    out.start.push(...s); out.end.push(...e); out.asn.push(asn); out.org.push(oi);
    rows++;
  }
  return rows;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Reads both CSVs; ~0.5 M ranges. Call once (the enricher does so lazily on first IP). */
export function loadAsnTable(v4Path: string, v6Path: string): AsnTable {
  const t0 = performance.now();
  const orgIndex = new Map<string, number>();
  const g4: Grow = { start: [], end: [], asn: [], org: [] };
  const g6: Grow = { start: [], end: [], asn: [], org: [] };
  readCsv(readFileSync(v4Path, 'utf8'), false, orgIndex, g4);
  readCsv(readFileSync(v6Path, 'utf8'), true, orgIndex, g6);
  const table: RangeTable = {
    v4Start: Uint32Array.from(g4.start),
    v4End: Uint32Array.from(g4.end),
    v4Value: Uint32Array.from(g4.asn),
    v6Start: Uint32Array.from(g6.start),
    v6End: Uint32Array.from(g6.end),
    v6Value: Uint32Array.from(g6.asn),
  };
  const org4 = Uint32Array.from(g4.org);
  const org6 = Uint32Array.from(g6.org);
  const orgs = [...orgIndex.keys()];
  const byAsn = new Map<number, string>();
  const fill = (asn: Uint32Array, org: Uint32Array): void => {
    for (let i = 0; i < asn.length; i++) if (!byAsn.has(asn[i]!)) byAsn.set(asn[i]!, orgs[org[i]!]!);
  };
  fill(table.v4Value, org4);
  fill(table.v6Value, org6);
  const loadMs = performance.now() - t0;
  return {
    lookup(ip) {
      if (ip.version === 4) {
        const i = find4(table, ip.v4);
        return i < 0 ? null : { asn: table.v4Value[i]!, org: orgs[org4[i]!]! };
      }
      const i = find6(table, ip.v6);
      return i < 0 ? null : { asn: table.v6Value[i]!, org: orgs[org6[i]!]! };
    },
    orgOf: (asn) => byAsn.get(asn) ?? null,
    stats: {
      ranges: table.v4Value.length + table.v6Value.length,
      orgs: orgs.length,
      bytes: tableBytes(table) + org4.byteLength + org6.byteLength,
      loadMs,
    },
  };
}
