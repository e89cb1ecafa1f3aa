// Reads the OFAC SDN list as published in CSV (sdn.csv, alt.csv, add.csv; no header, "-0-" = empty).
import { parse } from 'csv-parse/sync';
import { normDomain, normEmail, normPhone, normWallet } from './identifiers.js';
import { emptyEntry, type WatchlistEntry } from './types.js';

const cell = (v: string | undefined): string | null => {
  const s = (v ?? '').trim();
  return s === '' || s === '-0-' ? null : s;
};

function rows(text: string): string[][] {
  return parse(text.replace(/\u001a\s*$/, ''), { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true }) as string[][];
}

/** Identifiers OFAC writes into Remarks: "Email Address x@y; Digital Currency Address - ETH 0x…; Website z". */
export function remarksIdentifiers(remarks: string, into: WatchlistEntry): void {
  for (const part of remarks.split(';')) {
    const p = part.trim();
    let m = /^(?:a\.k\.a\.,?\s*)?Email Address\s+(\S+)/i.exec(p);
    if (m?.[1]) { into.emails.push(normEmail(m[1].replace(/[.,]$/, ''))); continue; }
    m = /^Digital Currency Address - \w+\s+(\S+)/i.exec(p);
    if (m?.[1]) { into.wallets.push(normWallet(m[1].replace(/[.,]$/, ''))); continue; }
    m = /^Website\s+(\S+)/i.exec(p);
    if (m?.[1]) { const d = normDomain(m[1]); if (d) into.domains.push(d); continue; }
    m = /^(?:Phone(?: Number)?|Telephone)\s+(.+)$/i.exec(p);
    if (m?.[1]) { const ph = normPhone(m[1]); if (ph) into.phones.push(ph); continue; }
    m = /^nationality\s+(.+)$/i.exec(p);
    if (m?.[1]) into.countries.push(m[1].replace(/\.$/, ''));
  }
}

function sdnType(t: string | null): WatchlistEntry['type'] {
  if (t === 'individual' || t === 'vessel' || t === 'aircraft') return t;
  return 'entity';
}

export interface OfacCsvFiles { sdn: string; alt?: string; add?: string }

export function parseOfacCsv(files: OfacCsvFiles): WatchlistEntry[] {
  const byId = new Map<string, WatchlistEntry>();
  for (const r of rows(files.sdn)) {
    const id = cell(r[0]);
    const name = cell(r[1]);
    if (!id || !name || !/^\d+$/.test(id)) continue;
    const e = emptyEntry(`ofac-sdn:${id}`, 'ofac-sdn', sdnType(cell(r[2])));
    e.names.push({ name, kind: 'primary' });
    e.programs = (cell(r[3]) ?? '').replace(/[[\]]/g, ' ').split(/\s+/).filter(Boolean);
    e.remarks = cell(r[11]);
    if (e.remarks) remarksIdentifiers(e.remarks, e);
    byId.set(id, e);
  }
  if (files.alt) {
    for (const r of rows(files.alt)) {
      const e = byId.get(cell(r[0]) ?? '');
      const name = cell(r[3]);
      if (e && name) e.names.push({ name, kind: cell(r[2]) ?? 'aka' });
    }
  }
  if (files.add) {
    for (const r of rows(files.add)) {
      const e = byId.get(cell(r[0]) ?? '');
      const country = cell(r[4]);
      if (e && country && !e.countries.includes(country)) e.countries.push(country);
    }
  }
  return [...byId.values()];
}
