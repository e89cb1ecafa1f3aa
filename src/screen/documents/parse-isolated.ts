// Parses an untrusted document (an upload) in a worker thread with a wall-clock and a heap limit: a file that makes
// a parser spin synchronously or balloon is stopped there, and the server keeps answering. Every way it can end
// becomes a DocumentError naming the file, as the in-process parser would have thrown.
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IsolationError, runIsolated } from '../../guard/run-isolated.js';
import { DEFAULT_LIMITS, DocumentError, type DocumentErrorCode, type DocumentLimits } from './limits.js';
import type { ParsedDocument } from './types.js';

/** The parser module beside this one, with this module's own extension (.ts under tsx, .js once compiled). */
const PARSER = new URL(`./parse-document${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
/** Starting a worker and loading the PDF/DOCX parsers takes a few hundred ms; it is not the file's fault. */
const STARTUP_MS = 5_000;
const CODES = new Set<DocumentErrorCode>(['too_large', 'zip_bomb', 'timeout', 'unsupported', 'corrupt']);

export interface IsolatedParseOptions {
  limits?: Partial<DocumentLimits>;
  /** Heap limit of the worker (MB). */
  maxHeapMb?: number;
}

export const DEFAULT_PARSE_HEAP_MB = 256;

/** `parseDocumentFile` in a worker: the file is read there, never loaded into the caller's heap. */
export async function parseDocumentFileIsolated(path: string, opts: IsolatedParseOptions = {}): Promise<ParsedDocument> {
  const lim = { ...DEFAULT_LIMITS, ...opts.limits };
  const maxHeapMb = opts.maxHeapMb ?? DEFAULT_PARSE_HEAP_MB;
  const name = basename(path);
  try {
    return await runIsolated<ParsedDocument>(PARSER, 'parseDocumentFile', [path, lim], { timeoutMs: lim.timeoutMs + STARTUP_MS, maxHeapMb });
  } catch (e) {
    throw asDocumentError(e, name, { timeoutMs: lim.timeoutMs, maxHeapMb });
  }
}

function asDocumentError(e: unknown, name: string, lim: { timeoutMs: number; maxHeapMb: number }): DocumentError {
  if (!(e instanceof IsolationError)) return new DocumentError('corrupt', `could not be parsed: ${(e as Error).message}`, name, { cause: e });
  if (e.kind === 'timeout') return new DocumentError('timeout', `parsing took longer than ${lim.timeoutMs} ms and was stopped`, name, { cause: e });
  if (e.kind === 'out_of_memory') return new DocumentError('too_large', `parsing needed more than ${lim.maxHeapMb} MB of memory and was stopped`, name, { cause: e });
  if (e.kind === 'failed' && e.innerName === 'DocumentError' && CODES.has(e.innerCode as DocumentErrorCode)) {
    // The parser's own refusal, already prefixed "<file>: ".
    const reason = e.message.startsWith(`${name}: `) ? e.message.slice(name.length + 2) : e.message;
    return new DocumentError(e.innerCode as DocumentErrorCode, reason, name, { cause: e });
  }
  if (e.kind === 'failed' && e.innerCode === 'ENOENT') return new DocumentError('unsupported', 'file not found', name, { cause: e });
  // A parser bug or a crashed worker: the file is what made it happen, so it is refused as unreadable.
  return new DocumentError('corrupt', e.kind === 'crashed' ? 'the parser crashed on this file' : `could not be parsed (${e.innerName ?? 'error'})`, name, { cause: e });
}
