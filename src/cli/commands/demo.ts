// `trustline demo`: loads the fixed-seed simulated organisation into the configured database (what first start does).
import type { Command } from 'commander';
import { loadDemoOrganisation } from '../../analysis/first-start.js';
import { importSimulationDir } from '../../analysis/import-simulation.js';
import { withDatabase } from '../context.js';
import { rejectsDirFor } from './import.js';

export function register(program: Command): void {
  program.command('demo')
    .description('import and analyse a simulated organisation: the fixed-seed demo, or a folder written by `trustline simulate`')
    .option('--from <dir>', 'a folder written by `trustline simulate` (its truth.json is never imported)')
    .action(async (opts: { from?: string }) => {
      await withDatabase('demo', async ({ env, database }) => {
        const rejects = rejectsDirFor(env.TRUSTLINE_DB, env.TRUSTLINE_REJECTS);
        const { imports, analysis } = opts.from
          ? await importSimulationDir(database.db, env.TRUSTLINE_TENANT, opts.from, rejects)
          : await loadDemoOrganisation(database.db, env.TRUSTLINE_TENANT, rejects);
        const n = imports.reduce((a, s) => a + s.accepted, 0);
        process.stdout.write(`demo organisation: ${n} records imported from ${imports.length} files; ${analysis.alerts} alerts, ${analysis.clusters} clusters, ${analysis.scored} people scored\n`);
      });
    });
}
