// After candidates.csv is imported: reads each resume_file (relative to the CSV), parses it and stores it with the candidate;
// then the GitHub profile exports the CSV names (attach-github.ts).
import { basename } from 'node:path';
import { eq, isNotNull, and } from 'drizzle-orm';
import { parseDocument } from '../screen/index.js';
import type { Db } from '../store/db.js';
import { candidates } from '../store/schema/index.js';
import type { ImportProblem } from './import-file.js';
import { attachGithubExports } from './attach-github.js';
import { attachReferencedFiles } from './referenced-file.js';

const MAX_RESUME_BYTES = 20 * 1024 * 1024;

/** Returns how many documents were stored and the problems (missing or unreadable files), each naming the CSV and field. */
export async function attachResumes(db: Db, tenantId: string, csvPath: string, csvName = basename(csvPath)): Promise<{ stored: number; problems: ImportProblem[] }> {
  const rows = await db.select({ id: candidates.candidateId, file: candidates.resumeFile }).from(candidates)
    .where(and(eq(candidates.tenantId, tenantId), isNotNull(candidates.resumeFile)));
  const spec = { csvPath, csvName, field: 'resume_file', what: 'resume', maxBytes: MAX_RESUME_BYTES };
  const resumes = await attachReferencedFiles(db, tenantId, spec, rows, async (bytes, name) => {
    try { return { parsed: await parseDocument(bytes, name), error: null }; } catch (e) {
      return { parsed: null, error: e instanceof Error ? e.message : String(e) };
    }
  });
  // GitHub profile exports named in the same CSV travel the same way (B1 screening).
  const gh = await attachGithubExports(db, tenantId, csvPath, csvName);
  return { stored: resumes.stored + gh.stored, problems: [...resumes.problems, ...gh.problems] };
}
