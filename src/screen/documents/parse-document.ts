// Turns one resume file (PDF, DOCX or text) into a ParsedDocument, within size and time limits.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseDocx } from './docx.js';
import { DEFAULT_LIMITS, DocumentError, withTimeout, type DocumentLimits } from './limits.js';
import { parsePdf } from './pdf.js';
import { extractResumeFacts } from './resume-facts.js';
import { emptyMeta, type DocumentFormat, type ParsedDocument } from './types.js';

export const DOCUMENT_EXTENSIONS = ['.pdf', '.docx', '.txt', '.md', '.text'];

/** Format by content first (magic bytes), extension second: names lie more often than headers. */
export function detectFormat(bytes: Uint8Array, fileName: string): DocumentFormat | null {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return /\.docx$/i.test(fileName) || !/\.(xlsx|pptx|zip|jar)$/i.test(fileName) ? 'docx' : null;
  if (/\.(txt|md|text)$/i.test(fileName)) return 'text';
  if (/\.(pdf|docx)$/i.test(fileName)) return null;
  // Unknown extension: accept as text only when it decodes as UTF-8 without control bytes.
  const sample = Buffer.from(bytes.subarray(0, 4096));
  return sample.includes(0) ? null : 'text';
}

export async function parseDocument(bytes: Uint8Array, fileName: string, limits: Partial<DocumentLimits> = {}): Promise<ParsedDocument> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const name = basename(fileName);
  if (bytes.byteLength > lim.maxBytes) throw new DocumentError('too_large', `file is ${bytes.byteLength} bytes (limit ${lim.maxBytes})`, name);
  const format = detectFormat(bytes, name);
  if (!format) throw new DocumentError('unsupported', 'not a PDF, DOCX or text file', name);
  const work = async () => {
    if (format === 'pdf') return parsePdf(bytes, name, lim);
    if (format === 'docx') return parseDocx(bytes, name, lim);
    return { text: new TextDecoder('utf-8').decode(bytes).slice(0, lim.maxTextChars), meta: emptyMeta() };
  };
  const { text, meta } = await withTimeout(work(), lim.timeoutMs, name);
  return {
    fileName: name,
    format,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.byteLength,
    text,
    meta,
    facts: extractResumeFacts(text),
  };
}

/** Reads a file from disk, refusing oversize files before loading them. */
export async function parseDocumentFile(path: string, limits: Partial<DocumentLimits> = {}): Promise<ParsedDocument> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const s = await stat(path);
  if (s.size > lim.maxBytes) throw new DocumentError('too_large', `file is ${s.size} bytes (limit ${lim.maxBytes})`, basename(path));
  return parseDocument(new Uint8Array(await readFile(path)), path, lim);
}
