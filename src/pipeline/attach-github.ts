// After candidates.csv is imported: reads each candidate's GitHub profile export (the optional `github_export` column,
// a path relative to the CSV), checks its shape and stores it beside the resumes for B1/B2 screening.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { GithubExport } from '../screen/index.js';
import type { Db } from '../store/db.js';
import { documentKeys, saveDocument } from '../store/documents-repo.js';
import { candidates } from '../store/schema/index.js';
import type { ImportProblem } from './import-file.js';

const MAX_EXPORT_BYTES = 10 * 1024 * 1024;
/** Stored documents carrying this key in `parsed` are GitHub exports, not resumes. */
export const GITHUB_EXPORT_KEY = 'githubExport';

export async function attachGithubExports(db: Db, tenantId: string, csvPath: string, csvName = basename(csvPath)): Promise<{ stored: number; problems: ImportProblem[] }> {
  const base = resolve(csvPath, '..');
  // The column is optional, so it lives with the other extra columns.
  const rows = await db.select({ id: candidates.candidateId, file: sql<string | null>`${candidates.extra}->>'github_export'` }).from(candidates)
    .where(and(eq(candidates.tenantId, tenantId), sql`${candidates.extra} ? 'github_export'`));
  const known = await documentKeys(db, tenantId);
  const problems: ImportProblem[] = [];
  let stored = 0;
  for (const { id, file } of rows) {
    if (!file) continue;
    const path = resolve(base, file);
    // Only files inside the CSV's folder: a path in a CSV must never read elsewhere on the server.
    if (isAbsolute(file) || !path.startsWith(`${base}/`)) {
      problems.push({ file: csvName, field: 'github_export', reason: `candidate ${id}: GitHub export path must be relative to the CSV's folder` });
      continue;
    }
    const size = await stat(path).then((s) => s.size, () => -1);
    if (size < 0) { problems.push({ file: csvName, field: 'github_export', reason: `candidate ${id}: ${file} not found` }); continue; }
    if (size > MAX_EXPORT_BYTES) { problems.push({ file: csvName, field: 'github_export', reason: `candidate ${id}: ${file} is larger than ${MAX_EXPORT_BYTES} bytes` }); continue; }
    const bytes = await readFile(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (known.has(`${id}\u0000${sha256}`)) continue;
    let parsed: unknown = null;
    let error: string | null = null;
    try {
      const ex = GithubExport.safeParse(JSON.parse(bytes.toString('utf8')));
      if (ex.success) parsed = { [GITHUB_EXPORT_KEY]: ex.data };
      else error = `not a GitHub profile export: ${ex.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`;
    } catch (e) {
      error = `not JSON: ${e instanceof Error ? e.message.slice(0, 200) : String(e)}`;
    }
    if (error) problems.push({ file: csvName, field: 'github_export', reason: `candidate ${id}: ${file}: ${error}` });
    if (await saveDocument(db, tenantId, { candidateId: id, sha256, fileName: basename(file), size, parsed, error })) stored++;
  }
  return { stored, problems };
}
