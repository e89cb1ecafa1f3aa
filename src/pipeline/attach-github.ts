// After candidates.csv is imported: reads each candidate's GitHub profile export (the optional `github_export` column,
// a path relative to the CSV), checks its shape and stores it beside the resumes for B1/B2 screening.
import { basename } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { GithubExport } from '../screen/index.js';
import type { Db } from '../store/db.js';
import { candidates } from '../store/schema/index.js';
import type { ImportProblem } from './import-file.js';
import { attachReferencedFiles } from './referenced-file.js';

const MAX_EXPORT_BYTES = 10 * 1024 * 1024;
/** Stored documents carrying this key in `parsed` are GitHub exports, not resumes. */
export const GITHUB_EXPORT_KEY = 'githubExport';

export async function attachGithubExports(db: Db, tenantId: string, csvPath: string, csvName = basename(csvPath)): Promise<{ stored: number; problems: ImportProblem[] }> {
  // The column is optional, so it lives with the other extra columns.
  const rows = await db.select({ id: candidates.candidateId, file: sql<string | null>`${candidates.extra}->>'github_export'` }).from(candidates)
    .where(and(eq(candidates.tenantId, tenantId), sql`${candidates.extra} ? 'github_export'`));
  const spec = { csvPath, csvName, field: 'github_export', what: 'GitHub export', maxBytes: MAX_EXPORT_BYTES };
  return attachReferencedFiles(db, tenantId, spec, rows, async (bytes) => {
    try {
      const ex = GithubExport.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
      if (ex.success) return { parsed: { [GITHUB_EXPORT_KEY]: ex.data }, error: null };
      return { parsed: null, error: `not a GitHub profile export: ${ex.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}` };
    } catch (e) {
      return { parsed: null, error: `not JSON: ${e instanceof Error ? e.message.slice(0, 200) : String(e)}` };
    }
  });
}
