// Scale-out end to end on real NATS JetStream and PostgreSQL: two workers share partitions, one is killed, alerts match single-process.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { eq, sql } from 'drizzle-orm';
import { listAlerts } from '../../src/store/analysis-repo.js';
import type { Database } from '../../src/store/db.js';
import type { StoredEvent } from '../../src/store/events-repo.js';
import { streamCheckpoints } from '../../src/store/schema/index.js';
import { allUnits, openStream, partitionOf, publishEvents, readCheckpoints, streamName, unitSubject, type StreamConfig } from '../../src/stream/index.js';
import { postgresTestDatabase } from '../support/test-db.js';
import { comparable, loadSimulated, singleProcessAlerts } from './fixture.js';

const NATS = process.env['TRUSTLINE_TEST_NATS'];
const PG = process.env['TRUSTLINE_TEST_PG'];
const skip = !NATS || !PG ? `scale-out tests skipped: set TRUSTLINE_TEST_NATS and TRUSTLINE_TEST_PG (NATS ${NATS ? 'set' : 'unset'}, PostgreSQL ${PG ? 'set' : 'unset'})` : false;
if (skip) console.log(`# ${skip}`);

const bin = fileURLToPath(new URL('../../bin/trustline.mjs', import.meta.url));
const P = 4; // 4 person partitions + 4 key partitions = 8 units
const tenant = `scale${process.pid}${Math.random().toString(36).slice(2, 6)}`;
const cfg: StreamConfig = { tenant, partitions: P };

let database: Database;
let nc: NatsConnection;
let jsm: JetStreamManager;
let events: StoredEvent[] = [];
const children: ChildProcess[] = [];

before(async () => {
  if (skip) return;
  database = await postgresTestDatabase(PG!);
  events = await loadSimulated(database.db, tenant);
  nc = await connect({ servers: NATS! });
  jsm = await openStream(nc, tenant);
}, { timeout: 60_000 });

after(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  if (skip) return;
  await jsm.streams.delete(streamName(tenant)).catch(() => false);
  await nc.close();
  await database.close();
});

function startWorker(id: string): ChildProcess {
  const c = spawn(process.execPath, [bin, 'worker', '--auto', '--count', String(P), '--lease-ms', '1500', '--batch', '200', '--id', id], {
    env: { ...process.env, TRUSTLINE_DB: database.location, TRUSTLINE_TENANT: tenant, TRUSTLINE_NATS: NATS },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  c.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
  c.on('exit', (code, sig) => { if (code && sig !== 'SIGKILL') console.error(`worker ${id} exited ${code}: ${err.slice(-2000)}`); });
  children.push(c);
  return c;
}

/** Every unit's checkpoint covers the last message stored on its subject. */
async function caughtUp(): Promise<boolean> {
  const cps = await readCheckpoints(database.db, tenant);
  for (const u of allUnits(P)) {
    const last = await jsm.streams.getMessage(streamName(tenant), { last_by_subj: unitSubject(tenant, u) }).catch(() => null);
    if (last && (cps[`${u.kind}.${u.index}`] ?? 0) < last.seq) return false;
  }
  return true;
}

async function waitFor(what: string, cond: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) { if (await cond()) return; await new Promise((r) => setTimeout(r, 200)); }
  throw new Error(`timed out waiting for ${what}`);
}

const owners = async () => new Set((await database.db.select({ o: streamCheckpoints.owner }).from(streamCheckpoints)
  .where(eq(streamCheckpoints.tenantId, tenant))).map((r) => r.o));

test('two workers share the partitions; one is SIGKILLed mid-stream; alerts equal single-process runDetection', { skip, timeout: 90_000 }, async () => {
  const expected = await singleProcessAlerts(database.db, tenant, events);
  assert.ok(expected.length > 20, `the fixture raises alerts (${expected.length})`);
  assert.ok(expected.some((a) => a.ruleId === 'shared-residential-ip'), 'a cross-person alert is part of the comparison');

  const input = events.map((e) => ({ event: e, personId: e.personId }));
  const half = Math.floor(input.length / 2);
  const first = await publishEvents(jsm.jetstream(), cfg, input.slice(0, half));
  assert.equal(first.duplicates, 0);
  const a = startWorker('wA');
  const b = startWorker('wB');
  await waitFor('first half processed by both workers', async () => (await caughtUp()) && (await owners()).size === 2, 40_000);
  assert.deepEqual([...(await owners())].sort(), ['wA', 'wB'], 'both workers own partitions');

  await publishEvents(jsm.jetstream(), cfg, input.slice(half));
  a.kill('SIGKILL'); // mid-stream: the second half is published and wA's partitions hold unprocessed messages
  await waitFor('wB to take over and catch up', async () => (await caughtUp()) && (await owners()).size === 1, 40_000);
  assert.deepEqual([...(await owners())], ['wB'], 'the survivor owns every partition');

  const got = await listAlerts(database.db, tenant);
  const ids = (l: { id: string; ruleId: string }[]) => new Map(l.map((x) => [x.id, x.ruleId]));
  const [g, e] = [ids(got), ids(expected)];
  const missing = [...e].filter(([id]) => !g.has(id)).map(([, r]) => r);
  const extra = [...g].filter(([id]) => !e.has(id)).map(([, r]) => r);
  assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, 'same alert ids as single-process mode');
  assert.deepEqual(comparable(got), comparable(expected), 'same alert content as single-process mode');

  // Re-publishing everything: JetStream drops every message by id, so nothing is processed twice.
  const again = await publishEvents(jsm.jetstream(), cfg, input);
  assert.equal(again.duplicates, again.messages, 'every re-published message is a duplicate');
  await new Promise((r) => setTimeout(r, 500));
  assert.equal((await listAlerts(database.db, tenant)).length, expected.length, 'no new alerts');
  b.kill('SIGTERM');
  await new Promise((r) => b.once('exit', r));
  const [n] = await database.db.execute(sql`SELECT count(*)::int AS n FROM alerts WHERE tenant_id = ${tenant}`) as unknown as { n: number }[];
  assert.equal(Number(n?.n), expected.length);
});

test('a batch replayed after a crash between alert insert and checkpoint adds no alert; a fenced owner cannot commit', { skip, timeout: 30_000 }, async () => {
  const { claimCheckpoint, FencedError } = await import('../../src/stream/checkpoint-repo.js');
  const { createPersonProcessor } = await import('../../src/stream/processors.js');
  const { loadPersonContexts } = await import('../../src/store/analysis-repo.js');
  const { partitionOf } = await import('../../src/stream/index.js');
  const t2 = `${tenant}r`;
  const people = new Map((await loadPersonContexts(database.db, tenant)).map((p) => [p.personId, p]));
  const mine = events.filter((e) => e.personId && partitionOf(e.personId, P) === 0);
  const enc = new TextEncoder();
  const batch = mine.map((e, i) => ({ seq: i + 1, data: enc.encode(JSON.stringify({ p: e.personId, e })) }));
  assert.equal(await claimCheckpoint(database.db, t2, 'events.0', 1, 'x'), 0);
  const ctx = { db: database.db, tenantId: t2, partition: 'events.0', epoch: 1, resumeAfter: 0 };
  const first = await createPersonProcessor(ctx, people).process(batch);
  assert.ok(first.inserted > 0, 'the partition raises alerts');
  // The crash: alerts are in, the state and sequence never committed.
  await database.db.execute(sql`DELETE FROM detection_state WHERE tenant_id = ${t2}`);
  await database.db.execute(sql`UPDATE stream_checkpoints SET seq = 0 WHERE tenant_id = ${t2}`);
  const proc = createPersonProcessor(ctx, people);
  const replay = await proc.process(batch);
  assert.equal(replay.alerts, first.alerts, 'the replay raises the same alerts');
  assert.equal(replay.inserted, 0, 'and stores none twice');
  const again = await proc.process(batch);
  assert.equal(again.events, 0, 'messages the checkpoint covers are skipped');
  assert.equal(again.skipped, batch.length);
  // A newer owner claims the partition: the old one may no longer advance it.
  assert.equal(await claimCheckpoint(database.db, t2, 'events.0', 2, 'y'), batch.length);
  assert.equal(await claimCheckpoint(database.db, t2, 'events.0', 1, 'x'), null, 'an older epoch cannot re-claim');
  const next = { seq: batch.length + 1, data: batch[0]!.data };
  await assert.rejects(proc.process([next]), FencedError);
});

test('parked unattributed events move to their person partition once HR data names the person, once', { skip, timeout: 20_000 }, async () => {
  const { createAttributor, reattributeParked } = await import('../../src/stream/index.js');
  const parked = events.filter((e) => !e.personId);
  assert.ok(parked.length > 0, 'the simulated logs hold events of unknown actors');
  const actors = [...new Set(parked.map((e) => e.actor).filter((a): a is string => !!a))];
  // Half the unknown actors become known (e.g. a late accounts.csv); the rest stay parked.
  const known = new Set(actors.slice(0, Math.ceil(actors.length / 2)));
  const attribute = createAttributor([], [...known].map((a) => ({ employeeId: 'E-LATE', system: 'any', account: a })));
  const before = (await jsm.streams.info(streamName(tenant), { subjects_filter: '>' })).state.subjects ?? {};
  const r = await reattributeParked(nc, cfg, attribute);
  const movable = parked.filter((e) => e.actor && known.has(e.actor)).length;
  assert.equal(r.seen, parked.length);
  assert.equal(r.attributed, movable);
  assert.equal(r.stillUnattributed, parked.length - movable);
  const again = await reattributeParked(nc, cfg, attribute);
  assert.deepEqual(again, { seen: parked.length - movable, attributed: 0, stillUnattributed: parked.length - movable }, 'moved events are gone from the parking subject');
  const subj = unitSubject(tenant, { kind: 'events', index: partitionOf('E-LATE', P) });
  const after = (await jsm.streams.info(streamName(tenant), { subjects_filter: '>' })).state.subjects ?? {};
  assert.equal((after[subj] ?? 0) - (before[subj] ?? 0), movable, 'each moved event is published once to its partition');
});
