// `trustline worker`: consumes the partitioned event stream (NATS JetStream); `worker publish|reattribute` feed it.
// The NATS client is loaded inside the actions: registering the command must not load it in single-machine mode.
import type { Command } from 'commander';
import { hostname } from 'node:os';
import { z } from 'zod';
import { readEnv } from '../../config/env.js';
import { loadAccounts, loadPeople } from '../../store/hr-repo.js';
import { withDatabase } from '../context.js';
import { formatPublished } from '../../pipeline/stream-mode.js';

const TENANT = /^[a-z0-9][a-z0-9_-]{0,62}$/;
// Defaults come from the environment at parse time (readEnv validates them), so every publisher and worker agrees.
const Opts = z.object({
  nats: z.string().regex(/^(nats|tls):\/\//).optional(),
  count: z.coerce.number().int().min(1).max(1024).optional(),
});
const WorkerOpts = Opts.extend({
  partitions: z.string().regex(/^\d+(,\d+)*$/).optional(),
  auto: z.boolean().optional(),
  tenants: z.string().optional(),
  leaseMs: z.coerce.number().int().min(500).default(10_000),
  batch: z.coerce.number().int().min(1).max(5000).default(500),
  id: z.string().regex(/^[A-Za-z0-9_-]+$/).optional(),
});

function streamSettings(o: z.output<typeof Opts>) {
  const env = readEnv();
  return { env, nats: o.nats ?? env.TRUSTLINE_NATS ?? 'nats://127.0.0.1:4222', count: o.count ?? env.TRUSTLINE_STREAM_PARTITIONS };
}

/** `a,b:4` → tenants a (default P) and b (P = 4); each tenant's P must match its publishers'. */
export function parseTenants(list: string, defaultCount: number): { tenant: string; partitions: number }[] {
  const out = list.split(',').map((s) => s.trim()).filter(Boolean).map((item) => {
    const [tenant, p] = item.split(':');
    const partitions = p === undefined ? defaultCount : Number(p);
    if (!tenant || !TENANT.test(tenant)) throw new Error(`--tenants: "${item}" is not a tenant id (a-z, 0-9, _ and -)`);
    if (!Number.isInteger(partitions) || partitions < 1 || partitions > 1024) throw new Error(`--tenants: "${item}": partitions must be 1–1024`);
    return { tenant, partitions };
  });
  if (new Set(out.map((t) => t.tenant)).size !== out.length) throw new Error('--tenants: a tenant is listed twice');
  if (!out.length) throw new Error('--tenants: no tenant given');
  return out;
}

const common = (c: Command) => c
  .option('--nats <url>', 'NATS server with JetStream (default $TRUSTLINE_NATS or nats://127.0.0.1:4222)')
  .option('--count <n>', 'number of person partitions P, the same for every worker and publisher (default $TRUSTLINE_STREAM_PARTITIONS or 16)');

export function register(program: Command): void {
  const worker = common(program.command('worker'))
    .description('consume the partitioned event stream; per-person state is checkpointed to PostgreSQL')
    .option('--partitions <list>', 'own these partition indexes (e.g. 0,1,2)')
    .option('--auto', 'share every partition with the other live workers (default)')
    .option('--tenants <list>', 'serve these tenants, each with its own stream and leases; "tenant:P" sets its P (default $TRUSTLINE_TENANT)')
    .option('--lease-ms <ms>', 'partition lease time; a dead worker\'s partitions move after this', '10000')
    .option('--batch <n>', 'messages per batch (one checkpoint per batch)', '500')
    .option('--id <id>', 'worker id (default host-pid)')
    .action(async (raw: Record<string, unknown>) => {
      const o = WorkerOpts.parse(raw);
      const { nats, count } = streamSettings(o);
      const { connect } = await import('@nats-io/transport-node');
      const { openStream, startWorker } = await import('../../stream/index.js');
      await withDatabase('worker', async ({ env, database }) => {
        const tenants = parseTenants(o.tenants ?? env.TRUSTLINE_TENANT, count);
        const nc = await connect({ servers: nats, name: 'trustline-worker' });
        const owner = o.id ?? `${hostname().replace(/[^A-Za-z0-9_-]/g, '-')}-${process.pid}`;
        const log = (m: string) => process.stderr.write(`${m}\n`);
        // One independent worker per tenant on the shared connection and database: leases, consumers and state rows
        // all carry the tenant, so tenants never wait for one another's partitions.
        const workers = [];
        for (const t of tenants) {
          await openStream(nc, t.tenant);
          workers.push({
            ...t,
            w: await startWorker({
              nc, db: database.db, tenant: t.tenant, partitions: t.partitions, owner, leaseTtlMs: o.leaseMs, batch: o.batch,
              only: o.partitions && !o.auto ? o.partitions.split(',').map(Number) : undefined,
              log: tenants.length > 1 ? (m) => log(`[${t.tenant}] ${m}`) : log,
            }),
          });
        }
        process.stderr.write(`worker ${owner} started (${tenants.map((t) => `tenant ${t.tenant}, ${t.partitions} partitions`).join('; ')})\n`);
        await new Promise<void>((resolve) => { process.once('SIGTERM', resolve); process.once('SIGINT', resolve); });
        await Promise.all(workers.map((x) => x.w.stop()));
        for (const { tenant, w } of workers) {
          const s = w.stats();
          process.stdout.write(`${JSON.stringify({ owner, tenant, events: s.events, alerts: s.alerts, inserted: s.inserted, batches: s.batches })}\n`);
        }
        await nc.drain();
      });
    });

  common(worker.command('publish'))
    .description('publish stored events not yet handed to the stream (oldest first); --since re-publishes every stored event from a time')
    .option('--since <iso>', 're-publish every stored event at or after this time, published before or not')
    .action(async (raw: Record<string, unknown>) => {
      const o = Opts.extend({ since: z.iso.datetime({ offset: true }).optional() }).parse(raw);
      const { nats, count } = streamSettings(o);
      const { createStreamPublisher } = await import('../../stream/event-publisher.js');
      const { connect } = await import('@nats-io/transport-node');
      const { createAttributor, openStream, publishStored } = await import('../../stream/index.js');
      const { materializeMetricEvents } = await import('../../store/events-repo.js');
      const { METRIC_EVENT_TYPE } = await import('../../detect/detectors/index.js');
      await withDatabase('worker publish', async ({ env, database }) => {
        const t = env.TRUSTLINE_TENANT;
        if (!o.since) {
          const p = createStreamPublisher({ db: database.db, tenant: t, partitions: count, nats, publishOn: 'flush' });
          try { process.stdout.write(`${formatPublished(t, await p.flush({ materializeMetrics: true }))}\n`); } finally { await p.close(); }
          return;
        }
        await materializeMetricEvents(database.db, t, METRIC_EVENT_TYPE);
        const attribute = createAttributor(await loadPeople(database.db, t), await loadAccounts(database.db, t));
        const nc = await connect({ servers: nats, name: 'trustline-publish' });
        try {
          const jsm = await openStream(nc, t);
          const s = await publishStored(database.db, jsm.jetstream(), { tenant: t, partitions: count }, { attribute, since: o.since });
          process.stdout.write(`${formatPublished(t, s)}\n`);
        } finally { await nc.drain(); }
      });
    });

  common(worker.command('reattribute'))
    .description('move parked unattributed events to their person partition once HR data names the person')
    .action(async (raw: Record<string, unknown>) => {
      const o = Opts.parse(raw);
      const { nats, count } = streamSettings(o);
      const { connect } = await import('@nats-io/transport-node');
      const { createAttributor, openStream, reattributeParked } = await import('../../stream/index.js');
      await withDatabase('worker reattribute', async ({ env, database }) => {
        const t = env.TRUSTLINE_TENANT;
        const attribute = createAttributor(await loadPeople(database.db, t), await loadAccounts(database.db, t));
        const nc = await connect({ servers: nats, name: 'trustline-reattribute' });
        try {
          await openStream(nc, t);
          const s = await reattributeParked(nc, { tenant: t, partitions: count }, attribute);
          process.stdout.write(`re-attributed ${s.attributed} of ${s.seen} parked events; ${s.stillUnattributed} still have no known person\n`);
        } finally { await nc.drain(); }
      });
    });
}
