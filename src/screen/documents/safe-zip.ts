// Opens an OOXML zip with entry-count, per-entry, total-size and ratio caps (zip-bomb guard).
import JSZip from 'jszip';
import { DocumentError, type DocumentLimits } from './limits.js';

export interface SafeZip {
  names: string[];
  /** Inflates one entry, stopping as soon as it exceeds the caps; null when absent. */
  read(name: string): Promise<Uint8Array | null>;
  readText(name: string): Promise<string | null>;
}

interface EntryData { compressedSize?: number; uncompressedSize?: number }

export async function openZip(bytes: Uint8Array, fileName: string, limits: DocumentLimits): Promise<SafeZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw new DocumentError('corrupt', `not a readable zip/OOXML file: ${(e as Error).message}`, fileName, { cause: e });
  }
  const names = Object.keys(zip.files);
  if (names.length > limits.maxZipEntries) {
    throw new DocumentError('zip_bomb', `zip has ${names.length} entries (limit ${limits.maxZipEntries})`, fileName);
  }
  // Declared sizes come from the central directory and can lie; they are a cheap first gate only.
  let declared = 0;
  for (const n of names) {
    const d = (zip.files[n] as unknown as { _data?: EntryData })._data;
    const u = d?.uncompressedSize ?? 0;
    const c = Math.max(1, d?.compressedSize ?? 1);
    declared += u;
    if (u > limits.maxZipEntryBytes || u / c > limits.maxZipRatio && u > 1_000_000) {
      throw new DocumentError('zip_bomb', `entry ${n} declares ${u} bytes from ${c} compressed`, fileName);
    }
  }
  if (declared > limits.maxZipTotalBytes) throw new DocumentError('zip_bomb', `entries declare ${declared} bytes in total`, fileName);

  let inflatedTotal = 0;
  const read = (name: string): Promise<Uint8Array | null> => {
    const f = zip.file(name);
    if (!f) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      let done = false;
      const stream = f.nodeStream('nodebuffer') as NodeJS.ReadableStream & { destroy?: () => void };
      const fail = (msg: string) => {
        if (done) return;
        done = true;
        stream.pause();
        stream.destroy?.();
        reject(new DocumentError('zip_bomb', msg, fileName));
      };
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        inflatedTotal += chunk.length;
        if (size > limits.maxZipEntryBytes) return fail(`entry ${name} inflates past ${limits.maxZipEntryBytes} bytes`);
        if (inflatedTotal > limits.maxZipTotalBytes) return fail(`entries inflate past ${limits.maxZipTotalBytes} bytes in total`);
        chunks.push(chunk);
      });
      stream.on('error', (e: Error) => {
        if (!done) { done = true; reject(new DocumentError('corrupt', `entry ${name}: ${e.message}`, fileName, { cause: e })); }
      });
      stream.on('end', () => {
        if (done) return;
        done = true;
        resolve(Buffer.concat(chunks));
      });
    });
  };
  return {
    names,
    read,
    async readText(name) {
      const b = await read(name);
      return b ? Buffer.from(b).toString('utf8') : null;
    },
  };
}
