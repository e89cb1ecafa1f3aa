// Opens an input file as decompressed text (gzip recognised by its magic bytes, not its name) and peeks at its start.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

const HEAD_BYTES = 64 * 1024;

async function isGzip(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(2);
    const { bytesRead } = await fh.read(buf, 0, 2, 0);
    return bytesRead === 2 && buf[0] === 0x1f && buf[1] === 0x8b;
  } finally { await fh.close(); }
}

export interface OpenedInput {
  size: number;
  gzip: boolean;
  /** Decompressed text stream; `onBytes` reports raw bytes read, for progress. */
  open(onBytes?: (n: number) => void): Readable;
  /** Up to 64 KiB of decompressed text from the start. */
  head(): Promise<string>;
}

export async function openInput(path: string): Promise<OpenedInput> {
  const [{ size }, gzip] = await Promise.all([stat(path), isGzip(path)]);
  const open = (onBytes?: (n: number) => void): Readable => {
    const raw = createReadStream(path);
    if (onBytes) raw.on('data', (c) => onBytes(c.length));
    if (!gzip) { raw.setEncoding('utf8'); return raw; }
    const out = raw.pipe(createGunzip());
    raw.on('error', (e) => out.destroy(e));
    out.setEncoding('utf8');
    return out;
  };
  const head = async (): Promise<string> => {
    const s = open();
    let text = '';
    try {
      for await (const chunk of s) { text += chunk as string; if (text.length >= HEAD_BYTES) break; }
    } catch { /* a truncated gzip still gives its start */ } finally { s.destroy(); }
    return text.slice(0, HEAD_BYTES);
  };
  return { size, gzip, open, head };
}
