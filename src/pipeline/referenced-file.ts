// A file a CSV row names (a resume, a GitHub profile export): read only from inside the CSV's folder, size-capped,
// identified by its SHA-256 so a re-import stores nothing twice. Problems name the CSV, the field and the row.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { ImportProblem } from './import-file.js';

export interface ReferencedFileSpec { csvPath: string; csvName: string; field: string; what: string; maxBytes: number }

export type ReferencedFile =
  | { ok: true; bytes: Uint8Array; sha256: string; size: number }
  | { ok: false; problem: ImportProblem };

export async function readReferencedFile(spec: ReferencedFileSpec, candidateId: string, file: string): Promise<ReferencedFile> {
  const base = resolve(spec.csvPath, '..');
  const fail = (reason: string): ReferencedFile => ({ ok: false, problem: { file: spec.csvName, field: spec.field, reason: `candidate ${candidateId}: ${reason}` } });
  const path = resolve(base, file);
  // A path in a CSV must never read elsewhere on the server.
  if (isAbsolute(file) || !path.startsWith(`${base}/`)) return fail(`${spec.what} path must be relative to the CSV's folder`);
  const size = await stat(path).then((s) => s.size, () => -1);
  if (size < 0) return fail(`${file} not found`);
  if (size > spec.maxBytes) return fail(`${file} is larger than ${spec.maxBytes} bytes`);
  const bytes = new Uint8Array(await readFile(path));
  return { ok: true, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), size };
}
