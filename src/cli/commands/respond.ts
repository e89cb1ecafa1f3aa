// `trustline respond …`: a case's playbook and ticks, the evidence ZIP (and checking one), the post-termination
// watch, screening against the watch lists, and answering a concern's reporter.
import type { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { concernService } from '../../concern/index.js';
import { addPostTerminationWatch, exportEvidenceBundle, loadWatchList, playbookService, screenAgainstWatchList, verifyEvidenceBundle, type Playbook } from '../../response/index.js';
import { insertAlerts } from '../../store/analysis-repo.js';
import { withDatabase } from '../context.js';

const actor = () => process.env['TRUSTLINE_USER'] ?? process.env['USER'] ?? 'cli';

export function formatPlaybook(p: Playbook): string {
  const lines = [`Playbook for ${p.caseId} (${p.status}) — employee ${p.employeeId ?? '-'}${p.candidateIds.length ? `, candidate ${p.candidateIds.join(', ')}` : ''}`];
  let cat = '';
  for (const i of p.items) {
    if (i.category !== cat) { cat = i.category; lines.push('', cat.toUpperCase()); }
    lines.push(`  [${i.done ? 'x' : ' '}] ${i.id}  ${i.system}${i.target ? ` ${i.target}` : ''}: ${i.action}`, `        why: ${i.why}`);
  }
  return `${lines.join('\n')}\n`;
}

export function register(program: Command): void {
  const r = program.command('respond').description('incident response on a case: playbook, evidence bundle, post-termination watch (R5)');
  r.command('playbook <caseId>').description('the checklist generated from the person\'s linked accounts, tokens, devices and payroll')
    .option('--json', 'print JSON')
    .action(async (caseId: string, o: { json?: boolean }) => withDatabase('respond playbook', async ({ env, database }) => {
      const p = await playbookService(database.db, env.TRUSTLINE_TENANT).get(caseId);
      process.stdout.write(o.json ? `${JSON.stringify(p, null, 2)}\n` : formatPlaybook(p));
    }));
  r.command('tick <caseId> <itemId>').description('mark a playbook item done (kept in the case history)')
    .option('--undo', 'mark it not done')
    .action(async (caseId: string, itemId: string, o: { undo?: boolean }) => withDatabase('respond tick', async ({ env, database }) => {
      await playbookService(database.db, env.TRUSTLINE_TENANT).tick(caseId, itemId, !o.undo, actor());
      process.stdout.write(`${itemId}: ${o.undo ? 'not done' : 'done'}\n`);
    }));
  r.command('evidence <caseId>').description('export the evidence ZIP: events (normalized and raw), alerts, documents, case history, SHA-256 manifest')
    .requiredOption('--out <file>', 'ZIP file to write')
    .action(async (caseId: string, o: { out: string }) => withDatabase('respond evidence', async ({ env, database }) => {
      const { zip, manifest } = await exportEvidenceBundle(database.db, env.TRUSTLINE_TENANT, caseId, actor());
      writeFileSync(o.out, zip);
      process.stdout.write(`${o.out}: ${manifest.counts.events} events, ${manifest.counts.alerts} alerts, ${manifest.counts.documents} documents, ${manifest.files.length + 1} files\n`);
    }));
  r.command('verify <zip>').description('check an evidence ZIP against its manifest')
    .action(async (file: string) => {
      const v = await verifyEvidenceBundle(readFileSync(file));
      process.stdout.write(v.ok ? `OK: ${v.manifest?.files.length ?? 0} files match the manifest of ${v.manifest?.caseId}\n` : `FAILED:\n${v.problems.map((p) => `  ${p}`).join('\n')}\n`);
      process.exitCode = v.ok ? 0 : 1;
    });
  r.command('watch <caseId>').description('keep watching the person\'s e-mails, phones, IPs, wallets and names after termination')
    .action(async (caseId: string) => withDatabase('respond watch', async ({ env, database }) => {
      const w = await addPostTerminationWatch(database.db, env.TRUSTLINE_TENANT, caseId, actor());
      process.stdout.write(`${w.added} new watch entries (${Object.entries(w.byKind).map(([k, n]) => `${k} ${n}`).join(', ')})\n`);
    }));
  r.command('watch-list').description('list watch-list entries').option('--json', 'print JSON').option('--list <name>', 'post-termination or stix')
    .action(async (o: { json?: boolean; list?: string }) => withDatabase('respond watch-list', async ({ env, database }) => {
      const items = await loadWatchList(database.db, env.TRUSTLINE_TENANT, o.list ? { lists: [o.list] } : {});
      // Values are personal data: the table shows them masked; --json is for machines and keeps them.
      const mask = (v: string) => (v.length > 8 ? `${v.slice(0, 3)}…${v.slice(-3)}` : '***');
      process.stdout.write(o.json ? `${JSON.stringify(items, null, 2)}\n`
        : `${items.map((i) => `${i.list.padEnd(17)} ${i.kind.padEnd(16)} ${(i.hashed ? `hmac:${i.value.slice(0, 8)}` : mask(i.value)).padEnd(14)} ${i.source}`).join('\n')}\n${items.length} entries\n`);
    }));
  r.command('screen-watch').description('match candidates and events against the watch lists')
    .option('--store', 'store the alerts (otherwise only print them)')
    .option('--key-env <name>', 'environment variable with the key for hashed partner indicators', 'TRUSTLINE_SHARE_KEY')
    .action(async (o: { store?: boolean; keyEnv: string }) => withDatabase('respond screen-watch', async ({ env, database }) => {
      const key = process.env[o.keyEnv];
      const alerts = await screenAgainstWatchList(database.db, env.TRUSTLINE_TENANT, { keys: key ? { '*': key } : {} });
      for (const a of alerts) process.stdout.write(`${a.severity.padEnd(8)} ${a.subjectKind}:${a.subjectId}  ${a.ruleId}\n  ${a.summary.en}\n`);
      const stored = o.store ? await insertAlerts(database.db, env.TRUSTLINE_TENANT, alerts) : 0;
      process.stdout.write(`${alerts.length} matches${o.store ? `, ${stored} new alerts stored` : ''}\n`);
    }));
  r.command('reply <caseId> <text>').description('answer the reporter of a concern (they see it with their token)')
    .action(async (caseId: string, text: string) => withDatabase('respond reply', async ({ env, database }) => {
      await concernService(database.db, env.TRUSTLINE_TENANT).reply(caseId, text, actor());
      process.stdout.write('reply sent\n');
    }));
}
