// `trustline alerts [--json]`: lists stored alerts with their signals, ATT&CK ids and summary.
import type { Command } from 'commander';
import type { Alert } from '../../model/alert.js';
import { SEVERITIES } from '../../model/alert.js';
import { listAlerts } from '../../store/analysis-repo.js';
import { withDatabase } from '../context.js';

/** What `alerts` needs from storage. */
export interface AlertsStore {
  listAlerts(q: { minSeverity?: Alert['severity']; subjectId?: string; limit?: number }): Promise<Alert[]>;
}
export interface AlertsDeps { openStore: () => Promise<AlertsStore>; write: (s: string) => void }

export function formatAlerts(alerts: Alert[], lang: 'en' | 'ja'): string {
  if (!alerts.length) return lang === 'ja' ? 'アラートはありません。\n' : 'No alerts.\n';
  return alerts.map((a) => `${a.time}  ${a.severity.padEnd(8)} ${a.subjectId.padEnd(10)} ${a.ruleId}  [${a.signals.join(',')}${a.attack.length ? ' ' + a.attack.join(',') : ''}]\n  ${a.summary[lang]}\n`).join('');
}

export async function runAlerts(opts: { json?: boolean; lang?: string; severity?: string; person?: string; limit?: string }, deps: AlertsDeps): Promise<number> {
  const minSeverity = SEVERITIES.find((s) => s === opts.severity);
  if (opts.severity && !minSeverity) { deps.write(`unknown severity ${opts.severity} (${SEVERITIES.join('|')})\n`); return 2; }
  const store = await deps.openStore();
  const alerts = await store.listAlerts({ minSeverity, subjectId: opts.person, limit: opts.limit ? Number(opts.limit) : undefined });
  deps.write(opts.json ? `${JSON.stringify({ alerts }, null, 2)}\n` : formatAlerts(alerts, opts.lang === 'ja' ? 'ja' : 'en'));
  return 0;
}

export function register(program: Command): void {
  program.command('alerts')
    .description('list alerts (newest first) with signals, ATT&CK ids and explanation')
    .option('--json', 'print JSON')
    .option('--lang <lang>', 'en or ja', 'en')
    .option('--severity <min>', 'only this severity and above')
    .option('--person <id>', 'only alerts about this person')
    .option('--limit <n>', 'at most this many')
    .action(async (opts: { json?: boolean; lang?: string; severity?: string; person?: string; limit?: string }) => {
      await withDatabase('alerts', async ({ env, database }) => {
        process.exitCode = await runAlerts(opts, {
          openStore: async () => ({ listAlerts: (q) => listAlerts(database.db, env.TRUSTLINE_TENANT, q) }),
          write: (s) => process.stdout.write(s),
        });
      });
    });
}
