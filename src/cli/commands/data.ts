// CLI: `trustline data status` (datasets, versions, sources, licences) and `trustline data update --from <dir>`.
import type { Command } from 'commander';
import { datasetStatus, defaultDataDir, updateDatasets } from '../../enrich/index.js';

export function register(program: Command): void {
  const data = program.command('data').description('reference datasets shipped with Trustline (offline)');
  data
    .command('status')
    .description('list every dataset with version/date, source and licence')
    .option('--data-dir <dir>', 'dataset folder (default: the product data/)')
    .option('--json', 'print JSON')
    .action((opts: { dataDir?: string; json?: boolean }) => {
      const st = datasetStatus(opts.dataDir ?? defaultDataDir());
      if (opts.json) { process.stdout.write(`${JSON.stringify(st, null, 2)}\n`); return; }
      for (const s of st) {
        const missing = s.files.filter((f) => !f.present).map((f) => f.path);
        const bytes = s.files.reduce((n, f) => n + (f.bytes ?? 0), 0);
        process.stdout.write(`${s.id}\n  ${s.title}\n  version ${s.version} · date ${s.date} · ${(bytes / 1e6).toFixed(1)} MB${missing.length ? ` · MISSING ${missing.join(', ')}` : ''}\n  source  ${s.source}\n  licence ${s.licence}\n`);
      }
    });
  data
    .command('update')
    .description('replace datasets from local files (validated first; nothing is downloaded)')
    .requiredOption('--from <dir>', 'folder holding new dataset files (same names as in data/)')
    .option('--data-dir <dir>', 'dataset folder (default: the product data/)')
    .option('--json', 'print JSON')
    .action((opts: { from: string; dataDir?: string; json?: boolean }) => {
      let res: ReturnType<typeof updateDatasets>;
      try {
        res = updateDatasets(opts.dataDir ?? defaultDataDir(), opts.from);
      } catch (e) {
        process.stderr.write(`data update failed: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 1;
        return;
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(res, null, 2)}\n`);
      else for (const r of res.filter((x) => x.outcome !== 'absent')) process.stdout.write(`${r.outcome.padEnd(8)} ${r.dataset}: ${r.file} (${r.detail})\n`);
      const updated = res.filter((r) => r.outcome === 'updated').length;
      const rejected = res.filter((r) => r.outcome === 'rejected').length;
      if (!opts.json) process.stdout.write(`${updated} file(s) updated, ${rejected} rejected\n`);
      if (rejected > 0) process.exitCode = 1;
    });
}
