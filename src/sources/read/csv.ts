// Streams a CSV with a header row as {line, row} objects; a malformed line is reported, not fatal.
import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';

export type CsvItem =
  | { ok: true; line: number; row: Record<string, string>; rawLine: string }
  | { ok: false; line: number; reason: string; rawLine: string };

export async function* readCsv(input: Readable): AsyncIterable<CsvItem> {
  let header: string[] | null = null;
  const parser = input.pipe(parse({
    bom: true, relax_column_count: true, skip_empty_lines: true, info: true, raw: true, trim: false,
    // A malformed record (e.g. an unclosed quote) is skipped and reported; the records around it are kept.
    skip_records_with_error: true,
  }));
  // pipe() does not forward errors: a cut gzip stream must end the parse, not hang it.
  input.once('error', (e) => parser.destroy(e));
  const skipped: CsvItem[] = [];
  parser.on('skip', (err: Error & { lines?: number; raw?: string }) => {
    skipped.push({ ok: false, line: err.lines ?? 0, reason: err.message.replace(/^Invalid Record Length: |^Invalid Closing Quote: /, ''), rawLine: (err.raw ?? '').slice(0, 4096) });
  });
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number }; raw: string }>) {
    yield* skipped.splice(0);
    const { record, info, raw } = item;
    const line = info.lines;
    if (!header) { header = record.map((h) => h.trim().toLowerCase()); continue; }
    if (record.length !== header.length) {
      yield { ok: false, line, reason: `expected ${header.length} columns, found ${record.length}`, rawLine: raw.trimEnd() };
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((h, i) => { row[h] = record[i] ?? ''; });
    yield { ok: true, line, row, rawLine: raw.trimEnd() };
  }
  yield* skipped.splice(0);
}

/** First line of a CSV sample → lower-cased column names. */
export function csvHeader(head: string): string[] {
  const first = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.split(',').map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
}
