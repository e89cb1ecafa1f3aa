// After candidates.csv is imported: reads each resume_file (relative to the CSV), parses it and stores it with the candidate;
// then the GitHub profile exports the CSV names (attach-github.ts).
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import { eq, isNotNull, and } from 'drizzle-orm';
import { parseDocument } from '../screen/index.js';
import type { Db } from '../store/db.js';
import { documentKeys, saveDocument } from '../store/documents-repo.js';
import { candidates } from '../store/schema/index.js';
import type { ImportProblem } from './import-file.js';
import { attachGithubExports } from './attach-github.js';

const MAX_RESUME_BYTES = 20 * 1024 * 1024;

/** Returns how many documents were stored and the problems (missing or unreadable files), each naming the CSV and field. */
export async function attachResumes(db: Db, tenantId: string, csvPath: string, csvName = basename(csvPath)): Promise<{ stored: number; problems: ImportProblem[] }> {
  const base = resolve(csvPath, '..');
  const rows = await db.select({ id: candidates.candidateId, file: candidates.resumeFile }).from(candidates)
    .where(and(eq(candidates.tenantId, tenantId), isNotNull(candidates.resumeFile)));
  const known = await documentKeys(db, tenantId);
  const problems: ImportProblem[] = [];
  let stored = 0;
  for (const { id, file } of rows) {
    if (!file) continue;
    // Only files inside the CSV's folder: a resume path must never read elsewhere on the server.
    const path = resolve(base, file);
    if (isAbsolute(file) || !path.startsWith(`${base}/`)) {
      problems.push({ file: csvName, field: 'resume_file', reason: `candidate ${id}: resume path must be relative to the CSV's folder` });
      continue;
    }
    const size = await stat(path).then((s) => s.size, () => -1);
    if (size < 0) { problems.push({ file: csvName, field: 'resume_file', reason: `candidate ${id}: ${file} not found` }); continue; }
    if (size > MAX_RESUME_BYTES) { problems.push({ file: csvName, field: 'resume_file', reason: `candidate ${id}: ${file} is larger than ${MAX_RESUME_BYTES} bytes` }); continue; }
    const bytes = new Uint8Array(await readFile(path));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (known.has(`${id}\u0000${sha256}`)) continue;
    let parsed: unknown = null;
    let error: string | null = null;
    try { parsed = await parseDocument(bytes, basename(file)); } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      problems.push({ file: csvName, field: 'resume_file', reason: `candidate ${id}: ${file}: ${error}` });
    }
    if (await saveDocument(db, tenantId, { candidateId: id, sha256, fileName: basename(file), size, parsed, error })) stored++;
  }
  // GitHub profile exports named in the same CSV travel the same way (B1 screening).
  const gh = await attachGithubExports(db, tenantId, csvPath, csvName);
  return { stored: stored + gh.stored, problems: [...problems, ...gh.problems] };
}
