// Streams a text input as numbered lines without holding the file in memory.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export async function* readLines(input: Readable): AsyncIterable<{ line: number; text: string }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    yield { line, text: line === 1 ? text.replace(/^\uFEFF/, '') : text };
  }
}
