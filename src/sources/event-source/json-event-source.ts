// Builds an event Source from a vendor mapping: read JSON records, validate the vendor fields, map, hash ids.
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { EventSource, NormalizedEvent, NormalizedEventInput } from '../../model/event.js';
import { readJsonRecordBatches, sampleRecords, type WrapperKey } from '../read/json-records.js';
import { rememberRawText } from '../../model/raw-text.js';
import type { ParsedItem, RecordProblem, Sample, Source } from '../types.js';
import { contentId, eventId } from './event-id.js';
import { compileFastCheck, type FastCheck } from './fast-check.js';
import { eventTime } from './fast-time.js';
import { zodProblems } from './problems.js';

/** What a vendor mapping returns for one record; the factory adds id, source, raw and normalizes time. */
export type EventDraft = Omit<NormalizedEventInput, 'id' | 'source' | 'raw' | 'time' | 'sourceEventId'> & {
  /** The vendor's time value (ISO any offset or epoch ms) and the field it came from, for error messages. */
  time: unknown;
  timeField: string;
  /** Null when the vendor gives no id: the canonical raw record is hashed instead. */
  sourceEventId: string | null | undefined;
};

export interface RecordContext { wrapper: WrapperKey | null }

export interface JsonEventSourceSpec<R> {
  name: string;
  source: EventSource;
  /** Confidence that one sampled record is this vendor's (0..1). */
  matches(record: Record<string, unknown>): number;
  /** The vendor fields the mapping reads, with their types; other fields pass through untouched. */
  schema: z.ZodType<R>;
  /** One vendor record → one or more drafts (Google activities hold several events). */
  map(record: R, ctx: RecordContext): EventDraft | EventDraft[];
}

const hasOwn = Object.prototype.hasOwnProperty;

let lastHead = '';
let lastSample: Record<string, unknown>[] = [];
/** Every JSON source samples the same head during detection; parse it once. */
function sampled(head: string): Record<string, unknown>[] {
  if (head !== lastHead) { lastHead = head; lastSample = sampleRecords(head); }
  return lastSample;
}

/** Mean per-record confidence over the sample; records of other vendors pull it down. */
export function sampleConfidence(head: string, matches: (r: Record<string, unknown>) => number): number {
  const recs = sampled(head);
  if (recs.length === 0) return 0;
  let sum = 0;
  for (const r of recs) { try { sum += matches(r); } catch { /* detect must never throw */ } }
  return sum / recs.length;
}

export function buildEvent(source: EventSource, draft: EventDraft, raw: unknown, line: number):
  { ok: true; event: NormalizedEvent } | { ok: false; problems: RecordProblem[] } {
  const time = eventTime(draft.time);
  if (!time) {
    return { ok: false, problems: [{ line, field: draft.timeField, reason: draft.time == null ? 'required' : 'not an ISO 8601 timestamp or epoch ms' }] };
  }
  const sourceEventId = draft.sourceEventId || contentId(raw);
  const { attrs, actor } = draft;
  // Copy the draft's own fields in order, as `{ ...rest }` would, without the object-rest helper (hot path).
  const event: Record<string, unknown> = {};
  const d = draft as unknown as Record<string, unknown>;
  for (const k in d) if (k !== 'timeField' && k !== 'attrs' && k !== 'actor' && hasOwn.call(d, k)) event[k] = d[k];
  event.id = eventId(source, sourceEventId);
  event.time = time;
  event.source = source;
  event.sourceEventId = sourceEventId;
  event.actor = typeof actor === 'string' && actor !== '' ? actor.toLowerCase() : null;
  event.attrs = attrs ?? {};
  event.raw = raw;
  return { ok: true, event: event as NormalizedEvent };
}

export function jsonEventSource<R>(spec: JsonEventSourceSpec<R>): Source<NormalizedEvent> {
  async function* parseBatches(input: Readable): AsyncIterable<ParsedItem<NormalizedEvent>[]> {
    for await (const batch of readJsonRecordBatches(input)) {
      const out: ParsedItem<NormalizedEvent>[] = [];
      for (const item of batch) {
        if (!item.ok) out.push({ ok: false, line: item.line, problems: [{ line: item.line, reason: item.reason }], raw: item.raw });
        else {
          if (item.text !== null) rememberRawText(item.value, item.text);
          mapRecordInto(spec, item.value, item.line, { wrapper: item.wrapper }, out);
        }
      }
      if (out.length) yield out;
    }
  }
  return {
    name: spec.name,
    target: 'events',
    detect(sample: Sample) { return sampleConfidence(sample.head, spec.matches); },
    parseBatches,
    async *parse(input: Readable): AsyncIterable<ParsedItem<NormalizedEvent>> {
      for await (const batch of parseBatches(input)) yield* batch;
    },
  };
}

const RAW_ECHO = 200;
function echo(raw: unknown): string {
  const s = JSON.stringify(raw) ?? '';
  return s.length > RAW_ECHO ? `${s.slice(0, RAW_ECHO)}…` : s;
}

const fastChecks = new WeakMap<object, FastCheck | null>();
function fastCheckOf(schema: z.ZodType): FastCheck | null {
  let f = fastChecks.get(schema);
  if (f === undefined) { f = compileFastCheck(schema); fastChecks.set(schema, f); }
  return f;
}

/** Validates and maps one vendor record; exported so live pull connectors map exactly like file import. */
export function* mapRecord<R>(spec: JsonEventSourceSpec<R>, raw: Record<string, unknown>, line: number, ctx: RecordContext):
  Iterable<ParsedItem<NormalizedEvent>> {
  const out: ParsedItem<NormalizedEvent>[] = [];
  mapRecordInto(spec, raw, line, ctx, out);
  yield* out;
}

/** mapRecord without a generator: appends the record's items to `out`. */
export function mapRecordInto<R>(spec: JsonEventSourceSpec<R>, raw: Record<string, unknown>, line: number, ctx: RecordContext,
  out: ParsedItem<NormalizedEvent>[]): void {
  // The compiled check accepts only records zod would return unchanged, so `raw` is the parsed data; zod explains the rest.
  const fast = fastCheckOf(spec.schema);
  let data: R;
  if (fast !== null && fast(raw)) data = raw as R;
  else {
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) { out.push({ ok: false, line, problems: zodProblems(line, parsed.error), raw: echo(raw) }); return; }
    data = parsed.data;
  }
  const drafts = spec.map(data, ctx);
  if (Array.isArray(drafts)) { for (const d of drafts) pushBuilt(spec.source, d, raw, line, out); }
  else pushBuilt(spec.source, drafts, raw, line, out);
}

function pushBuilt(source: EventSource, d: EventDraft, raw: unknown, line: number, out: ParsedItem<NormalizedEvent>[]): void {
  const built = buildEvent(source, d, raw, line);
  if (built.ok) out.push({ ok: true, line, record: built.event });
  else out.push({ ok: false, line, problems: built.problems, raw: echo(raw) });
}
