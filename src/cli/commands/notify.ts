// `trustline notify …`: show the notification setup (never its secrets), send a test message to every channel,
// and list recent deliveries.
import type { Command } from 'commander';
import { deliver, describeConfig, loadNotifyConfig, recentNotifications, scrub } from '../../notify/index.js';
import { withDatabase } from '../context.js';

export function register(program: Command): void {
  const n = program.command('notify').description('notifications on new high/critical people and clusters (file in TRUSTLINE_NOTIFY_CONFIG)');
  n.command('config').description('show the channels configured (types and names only)').action(() => {
    const c = loadNotifyConfig();
    process.stdout.write(c ? `${JSON.stringify(describeConfig(c), null, 2)}\n` : 'no TRUSTLINE_NOTIFY_CONFIG: notifications are off\n');
  });
  n.command('test').description('send a test message to every configured channel').action(async () => {
    const c = loadNotifyConfig();
    if (!c) { process.stderr.write('no TRUSTLINE_NOTIFY_CONFIG set\n'); process.exitCode = 2; return; }
    const at = new Date().toISOString();
    let failed = 0;
    for (const ch of c.channels) {
      const r = await deliver(ch, { subject: '[Trustline] test notification', text: `Test from Trustline at ${at}.`, payload: { type: 'trustline.test', at } }, c.retry);
      if (!r.ok) failed++;
      process.stdout.write(`${ch.name} (${ch.type}): ${r.ok ? 'sent' : `FAILED: ${scrub(r.error ?? '', c.secrets)}`} after ${r.attempts} attempt(s)\n`);
    }
    process.exitCode = failed ? 1 : 0;
  });
  n.command('status').description('recent deliveries').option('--limit <n>', 'rows', '30').action(async (o: { limit: string }) => {
    await withDatabase('notify status', async ({ env, database }) => {
      const rows = await recentNotifications(database.db, env.TRUSTLINE_TENANT, Number(o.limit));
      for (const r of rows.filter((x) => x.dedupKey !== '__message__')) {
        process.stdout.write(`${new Date(r.at).toISOString()}  ${r.channel.padEnd(16)} ${r.status.padEnd(7)} ${r.dedupKey}${r.error ? `  ${r.error}` : ''}\n`);
      }
    });
  });
}
