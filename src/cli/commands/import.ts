// `trustline import <files…>`: stores every valid record, prints each problem as file:line:field, exits 1 if any.
import type { Command } from 'commander';
import { openAsBlob } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isPostgresUrl, readEnv } from '../../config/env.js';
import { AppError } from '../../errors/app-error.js';
import { formatProblem, formatSummary, importFile, type ImportSummary } from '../../pipeline/import-file.js';
import { attachResumes } from '../../pipeline/attach-resumes.js';
import { enrichTransform, sharedEnricher } from '../../pipeline/enrich-events.js';
import { sources } from '../../sources/registry.js';
import { parseVpnMapping, vpnSource } from '../../sources/vpn/index.js';
import { readLocalToken } from '../../auth/local-token.js';
import { readLock } from '../../store/lock.js';
import { effectiveCorporateRanges } from '../../store/settings-repo.js';
import { withDatabase } from '../context.js';
import { progressBar } from '../progress.js';
import { formatPublished, publishFailed, streamPublisherFor } from '../../pipeline/stream-mode.js';

export function rejectsDirFor(db: string, configured?: string): string {
  if (configured) return resolve(configured);
  return isPostgresUrl(db) ? resolve('trustline-rejects') : join(resolve(db), 'rejects');
}

export function register(program: Command): void {
  program.command('import')
    .description('import HR CSV files and vendor logs (format auto-detected; .gz read transparently)')
    .argument('<files...>', 'files to import')
    .option('--source <name>', `force the format: ${sources.map((s) => s.name).join(', ')}`)
    .option('--mapping <file>', 'column mapping (YAML/JSON) for a VPN or other access log')
    .action(async (files: string[], opts: { source?: string; mapping?: string }) => {
      const env = readEnv();
      const owner = isPostgresUrl(env.TRUSTLINE_DB) ? null : readLock(resolve(env.TRUSTLINE_DB));
      const summaries = owner?.port && owner.command === 'serve'
        ? await viaServer(owner.port, files, opts.source, readLocalToken(resolve(env.TRUSTLINE_DB)))
        : await withDatabase('import', async ({ env: e, database }) => {
          const out: ImportSummary[] = [];
          const known = opts.mapping ? [vpnSource(parseVpnMapping(await readFile(opts.mapping, 'utf8'))), ...sources] : sources;
          const transform = enrichTransform(sharedEnricher(await effectiveCorporateRanges(database.db, e.TRUSTLINE_TENANT, e.TRUSTLINE_CORPORATE_RANGES)));
          // Stream mode: one pass over everything this command stored, after the last file (time order across files).
          const publisher = await streamPublisherFor(database.db, e, 'flush');
          try {
            for (const f of files) {
              const bar = progressBar(basename(f));
              try {
                const s = await importFile({
                  db: database.db, tenantId: e.TRUSTLINE_TENANT, path: f, sources: known, sourceName: opts.source, transform, publisher,
                  rejectsDir: rejectsDirFor(e.TRUSTLINE_DB, e.TRUSTLINE_REJECTS), onProgress: (d, t) => bar.update(d, t),
                });
                if (s.target === 'candidates') {
                  const r = await attachResumes(database.db, e.TRUSTLINE_TENANT, f, f);
                  s.problems.push(...r.problems);
                  s.rejected += r.problems.length;
                  if (r.stored) process.stderr.write(`${f}: ${r.stored} resume documents stored\n`);
                }
                out.push(s);
              } catch (err) {
                if (!(err instanceof AppError) || err.code === 'DB_ERROR') throw err;
                process.stderr.write(`${err.message}\n`);
                process.exitCode = 1;
              } finally { bar.stop(); }
            }
            if (publisher) {
              await publisher.flush().then((p) => process.stderr.write(`${formatPublished(e.TRUSTLINE_TENANT, p)}\n`), (err: unknown) => {
                process.stderr.write(`${publishFailed(err)}\n`);
                process.exitCode = 1;
              });
            }
          } finally { await publisher?.close(); }
          return out;
        });
      report(summaries);
    });
}

function report(summaries: ImportSummary[]): void {
  let failed = false;
  for (const s of summaries) {
    for (const p of s.problems) process.stderr.write(`${formatProblem(p)}\n`);
    if (s.rejected > s.problems.length) process.stderr.write(`… and more: see ${s.rejectFile}\n`);
    process.stdout.write(`${formatSummary(s)}\n`);
    if (s.rejected > 0 || s.fatal) failed = true;
  }
  if (failed) process.exitCode = 1;
}

/** A running server owns the embedded database: hand the files to it rather than fail. */
async function viaServer(port: number, files: string[], source: string | undefined, token: string | null): Promise<ImportSummary[]> {
  process.stderr.write(`the database is owned by the server on port ${port}: importing through it\n`);
  const out: ImportSummary[] = [];
  for (const f of files) {
    const form = new FormData();
    if (source) form.append('source', source);
    form.append('file', await openAsBlob(f), basename(f));
    const res = await fetch(`http://127.0.0.1:${port}/api/import`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
    const body = await res.json() as { summary?: ImportSummary; error?: { message: string } };
    if (!res.ok || !body.summary) throw new AppError('IMPORT_FAILED', `${f}: ${body.error?.message ?? res.statusText}`, { location: { file: f } });
    out.push({ ...body.summary, file: join(dirname(f), basename(f)) });
  }
  return out;
}
