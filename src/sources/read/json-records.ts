// Streams JSON records with their line numbers from JSON Lines, a JSON array, concatenated pretty-printed
// objects, or vendor page wrappers ({"value":[…]}, {"items":[…]}, {"Results":[…]}, {"records":[…]}).
import type { Readable } from 'node:stream';
import { readLineBatches } from './lines.js';

/** Keys whose array holds the records in vendor page/stream wrappers (Graph, Google, Defender API, Azure Monitor). */
export const WRAPPER_KEYS = ['value', 'items', 'Results', 'records'] as const;
export type WrapperKey = (typeof WRAPPER_KEYS)[number];

export type JsonRecordItem =
  | { ok: true; line: number; value: Record<string, unknown>; wrapper: WrapperKey | null; text: string | null }
  | { ok: false; line: number; reason: string; raw: string };

const RAW_ECHO = 200;
const clip = (s: string) => (s.length > RAW_ECHO ? `${s.slice(0, RAW_ECHO)}…` : s);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The wrapper key when `obj` is a page/stream wrapper rather than a record itself. */
export function wrapperKeyOf(obj: Record<string, unknown>): WrapperKey | null {
  for (const k of WRAPPER_KEYS) {
    const arr = obj[k];
    // A record may carry a field named like a wrapper key; a wrapper has few keys and an array of objects.
    if (Array.isArray(arr) && Object.keys(obj).length <= 5 && arr.every(isObject)) return k;
  }
  return null;
}

/** JSON text of a value for an error message; a value nested too deep to print is described instead. */
function safeStringify(v: unknown): string {
  try { return JSON.stringify(v) ?? ''; } catch { return Array.isArray(v) ? '[…nested too deep…]' : String(v); }
}

/** Turns one parsed JSON value (a line or a document element) into record items. */
function* expand(v: unknown, line: number, text: string | null, wrapper: WrapperKey | null = null, nested = false): Iterable<JsonRecordItem> {
  // One level of array holds records; an array inside it is not a record (and deep nesting must not recurse).
  if (Array.isArray(v) && !nested) {
    for (const el of v) yield* expand(el, line, null, wrapper, true);
    return;
  }
  if (!isObject(v)) { yield { ok: false, line, reason: 'expected a JSON object', raw: clip(text ?? safeStringify(v)) }; return; }
  const key = wrapper ? null : wrapperKeyOf(v);
  if (key) {
    for (const el of v[key] as Record<string, unknown>[]) yield { ok: true, line, value: el, wrapper: key, text: null };
    return;
  }
  yield { ok: true, line, value: v, wrapper, text };
}

function parseOne(text: string, line: number, wrapper: WrapperKey | null): JsonRecordItem[] {
  let v: unknown;
  try { v = JSON.parse(text); } catch (e) {
    return [{ ok: false, line, reason: `invalid JSON: ${(e as Error).message}`, raw: clip(text) }];
  }
  return [...expand(v, line, text, wrapper)];
}

/** True when the first non-blank line opens a multi-line document rather than holding one whole record. */
export function opensDocument(firstLine: string): boolean {
  const t = firstLine.trim();
  if (t === '[' || t === '{') return true;
  if (!t.startsWith('[') && !t.startsWith('{')) return false;
  try { JSON.parse(t); return false; } catch { return /[[{,:]$/.test(t); }
}

interface Element { line: number; text: string; wrapper: WrapperKey | null }

/**
 * Incremental splitter for multi-line JSON documents: yields the elements of a root array, of wrapper arrays
 * in a root object, or whole root objects that are not wrappers. Only the current element is buffered.
 */
export function createJsonSplitter() {
  let depth = 0, inString = false, escape = false, line = 1;
  let rootKind: '[' | '{' | null = null;
  let recordDepth = 0; // depth of the container whose direct children are records; 0 = none yet
  let wrapper: WrapperKey | null = null;
  let keyStart = -1, lastKey: string | null = null;
  let buf = '', elStart = -1, elLine = 0, elDepth = 0;
  let rootStart = -1, rootLine = 0;

  function feed(chunk: string): Element[] {
    const out: Element[] = [];
    const base = buf.length;
    buf += chunk;
    for (let i = base; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (c === 10) line++;
      if (inString) {
        if (escape) escape = false;
        else if (c === 92) escape = true;
        else if (c === 34) { inString = false; if (keyStart >= 0) { lastKey = buf.slice(keyStart + 1, i); keyStart = -1; } }
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      if (depth === 0) {
        // A new root value: array of records, or an object that is either a wrapper or a record itself.
        if (c === 91 || c === 123) {
          rootKind = c === 91 ? '[' : '{'; rootStart = i; rootLine = line; wrapper = null; lastKey = null;
          recordDepth = c === 91 ? 1 : 0; depth = 1;
        } else if (c !== 44) {
          out.push({ line, text: buf.slice(i, i + 1), wrapper: null }); // stray text at root: reported by JSON.parse
        }
        continue;
      }
      if (recordDepth > 0 && depth === recordDepth && elStart < 0 && c !== 44 && c !== 93 && c !== 125) {
        elStart = i; elLine = line; elDepth = depth;
      }
      if (c === 34) {
        inString = true;
        if (rootKind === '{' && depth === 1 && elStart < 0) keyStart = i;
        continue;
      }
      if (c === 123 || c === 91) {
        if (rootKind === '{' && depth === 1 && c === 91 && lastKey !== null
          && (WRAPPER_KEYS as readonly string[]).includes(lastKey)) {
          recordDepth = 2; wrapper = lastKey as WrapperKey; rootStart = -1;
        }
        depth++;
        continue;
      }
      if (c === 125 || c === 93) {
        depth--;
        if (elStart >= 0 && depth === elDepth) {
          out.push({ line: elLine, text: buf.slice(elStart, i + 1), wrapper }); elStart = -1;
        } else if (elStart >= 0 && depth < elDepth) {
          // Closing the record container itself right after a primitive element.
          out.push({ line: elLine, text: buf.slice(elStart, i).trimEnd(), wrapper }); elStart = -1;
        }
        if (recordDepth === 2 && depth === 1) recordDepth = 0;
        if (depth === 0) {
          if (rootKind === '{' && rootStart >= 0) out.push({ line: rootLine, text: buf.slice(rootStart, i + 1), wrapper: null });
          rootStart = -1; rootKind = null;
        }
        continue;
      }
      if (c === 44 && elStart >= 0 && depth === elDepth) {
        out.push({ line: elLine, text: buf.slice(elStart, i).trimEnd(), wrapper }); elStart = -1;
      }
    }
    // Keep only what an unfinished element (or an unfinished non-wrapper root object) still needs.
    const keep = elStart >= 0 ? elStart : rootStart >= 0 ? rootStart : buf.length;
    if (keep > 0) {
      buf = buf.slice(keep);
      if (elStart >= 0) elStart -= keep;
      if (rootStart >= 0) rootStart -= keep;
      if (keyStart >= 0) keyStart = keyStart >= keep ? keyStart - keep : -1;
    }
    return out;
  }

  /** An element still open at the end of input: the document was truncated. */
  function end(): Element | null {
    if (elStart >= 0) return { line: elLine, text: buf.slice(elStart), wrapper };
    if (rootStart >= 0) return { line: rootLine, text: buf.slice(rootStart), wrapper: null };
    if (depth > 0) return { line, text: '', wrapper };
    return null;
  }
  return { feed, end };
}

function elementItems(el: Element): JsonRecordItem[] {
  return parseOne(el.text, el.line, el.wrapper);
}

/** Streams every record of a JSON input in file order, one batch per chunk read; unreadable records become errors and reading goes on. */
export async function* readJsonRecordBatches(input: Readable): AsyncIterable<JsonRecordItem[]> {
  input.setEncoding('utf8');
  let mode: 'lines' | 'document' | null = null;
  const splitter = createJsonSplitter();
  for await (const lines of readLineBatches(input)) {
    const out: JsonRecordItem[] = [];
    for (const { line, text } of lines) {
      if (mode === null) {
        if (text.trim() === '') continue;
        mode = opensDocument(text) ? 'document' : 'lines';
        if (mode === 'document') {
          // Lines before this one were blank; pad so the splitter's line count matches the file.
          splitter.feed('\n'.repeat(line - 1));
        }
      }
      if (mode === 'document') {
        for (const el of splitter.feed(`${text}\n`)) for (const it of elementItems(el)) out.push(it);
        continue;
      }
      parseLineInto(text, line, out);
    }
    if (out.length) yield out;
  }
  if (mode === 'document') {
    const open = splitter.end();
    if (open) yield [{ ok: false, line: open.line, reason: 'truncated JSON: input ended inside this record', raw: clip(open.text) }];
  }
}

/** JSON Lines hot path: one plain record per line needs no generator machinery. */
function parseLineInto(text: string, line: number, out: JsonRecordItem[]): void {
  let v: unknown;
  try { v = JSON.parse(text); } catch (e) {
    if (text.trim() === '') return;
    out.push({ ok: false, line, reason: `invalid JSON: ${(e as Error).message}`, raw: clip(text) });
    return;
  }
  if (isObject(v) && wrapperKeyOf(v) === null) { out.push({ ok: true, line, value: v, wrapper: null, text }); return; }
  for (const it of expand(v, line, text, null)) out.push(it);
}

/** Streams every record of a JSON input in file order; unreadable records become errors and reading goes on. */
export async function* readJsonRecords(input: Readable): AsyncIterable<JsonRecordItem> {
  for await (const batch of readJsonRecordBatches(input)) yield* batch;
}

/** The first records that parse in a head sample (for format detection; the last one may be cut). */
export function sampleRecords(head: string, max = 20): Record<string, unknown>[] {
  const text = head.replace(/^\uFEFF/, '');
  const firstLine = text.split('\n', 1)[0] ?? '';
  const out: Record<string, unknown>[] = [];
  const push = (items: Iterable<JsonRecordItem>) => {
    for (const it of items) { if (it.ok && out.length < max) out.push(it.value); }
  };
  const viaSplitter = () => {
    for (const el of createJsonSplitter().feed(text)) { push(elementItems(el)); if (out.length >= max) break; }
  };
  if (opensDocument(firstLine)) {
    viaSplitter();
  } else {
    let n = 0;
    for (const l of text.split('\n')) {
      n++;
      if (l.trim() === '') continue;
      push(parseOne(l, n, null));
      if (out.length >= max) break;
    }
    // A single-line page/array longer than the head never parses as a line; split it instead.
    if (out.length === 0 && /^\s*[[{]/.test(firstLine)) viaSplitter();
  }
  return out;
}
