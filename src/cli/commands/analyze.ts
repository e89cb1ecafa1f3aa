// `trustline analyze`: attributes events to people, runs every detection over what is new, checks onboarding, stores findings.
import type { Command } from 'commander';
import { runAnalysis } from '../../analysis/run-analysis.js';
import { loadNotifyConfig } from '../../notify/config.js';
import { analyseAndNotify } from '../../notify/with-notifications.js';
import { withDatabase } from '../context.js';

export function register(program: Command): void {
  program.command('analyze')
    .description('run detections (M1–M12), correlations (C1–C3) and onboarding checks (O1–O5) over the stored data')
    .option('--json', 'print the summary as JSON')
    .action(async (opts: { json?: boolean }) => {
      await withDatabase('analyze', async ({ env, database }) => {
        const { result: s, notifications, notifyError } = await analyseAndNotify(database.db, env.TRUSTLINE_TENANT, loadNotifyConfig(),
          () => runAnalysis(database.db, env.TRUSTLINE_TENANT));
        if (notifyError) process.stderr.write(`notifications: ${notifyError}\n`);
        for (const n of notifications) process.stderr.write(`notifications: ${JSON.stringify(n)}\n`);
        if (opts.json) { process.stdout.write(`${JSON.stringify(s)}\n`); return; }
        if (s.detectionInWorkers) process.stderr.write('detection runs in `trustline worker` for this tenant (stream mode): this pass did onboarding, screening, clusters and scoring\n');
        process.stdout.write(`analysed ${s.events} events (${s.attributed} newly attributed to people, ${s.unattributed} with no known person), `
          + `${s.alerts} alerts (${s.newAlerts} new), ${s.clusters} clusters, ${s.scored} people scored in ${(s.ms / 1000).toFixed(1)}s\n`);
      });
    });
}
