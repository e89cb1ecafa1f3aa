// Keeps every rejected record, with where and why, in a JSON-lines file beside the database.
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { basename, join } from 'node:path';
import type { RecordProblem } from '../sources/types.js';

export interface RejectWriter {
  add(line: number, problems: RecordProblem[], raw: string): void;
  /** Path of the file, or null when nothing was rejected. */
  close(): Promise<string | null>;
}

export function rejectWriter(dir: string, file: string, runId: string): RejectWriter {
  let out: WriteStream | null = null;
  let path: string | null = null;
  return {
    add(line, problems, raw) {
      if (!out) {
        mkdirSync(dir, { recursive: true });
        path = join(dir, `${basename(file)}.${runId}.rejects.jsonl`);
        out = createWriteStream(path, { mode: 0o600 });
      }
      out.write(`${JSON.stringify({ file, line, problems, raw })}\n`);
    },
    async close() {
      const o = out as WriteStream | null;
      if (o) await new Promise<void>((res, rej) => o.end((e?: Error | null) => (e ? rej(e) : res())));
      return path;
    },
  };
}
