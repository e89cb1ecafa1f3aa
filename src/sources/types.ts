// The plug-in contract every input format implements: recognise a file, then turn it into validated records.
import type { Readable } from 'node:stream';

/** Where a record goes in the store. Event sources all write `events`; canonical CSVs write their own table. */
export type Target =
  | 'events' | 'people' | 'accounts' | 'payroll' | 'shipments' | 'candidates'
  | 'references' | 'interviews' | 'idv' | 'endpoint_metrics' | 'travel';

/** The start of a file, for format detection. */
export interface Sample {
  fileName: string;
  /** Up to ~64 KiB of decompressed text from the start of the file. */
  head: string;
}

/** Exactly where a bad record is and what is wrong with it. */
export interface RecordProblem {
  line: number;
  /** Column name, JSON path or field; omitted when the whole record is unreadable. */
  field?: string;
  reason: string;
}

export type ParsedItem<T = unknown> =
  | { ok: true; line: number; record: T }
  | { ok: false; line: number; problems: RecordProblem[]; raw: string };

export interface Source<T = unknown> {
  /** Unique name, used by `--source`. */
  name: string;
  target: Target;
  /** 0 = not this format, 1 = certain. Must be cheap and never throw. */
  detect(sample: Sample): number;
  /** Reads decompressed text; yields every record or problem in file order. */
  parse(input: Readable, fileName: string): AsyncIterable<ParsedItem<T>>;
  /** Optional: the same items as `parse`, in file order, several per await (one await per record is the cost on large files). */
  parseBatches?(input: Readable, fileName: string): AsyncIterable<ParsedItem<T>[]>;
}
