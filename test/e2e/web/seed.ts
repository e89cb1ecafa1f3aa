// Builds a small simulated organisation through the real pipeline (simulate → importFile → runAnalysis) for the web tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importSimulationDir } from '../../../src/analysis/import-simulation.js';
import { simulateToDir } from '../../../src/simulate/index.js';
import type { Database } from '../../../src/store/db.js';

/** Small on purpose: the whole web suite must stay well under a minute and a half. */
export const WEB_TEST_WORLD = { seed: 'trustline-web-e2e', employees: 60, candidates: 24, days: 14, start: '2026-09-01', fraudRate: { employees: 0.08, candidates: 0.2 } };

export async function seedSimulated(database: Database, tenantId = 'default', world: typeof WEB_TEST_WORLD = WEB_TEST_WORLD): Promise<{ files: number; rejected: number; resumes: string[]; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'trustline-web-sim-'));
  const { files } = await simulateToDir(dir, world);
  const { imports } = await importSimulationDir(database.db, tenantId, dir, join(dir, '_rejects'));
  const resumes = files.map((f) => f.path).filter((p) => /\.(pdf|docx|txt)$/i.test(p)).map((p) => join(dir, p));
  return { files: imports.length, rejected: imports.reduce((n, s) => n + s.rejected, 0), resumes, dir };
}

export function removeSeedDir(dir: string): void { rmSync(dir, { recursive: true, force: true }); }
