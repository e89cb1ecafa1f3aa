// `trustline worker`: consumes the partitioned event stream (NATS JetStream); `worker publish|reattribute` feed it.
import type { Command } from 'commander';
import { hostname } from 'node:os';
import { connect } from '@nats-io/transport-node';
import { z } from 'zod';
import { loadAccounts, loadPeople } from '../../store/hr-repo.js';
import { createAttributor, openStream, publishEvents, reattributeParked, startWorker, storedEvents } from '../../stream/index.js';
import { withDatabase } from '../context.js';

const Opts = z.object({
  nats: z.string().regex(/^(nats|tls):\/\//).default(process.env['TRUSTLINE_NATS'] ?? 'nats://127.0.0.1:4222'),
  count: z.coerce.number().int().min(1).max(1024).default(16),
});
const WorkerOpts = Opts.extend({
  partitions: z.string().regex(/^\d+(,\d+)*$/).optional(),
  auto: z.boolean().optional(),
  leaseMs: z.coerce.number().int().min(500).default(10_000),
  batch: z.coerce.number().int().min(1).max(5000).default(500),
  id: z.string().regex(/^[A-Za-z0-9_-]+$/).optional(),
});

const common = (c: Command) => c
  .option('--nats <url>', 'NATS server with JetStream (default $TRUSTLINE_NATS or nats://127.0.0.1:4222)')
  .option('--count <n>', 'number of person partitions P (same for every worker and publisher)', '16');

export function register(program: Command): void {
  const worker = common(program.command('worker'))
    .description('consume the partitioned event stream; per-person state is checkpointed to PostgreSQL')
    .option('--partitions <list>', 'own these partition indexes (e.g. 0,1,2)')
    .option('--auto', 'share every partition with the other live workers (default)')
    .option('--lease-ms <ms>', 'partition lease time; a dead worker\'s partitions move after this', '10000')
    .option('--batch <n>', 'messages per batch (one checkpoint per batch)', '500')
    .option('--id <id>', 'worker id (default host-pid)')
    .action(async (raw: Record<string, unknown>) => {
      const o = WorkerOpts.parse(raw);
      await withDatabase('worker', async ({ env, database }) => {
        const nc = await connect({ servers: o.nats, name: 'trustline-worker' });
        await openStream(nc, env.TRUSTLINE_TENANT);
        const owner = o.id ?? `${hostname().replace(/[^A-Za-z0-9_-]/g, '-')}-${process.pid}`;
        const w = await startWorker({
          nc, db: database.db, tenant: env.TRUSTLINE_TENANT, partitions: o.count, owner, leaseTtlMs: o.leaseMs, batch: o.batch,
          only: o.partitions && !o.auto ? o.partitions.split(',').map(Number) : undefined,
          log: (m) => process.stderr.write(`${m}\n`),
        });
        process.stderr.write(`worker ${owner} started (tenant ${env.TRUSTLINE_TENANT}, ${o.count} partitions)\n`);
        await new Promise<void>((resolve) => { process.once('SIGTERM', resolve); process.once('SIGINT', resolve); });
        await w.stop();
        const s = w.stats();
        process.stdout.write(`${JSON.stringify({ owner, events: s.events, alerts: s.alerts, inserted: s.inserted, batches: s.batches })}\n`);
        await nc.drain();
      });
    });

  common(worker.command('publish'))
    .description('publish stored events (oldest first) to the stream; attributes them with people.csv and accounts.csv')
    .option('--since <iso>', 'only events at or after this time')
    .action(async (raw: Record<string, unknown>) => {
      const o = Opts.extend({ since: z.iso.datetime({ offset: true }).optional() }).parse(raw);
      await withDatabase('worker publish', async ({ env, database }) => {
        const t = env.TRUSTLINE_TENANT;
        const attribute = createAttributor(await loadPeople(database.db, t), await loadAccounts(database.db, t));
        const nc = await connect({ servers: o.nats, name: 'trustline-publish' });
        const jsm = await openStream(nc, t);
        const total = { events: 0, unattributed: 0, duplicates: 0 };
        for await (const page of storedEvents(database.db, t, { since: o.since })) {
          const s = await publishEvents(jsm.jetstream(), { tenant: t, partitions: o.count }, page.map((e) => ({ event: e, personId: e.personId })), attribute);
          total.events += s.events; total.unattributed += s.unattributed; total.duplicates += s.duplicates;
        }
        process.stdout.write(`published ${total.events} events (${total.unattributed} parked as unattributed; ${total.duplicates} messages were already in the stream)\n`);
        await nc.drain();
      });
    });

  common(worker.command('reattribute'))
    .description('move parked unattributed events to their person partition once HR data names the person')
    .action(async (raw: Record<string, unknown>) => {
      const o = Opts.parse(raw);
      await withDatabase('worker reattribute', async ({ env, database }) => {
        const t = env.TRUSTLINE_TENANT;
        const attribute = createAttributor(await loadPeople(database.db, t), await loadAccounts(database.db, t));
        const nc = await connect({ servers: o.nats, name: 'trustline-reattribute' });
        await openStream(nc, t);
        const s = await reattributeParked(nc, { tenant: t, partitions: o.count }, attribute);
        process.stdout.write(`re-attributed ${s.attributed} of ${s.seen} parked events; ${s.stillUnattributed} still have no known person\n`);
        await nc.drain();
      });
    });
}
