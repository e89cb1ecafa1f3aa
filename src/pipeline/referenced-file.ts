// A file a CSV row names (a resume, a GitHub profile export): read only from inside the CSV's folder, size-capped,
// identified by its SHA-256 so a re-import stores nothing twice. Problems name the CSV, the field and the row.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import type { Db } from '../store/db.js';
import { documentKeys, saveDocument } from '../store/documents-repo.js';
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

/** What a file turned into: its parsed form, or why it could not be read (stored with the file, and reported). */
export interface ParsedFile { parsed: unknown; error: string | null }

/**
 * Reads, parses and stores the file each candidate row names, beside the candidate; a file already stored for that
 * candidate (same SHA-256) is skipped. Returns how many were stored and the problems, each naming CSV, field and row.
 */
export async function attachReferencedFiles(db: Db, tenantId: string, spec: ReferencedFileSpec, rows: { id: string; file: string | null }[],
  parse: (bytes: Uint8Array, fileName: string) => Promise<ParsedFile>): Promise<{ stored: number; problems: ImportProblem[] }> {
  const known = await documentKeys(db, tenantId);
  const problems: ImportProblem[] = [];
  let stored = 0;
  for (const { id, file } of rows) {
    if (!file) continue;
    const read = await readReferencedFile(spec, id, file);
    if (!read.ok) { problems.push(read.problem); continue; }
    const { bytes, sha256, size } = read;
    if (known.has(`${id}\u0000${sha256}`)) continue;
    const { parsed, error } = await parse(bytes, basename(file));
    if (error) problems.push({ file: spec.csvName, field: spec.field, reason: `candidate ${id}: ${file}: ${error}` });
    if (await saveDocument(db, tenantId, { candidateId: id, sha256, fileName: basename(file), size, parsed, error })) stored++;
  }
  return { stored, problems };
}
