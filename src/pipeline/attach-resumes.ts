// After candidates.csv is imported: reads each resume_file (relative to the CSV), parses it and stores it with the candidate;
// then the GitHub profile exports the CSV names (attach-github.ts).
import { basename } from 'node:path';
import { eq, isNotNull, and } from 'drizzle-orm';
import { parseDocument } from '../screen/index.js';
import type { Db } from '../store/db.js';
import { documentKeys, saveDocument } from '../store/documents-repo.js';
import { candidates } from '../store/schema/index.js';
import type { ImportProblem } from './import-file.js';
import { attachGithubExports } from './attach-github.js';
import { readReferencedFile } from './referenced-file.js';

const MAX_RESUME_BYTES = 20 * 1024 * 1024;

/** Returns how many documents were stored and the problems (missing or unreadable files), each naming the CSV and field. */
export async function attachResumes(db: Db, tenantId: string, csvPath: string, csvName = basename(csvPath)): Promise<{ stored: number; problems: ImportProblem[] }> {
  const rows = await db.select({ id: candidates.candidateId, file: candidates.resumeFile }).from(candidates)
    .where(and(eq(candidates.tenantId, tenantId), isNotNull(candidates.resumeFile)));
  const known = await documentKeys(db, tenantId);
  const spec = { csvPath, csvName, field: 'resume_file', what: 'resume', maxBytes: MAX_RESUME_BYTES };
  const problems: ImportProblem[] = [];
  let stored = 0;
  for (const { id, file } of rows) {
    if (!file) continue;
    const read = await readReferencedFile(spec, id, file);
    if (!read.ok) { problems.push(read.problem); continue; }
    const { bytes, sha256, size } = read;
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
