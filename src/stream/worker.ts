// A stream worker: holds leases on partitions, consumes each from its checkpoint, processes, commits, acks.
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import type { AnalyzerConfig } from '../detect/index.js';
import { loadPersonContexts } from '../store/analysis-repo.js';
import { withResidenceCoordinates } from '../enrich/geocode.js';
import type { Db } from '../store/db.js';
import { claimCheckpoint, FencedError } from './checkpoint-repo.js';
import { createLeases, LEASE_BUCKET, type Lease } from './leases.js';
import { allUnits, durableName, streamName, unitName, unitSubject, type Unit } from './partition.js';
import { createKeyProcessor, createPersonProcessor, type PartitionProcessor } from './processors.js';

export interface WorkerOptions {
  nc: NatsConnection;
  db: Db;
  tenant: string;
  partitions: number;
  /** Person-partition indexes to own (their key partitions come with them); omitted = share every partition with the other live workers. */
  only?: number[];
  owner: string;
  leaseTtlMs?: number;
  heartbeatMs?: number;
  batch?: number;
  config?: AnalyzerConfig;
  log?: (msg: string) => void;
}

export interface WorkerStats { events: number; alerts: number; inserted: number; batches: number; owned: string[]; /** Partitions this worker has taken (at start, on rebalancing, after another worker died). */ acquired: number }

interface Running { unit: Unit; lease: Lease; stopping: boolean; done: Promise<void> }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startWorker(o: WorkerOptions) {
  const ttl = o.leaseTtlMs ?? 10_000;
  const beat = o.heartbeatMs ?? Math.max(250, Math.floor(ttl / 4));
  const batchSize = o.batch ?? 500;
  const log = o.log ?? (() => {});
  const js = jetstream(o.nc);
  const jsm = await jetstreamManager(o.nc);
  const kv = await new Kvm(o.nc).create(LEASE_BUCKET, { history: 1 });
  const leases = createLeases(kv, o.tenant, o.owner, ttl);
  const people = new Map(withResidenceCoordinates(await loadPersonContexts(o.db, o.tenant)).map((p) => [p.personId, p]));
  const units = allUnits(o.partitions).filter((u) => !o.only || o.only.includes(u.index));
  const running = new Map<string, Running>();
  const stats: WorkerStats = { events: 0, alerts: 0, inserted: 0, batches: 0, owned: [], acquired: 0 };
  let stopped = false;

  async function consume(r: Running): Promise<void> {
    const partition = unitName(r.unit);
    const resumeAfter = await claimCheckpoint(o.db, o.tenant, partition, r.lease.epoch, o.owner);
    if (resumeAfter === null) { r.stopping = true; return; }
    // The checkpoint in PostgreSQL, not the consumer's ack floor, says where to resume: recreate the durable there.
    const stream = streamName(o.tenant);
    const durable = durableName(o.tenant, r.unit);
    await jsm.consumers.delete(stream, durable).catch(() => false);
    await jsm.consumers.add(stream, {
      durable_name: durable, filter_subject: unitSubject(o.tenant, r.unit), ack_policy: AckPolicy.All,
      deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: resumeAfter + 1, ack_wait: 60_000_000_000, max_ack_pending: batchSize * 4,
    });
    const consumer = await js.consumers.get(stream, durable);
    const ctx = { db: o.db, tenantId: o.tenant, partition, epoch: r.lease.epoch, resumeAfter, config: o.config };
    const processor: PartitionProcessor = r.unit.kind === 'events' ? createPersonProcessor(ctx, people) : createKeyProcessor(ctx);
    log(`${o.owner}: owns ${partition} from sequence ${resumeAfter + 1}`);
    let idle = 0;
    while (!r.stopping && !stopped) {
      const info = await consumer.info();
      const n = Math.min(batchSize, info.num_pending);
      // Idle partitions back off to 1 s between polls, so thousands of quiet partitions cost little.
      if (n === 0) { idle = Math.min(1000, idle ? idle * 2 : 50); await sleep(idle); continue; }
      idle = 0;
      const msgs: JsMsg[] = [];
      for await (const m of await consumer.fetch({ max_messages: n, expires: 2000 })) msgs.push(m);
      if (!msgs.length) continue;
      const res = await processor.process(msgs.map((m) => ({ seq: m.seq, data: m.data })));
      msgs[msgs.length - 1]!.ack(); // after the commit: a crash before it re-delivers, and the checkpoint skips what is covered
      stats.events += res.events; stats.alerts += res.alerts; stats.inserted += res.inserted; stats.batches++;
    }
  }

  function start(unit: Unit, lease: Lease): void {
    const r: Running = { unit, lease, stopping: false, done: Promise.resolve() };
    r.done = consume(r).catch((e: unknown) => {
      // Fenced: a newer owner has it. Anything else: give the partition up; it is re-claimed from its checkpoint.
      if (!(e instanceof FencedError)) log(`${o.owner}: ${unitName(unit)} stopped: ${(e as Error).message}`);
      r.stopping = true;
    }).finally(async () => {
      if (running.get(unitName(unit)) === r) running.delete(unitName(unit));
      await leases.release(lease);
    });
    running.set(unitName(unit), r);
  }

  async function stopUnit(name: string): Promise<void> {
    const r = running.get(name);
    if (!r) return;
    r.stopping = true;
    await r.done;
  }

  async function tick(): Promise<void> {
    await leases.heartbeat();
    for (const [name, r] of running) if (!r.stopping && !(await leases.renew(r.lease))) { log(`${o.owner}: lost ${name}`); r.stopping = true; }
    const live = o.only ? 1 : Math.max(1, (await leases.liveWorkers()).length);
    const target = Math.ceil(units.length / live);
    const mine = [...running.keys()];
    // Hand back the surplus so a newly started worker gets its share.
    for (const name of mine.slice(target)) await stopUnit(name);
    // Start the scan at a worker-specific offset so workers do not all contend for the same free partition.
    const off = units.length ? [...o.owner].reduce((a, c) => a + c.charCodeAt(0), 0) % units.length : 0;
    for (let i = 0; i < units.length && running.size < target; i++) {
      const u = units[(i + off) % units.length]!;
      if (running.has(unitName(u))) continue;
      const lease = await leases.tryAcquire(unitName(u));
      if (lease) { stats.acquired++; start(u, lease); }
    }
  }

  const loop = (async () => {
    while (!stopped) {
      try { await tick(); } catch (e) { log(`${o.owner}: heartbeat failed: ${(e as Error).message}`); }
      await sleep(beat);
    }
  })();

  return {
    stats: (): WorkerStats => ({ ...stats, owned: [...running.keys()].sort() }),
    /** Finishes the batches in flight, commits them, releases every lease. */
    async stop(): Promise<void> {
      stopped = true;
      await loop;
      await Promise.all([...running.keys()].map(stopUnit));
      await leases.leave();
    },
  };
}
export type Worker = Awaited<ReturnType<typeof startWorker>>;
