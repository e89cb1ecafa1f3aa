// Streams a text input as numbered lines without holding the file in memory.
//
// Lines end at \n, \r\n or a lone \r (as node:readline splits them); a final line without an ending is
// kept, an empty one after the last ending is not. Lines come in batches, one per chunk read, because one
// await per line cost more than splitting on million-line files.
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

export interface Line { line: number; text: string }

export async function* readLineBatches(input: Readable): AsyncIterable<Line[]> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let line = 0;
  let afterCr = false; // the previous chunk ended with \r: a \n opening this one belongs to it
  const emit = (out: Line[], text: string) => {
    line++;
    out.push({ line, text: line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
  };
  const split = (s: string): Line[] => {
    const out: Line[] = [];
    let start = 0;
    if (afterCr) { afterCr = false; if (s.charCodeAt(0) === 10) start = 1; }
    if (s.indexOf('\r', start) === -1) {
      for (let nl = s.indexOf('\n', start); nl !== -1; nl = s.indexOf('\n', start)) {
        emit(out, carry === '' ? s.slice(start, nl) : carry + s.slice(start, nl));
        carry = '';
        start = nl + 1;
      }
    } else {
      for (let i = start; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        emit(out, carry === '' ? s.slice(start, i) : carry + s.slice(start, i));
        carry = '';
        if (c === 13) {
          if (i + 1 === s.length) afterCr = true;
          else if (s.charCodeAt(i + 1) === 10) i++;
        }
        start = i + 1;
      }
    }
    if (start < s.length) carry += s.slice(start);
    return out;
  };
  for await (const chunk of input) {
    const s = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    if (s === '') continue;
    const out = split(s);
    if (out.length) yield out;
  }
  const rest = decoder.end();
  const out = rest ? split(rest) : [];
  if (carry !== '') { emit(out, carry); carry = ''; }
  if (out.length) yield out;
}

export async function* readLines(input: Readable): AsyncIterable<Line> {
  for await (const batch of readLineBatches(input)) yield* batch;
}
