// Generic VPN/access logs (CSV or JSON lines) read through a column mapping → normalized events.
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { ActionCategory, NormalizedEvent } from '../../model/event.js';
import { buildEvent, type EventDraft } from '../event-source/json-event-source.js';
import { num } from '../event-source/values.js';
import { csvHeader, readCsv } from '../read/csv.js';
import { readJsonRecords, sampleRecords } from '../read/json-records.js';
import type { ParsedItem, Sample, Source } from '../types.js';
import { mappingFromHeader, type VpnMapping } from './mapping.js';

type Row = Record<string, unknown>;

/** Dotted paths let a mapping reach into nested JSON (`client.ip`). */
function cell(row: Row, key: string | undefined): unknown {
  if (!key) return undefined;
  if (key in row) return row[key];
  // The CSV reader lower-cases header names; mapping files use the names as the export prints them.
  const lower = key.toLowerCase();
  if (lower in row) return row[lower];
  let v: unknown = row;
  for (const part of key.split('.')) v = v && typeof v === 'object' ? (v as Row)[part] : undefined;
  return v;
}
const text = (v: unknown): string | null => (v == null || v === '' ? null : String(v).trim() || null);

function categoryOf(type: string | null): ActionCategory {
  if (type === null) return 'auth.login';
  if (/disconnect|logout|logoff|session.?end|stop/i.test(type)) return 'auth.logout';
  if (/connect|login|logon|auth|session.?start|start|tunnel.?up/i.test(type)) return 'auth.login';
  return 'other';
}

export function mapVpnRow(row: Row, m: VpnMapping): EventDraft {
  const c = m.columns;
  const rawTime = cell(row, c.time);
  const t = num(rawTime);
  const time = m.timeFormat === 'epoch_s' && t !== null ? t * 1000 : m.timeFormat === 'epoch_ms' && t !== null ? t : rawTime;
  const type = text(cell(row, c.type));
  const out = text(cell(row, c.outcome))?.toLowerCase() ?? null;
  const outcome = out === null ? 'unknown' : m.outcomes.success.includes(out) ? 'success' : m.outcomes.failure.includes(out) ? 'failure' : 'unknown';
  const country = text(cell(row, c.country));
  return {
    time, timeField: c.time,
    sourceEventId: text(cell(row, c.id)),
    type: type ?? `${m.name}.session`,
    category: categoryOf(type),
    outcome,
    outcomeReason: text(cell(row, c.reason)),
    actor: text(cell(row, c.user)),
    ip: text(cell(row, c.ip)),
    userAgent: text(cell(row, c.userAgent)),
    deviceId: text(cell(row, c.deviceId)),
    deviceName: text(cell(row, c.deviceName)),
    sessionId: text(cell(row, c.sessionId)),
    vendorGeo: country || c.asn ? { country, city: text(cell(row, c.city)), asn: num(cell(row, c.asn)) } : null,
    attrs: {
      vpn: m.name, assignedIp: text(cell(row, c.assignedIp)), gateway: text(cell(row, c.gateway)),
      bytesIn: num(cell(row, c.bytesIn)), bytesOut: num(cell(row, c.bytesOut)),
    },
  };
}

function looksJson(head: string): boolean { return /^\s*[[{]/.test(head.replace(/^\uFEFF/, '')); }

/** A VPN source bound to a mapping; without one, each file's header is matched against common column names. */
export function vpnSource(mapping?: VpnMapping): Source<NormalizedEvent> {
  const resolve = (header: string[]) => mapping ?? mappingFromHeader(header);
  return {
    name: 'vpn',
    target: 'events',
    detect({ head }: Sample) {
      // Without a mapping this is a fallback for access logs no vendor claims, so it stays below vendor scores.
      const header = looksJson(head) ? Object.keys(sampleRecords(head, 1)[0] ?? {}) : csvHeader(head);
      const m = resolve(header);
      if (!m) return 0;
      const has = [m.columns.time, m.columns.user, m.columns.ip ?? ''].every((k) => header.some((h) => h.toLowerCase() === k.toLowerCase()));
      return has ? (mapping ? 0.7 : 0.4) : 0;
    },
    async *parse(input: Readable): AsyncIterable<ParsedItem<NormalizedEvent>> {
      const { first, stream } = await peek(input);
      const items = looksJson(first) ? jsonRows(stream) : csvRows(stream);
      let m: VpnMapping | null = mapping ?? null;
      for await (const it of items) {
        if (!it.ok) { yield it; continue; }
        m ??= resolve(Object.keys(it.row));
        if (!m) { yield { ok: false, line: it.line, problems: [{ line: it.line, reason: 'no column mapping: time, user and source IP columns not found' }], raw: it.raw }; return; }
        const built = buildEvent('vpn', mapVpnRow(it.row, m), it.row, it.line);
        yield built.ok ? { ok: true, line: it.line, record: built.event } : { ok: false, line: it.line, problems: built.problems, raw: it.raw };
      }
    },
  };
}

type RowItem = { ok: true; line: number; row: Row; raw: string } | Extract<ParsedItem<never>, { ok: false }>;

async function* csvRows(input: Readable): AsyncIterable<RowItem> {
  for await (const it of readCsv(input)) {
    if (it.ok) yield { ok: true, line: it.line, row: it.row, raw: it.rawLine };
    else yield { ok: false, line: it.line, problems: [{ line: it.line, reason: it.reason }], raw: it.rawLine };
  }
}
async function* jsonRows(input: Readable): AsyncIterable<RowItem> {
  for await (const it of readJsonRecords(input)) {
    if (it.ok && (it.value === null || typeof it.value !== 'object' || Array.isArray(it.value))) {
      yield { ok: false, line: it.line, problems: [{ line: it.line, reason: 'expected a JSON object (one access-log record)' }], raw: (it.text ?? '').slice(0, 4096) };
    } else if (it.ok) yield { ok: true, line: it.line, row: it.value as Row, raw: it.text ?? '' };
    else yield { ok: false, line: it.line, problems: [{ line: it.line, reason: it.reason }], raw: it.raw };
  }
}

/** Reads the first chunk and puts it back, to choose CSV or JSON without a second open. */
/** Reads the first chunk to choose CSV or JSON, and returns a stream that still starts at the beginning. */
async function peek(input: Readable): Promise<{ first: string; stream: Readable }> {
  const it = input[Symbol.asyncIterator]() as AsyncIterator<string | Uint8Array>;
  const decoder = new StringDecoder('utf8');
  const text = (v: string | Uint8Array) => (typeof v === 'string' ? v : decoder.write(Buffer.from(v)));
  const head = await it.next();
  const first = head.done ? '' : text(head.value);
  async function* rest(): AsyncIterable<string> {
    if (first) yield first;
    for (let n = await it.next(); !n.done; n = await it.next()) yield text(n.value);
    const tail = decoder.end();
    if (tail) yield tail;
  }
  return { first: first.slice(0, 4096), stream: Readable.from(rest(), { objectMode: false, encoding: 'utf8' }) };
}
