// Builds an event Source from a vendor mapping: read JSON records, validate the vendor fields, map, hash ids.
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { EventSource, NormalizedEvent, NormalizedEventInput } from '../../model/event.js';
import { toUtcIso } from '../../model/fields.js';
import { readJsonRecords, sampleRecords, type WrapperKey } from '../read/json-records.js';
import type { ParsedItem, RecordProblem, Sample, Source } from '../types.js';
import { contentId, eventId } from './event-id.js';
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
  const time = toUtcIso(draft.time);
  if (!time) {
    return { ok: false, problems: [{ line, field: draft.timeField, reason: draft.time == null ? 'required' : 'not an ISO 8601 timestamp or epoch ms' }] };
  }
  const sourceEventId = draft.sourceEventId || contentId(raw);
  const { timeField: _tf, attrs, actor, ...rest } = draft;
  const event = {
    ...rest,
    id: eventId(source, sourceEventId),
    time,
    source,
    sourceEventId,
    actor: typeof actor === 'string' && actor !== '' ? actor.toLowerCase() : null,
    attrs: attrs ?? {},
    raw,
  } as NormalizedEvent;
  return { ok: true, event };
}

export function jsonEventSource<R>(spec: JsonEventSourceSpec<R>): Source<NormalizedEvent> {
  return {
    name: spec.name,
    target: 'events',
    detect(sample: Sample) { return sampleConfidence(sample.head, spec.matches); },
    async *parse(input: Readable): AsyncIterable<ParsedItem<NormalizedEvent>> {
      for await (const item of readJsonRecords(input)) {
        if (!item.ok) {
          yield { ok: false, line: item.line, problems: [{ line: item.line, reason: item.reason }], raw: item.raw };
          continue;
        }
        yield* mapRecord(spec, item.value, item.line, { wrapper: item.wrapper });
      }
    },
  };
}

const RAW_ECHO = 200;
function echo(raw: unknown): string {
  const s = JSON.stringify(raw) ?? '';
  return s.length > RAW_ECHO ? `${s.slice(0, RAW_ECHO)}…` : s;
}

/** Validates and maps one vendor record; exported so live pull connectors map exactly like file import. */
export function* mapRecord<R>(spec: JsonEventSourceSpec<R>, raw: Record<string, unknown>, line: number, ctx: RecordContext):
  Iterable<ParsedItem<NormalizedEvent>> {
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) { yield { ok: false, line, problems: zodProblems(line, parsed.error), raw: echo(raw) }; return; }
  const drafts = spec.map(parsed.data, ctx);
  for (const d of Array.isArray(drafts) ? drafts : [drafts]) {
    const built = buildEvent(spec.source, d, raw, line);
    if (built.ok) yield { ok: true, line, record: built.event };
    else yield { ok: false, line, problems: built.problems, raw: echo(raw) };
  }
}
