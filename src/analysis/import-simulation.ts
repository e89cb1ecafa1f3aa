// Loads a simulated organisation's folder through the real import pipeline, as an operator would, then analyses it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AppError } from '../errors/app-error.js';
import { enrichTransform, sharedEnricher } from '../pipeline/enrich-events.js';
import { attachResumes } from '../pipeline/attach-resumes.js';
import { importFile, type ImportSummary } from '../pipeline/import-file.js';
import { sources } from '../sources/registry.js';
import { parseVpnMapping, vpnSource } from '../sources/vpn/index.js';
import type { Db } from '../store/db.js';
import { setCorporateRanges } from '../store/settings-repo.js';
import { runAnalysis, type AnalysisSummary } from './run-analysis.js';

// HR first so events can be attributed to people as they are analysed.
const ORDER = ['people', 'accounts', 'payroll', 'shipments', 'candidates', 'references', 'interviews', 'idv', 'endpoint_metrics', 'travel'];
const rank = (p: string) => { const i = ORDER.findIndex((o) => p.includes(`${o}.csv`)); return i < 0 ? ORDER.length : i; };
/** Files that are not data: the ground truth (never imported), the manifest, mappings and documents (resumes, GitHub profiles). */
const SKIP = /(^|\/)(truth\.json|manifest\.json|mapping\.(json|ya?ml))$|(^|\/)(resumes|github-profiles)\//;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

export async function importSimulationDir(db: Db, tenantId: string, dir: string, rejectsDir: string): Promise<{ imports: ImportSummary[]; analysis: AnalysisSummary }> {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new AppError('NOT_A_SIMULATION', `${dir}: no manifest.json — not a folder written by trustline simulate`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { corporateVpnEgress?: { ip: string }[] };
  const corporate = (manifest.corporateVpnEgress ?? []).map((e) => e.ip);
  await setCorporateRanges(db, tenantId, corporate);
  const transform = enrichTransform(sharedEnricher(corporate));
  const imports: ImportSummary[] = [];
  const files = listFiles(dir).filter((p) => !SKIP.test(p) && /\.(csv|jsonl?|gz)$/i.test(p)).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const p of files) {
    const mappingPath = join(dir, p, '..', 'mapping.json');
    const known = p.startsWith('vpn/') && existsSync(mappingPath) ? [vpnSource(parseVpnMapping(readFileSync(mappingPath, 'utf8'))), ...sources] : sources;
    try {
      const s = await importFile({ db, tenantId, path: join(dir, p), displayName: p, sources: known, rejectsDir, transform });
      if (s.target === 'candidates') s.problems.push(...(await attachResumes(db, tenantId, join(dir, p), p)).problems);
      imports.push(s);
    } catch (e) {
      // Side tables no source reads (e.g. certificate info) are skipped, as an operator would.
      if (!(e instanceof AppError) || e.code !== 'UNKNOWN_FORMAT') throw e;
    }
  }
  return { imports, analysis: await runAnalysis(db, tenantId) };
}
