// Streams a CSV with a header row as {line, row} objects; a malformed line is reported, not fatal.
import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';

export type CsvItem =
  | { ok: true; line: number; row: Record<string, string>; rawLine: string }
  | { ok: false; line: number; reason: string; rawLine: string };

const MAX_ERRORS_PER_LINE = 200;

export async function* readCsv(input: Readable): AsyncIterable<CsvItem> {
  let header: string[] | null = null;
  const parser = input.pipe(parse({
    bom: true, relax_column_count: true, skip_empty_lines: true, info: true, raw: true, trim: false,
    // A quote inside an unquoted field is data (as Excel writes it), not one O(record) error per quote.
    relax_quotes: true,
    // A malformed record (e.g. an unclosed quote) is skipped and reported; the records around it are kept.
    skip_records_with_error: true,
  }));
  // pipe() does not forward errors: a cut gzip stream must end the parse, not hang it.
  input.once('error', (e) => parser.destroy(e));
  const skipped: CsvItem[] = [];
  // csv-parse raises one error per stray quote and keeps scanning the same record, copying it each time:
  // a line full of quotes cost O(n²) time and memory (a 750 KB line exhausted a 4 GB heap; found by fuzzing).
  // Report a line once, stop reading after MAX_ERRORS_PER_LINE, and copy the clip so it does not pin the record.
  let errLine = -1, errCount = 0;
  parser.on('skip', (err: Error & { lines?: number; raw?: string }) => {
    const line = err.lines ?? 0;
    if (line === errLine) {
      if (++errCount > MAX_ERRORS_PER_LINE) parser.destroy(new Error(`line ${line}: more than ${MAX_ERRORS_PER_LINE} malformed fields; not a readable CSV from here`));
      return;
    }
    errLine = line; errCount = 1;
    skipped.push({ ok: false, line, reason: err.message.replace(/^Invalid Record Length: |^Invalid Closing Quote: /, ''), rawLine: Buffer.from((err.raw ?? '').slice(0, 4096)).toString() });
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
