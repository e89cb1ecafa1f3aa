// The two paging loops connectors use; both hand a page to the sink before moving the checkpoint,
// so a crash or cut at any point resumes at the first page not yet stored.
import type { NormalizedEvent } from '../../model/event.js';
import { mapRecord, type JsonEventSourceSpec } from '../event-source/json-event-source.js';
import type { Http } from './http.js';
import type { PullDeps, PullResult } from './types.js';

function mapPage<R>(spec: JsonEventSourceSpec<R>, records: unknown[]): { events: NormalizedEvent[]; rejected: number } {
  const events: NormalizedEvent[] = [];
  let rejected = 0;
  records.forEach((r, i) => {
    if (!r || typeof r !== 'object' || Array.isArray(r)) { rejected++; return; }
    for (const item of mapRecord(spec, r as Record<string, unknown>, i + 1, { wrapper: null })) {
      if (item.ok) events.push(item.record); else rejected++;
    }
  });
  return { events, rejected };
}

export interface CursorPullSpec<R> {
  connector: string;
  spec: JsonEventSourceSpec<R>;
  firstUrl: string;
  init: () => Promise<RequestInit>;
  /** Records and next-page URL of a response. */
  page(data: unknown, headers: Headers): { records: unknown[]; next: string | null };
  /** A page shorter than this is the end for now (the next link stays valid for polling). */
  pageSize: number;
  maxPages?: number;
}

/** Ascending cursor paging (Okta): the checkpoint is the next-page URL itself. */
export async function runCursorPull<R>(p: CursorPullSpec<R>, deps: PullDeps, http: Http): Promise<PullResult> {
  const result: PullResult = { connector: p.connector, pages: 0, events: 0, rejected: 0, retries: 0 };
  let url = (await deps.checkpoints.get(p.connector)) ?? p.firstUrl;
  while (result.pages < (p.maxPages ?? Infinity)) {
    const { data, headers } = await http.json(url, await p.init());
    const { records, next } = p.page(data, headers);
    const { events, rejected } = mapPage(p.spec, records);
    if (events.length) await deps.sink(events);
    result.pages++; result.events += events.length; result.rejected += rejected;
    if (next) await deps.checkpoints.set(p.connector, next);
    deps.log?.(`${p.connector}: page ${result.pages}, ${events.length} events`);
    if (!next || records.length < p.pageSize) break;
    url = next;
  }
  result.retries = http.retries();
  return result;
}

/** Checkpoint of newest-first APIs (Graph, Google, GitHub): a high-water mark plus the paging position of a run. */
export interface WatermarkState {
  since: string | null;
  /** Ids of events exactly at `since`: the next query includes that instant, these are already stored. */
  boundary: string[];
  next: string | null;
  runMax: string | null;
  runBoundary: string[];
}

export interface WatermarkPullSpec<R> {
  connector: string;
  spec: JsonEventSourceSpec<R>;
  initialSince: string | null;
  firstUrl(since: string | null): string;
  resumeUrl(next: string, state: WatermarkState): string;
  init: () => Promise<RequestInit>;
  /** Records and next-page token or URL of a response (GitHub's next page is in the Link header). */
  page(data: unknown, headers: Headers): { records: unknown[]; next: string | null };
  maxPages?: number;
  /**
   * Re-read this far behind the high-water mark: the vendor files some events late (Entra sign-ins up to about two
   * hours, Google Reports some hours), after newer ones were already pulled. Re-read events are duplicates in the store.
   */
  lookbackMs?: number;
}

export function parseWatermark(v: string | null, initialSince: string | null): WatermarkState {
  const empty: WatermarkState = { since: initialSince, boundary: [], next: null, runMax: null, runBoundary: [] };
  if (!v) return empty;
  try { return { ...empty, ...(JSON.parse(v) as Partial<WatermarkState>) }; } catch { return empty; }
}

export async function runWatermarkPull<R>(p: WatermarkPullSpec<R>, deps: PullDeps, http: Http): Promise<PullResult> {
  const result: PullResult = { connector: p.connector, pages: 0, events: 0, rejected: 0, retries: 0 };
  let st = parseWatermark(await deps.checkpoints.get(p.connector), p.initialSince);
  const from = (since: string | null) => (since && p.lookbackMs ? new Date(Date.parse(since) - p.lookbackMs).toISOString() : since);
  // The query of a run starts `lookbackMs` before the mark; a page token belongs to that same query.
  const queried = (s: WatermarkState): WatermarkState => ({ ...s, since: from(s.since) });
  let url = st.next ? p.resumeUrl(st.next, queried(st)) : p.firstUrl(from(st.since));
  const stored = new Set(st.boundary);
  while (result.pages < (p.maxPages ?? Infinity)) {
    const { data, headers } = await http.json(url, await p.init());
    const { records, next } = p.page(data, headers);
    const mapped = mapPage(p.spec, records);
    const events = mapped.events.filter((e) => !(e.time === st.since && stored.has(e.id)));
    let { runMax, runBoundary } = st;
    for (const e of mapped.events) {
      if (runMax === null || e.time > runMax) { runMax = e.time; runBoundary = [e.id]; }
      else if (e.time === runMax && !runBoundary.includes(e.id)) runBoundary = [...runBoundary, e.id];
    }
    const fresh = events.length ? await deps.sink(events) : 0;
    result.pages++; result.events += typeof fresh === 'number' ? fresh : events.length; result.rejected += mapped.rejected;
    if (next) {
      st = { ...st, next, runMax, runBoundary };
    } else {
      const since = runMax ?? st.since;
      const boundary = since === st.since ? [...new Set([...st.boundary, ...runBoundary])] : runBoundary;
      st = { since, boundary, next: null, runMax: null, runBoundary: [] };
    }
    await deps.checkpoints.set(p.connector, JSON.stringify(st));
    deps.log?.(`${p.connector}: page ${result.pages}, ${events.length} events`);
    if (!next) break;
    url = p.resumeUrl(next, queried(st));
  }
  result.retries = http.retries();
  return result;
}
