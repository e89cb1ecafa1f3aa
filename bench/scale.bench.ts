// Scale-out throughput: events/s through NATS JetStream with 1, 2 and 4 worker processes, and per-person state size.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { sql } from 'drizzle-orm';
import type { StoredEvent } from '../src/store/events-repo.js';
import { allUnits, openStream, publishEvents, readCheckpoints, streamName, unitSubject } from '../src/stream/index.js';
import { postgresTestDatabase } from '../test/support/test-db.js';
import { loadSimulated } from '../test/scale/fixture.js';

const NATS = process.env['TRUSTLINE_TEST_NATS'] ?? 'nats://127.0.0.1:4222';
const PG = process.env['TRUSTLINE_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CLONES = Number(process.env['SCALE_BENCH_CLONES'] ?? 8);
const P = 16;
const bin = fileURLToPath(new URL('../bin/trustline.mjs', import.meta.url));
const rows = <T>(r: unknown) => (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const nc: NatsConnection = await connect({ servers: NATS }).catch(() => {
  console.log(`scale bench skipped: no NATS at ${NATS}`);
  process.exit(0);
});
const database = await postgresTestDatabase(PG);
const db = database.db;
const base = 'benchbase';
const t0 = Date.now();
const simulated = await loadSimulated(db, base, { seed: 'scale-bench', employees: 50, candidates: 5, days: 10, start: '2026-09-01', fraudRate: { employees: 0.1, candidates: 0.1 } });
// More people with the same behaviour: each clone is a new person (new id, new e-mail, new event ids).
const events: StoredEvent[] = [];
for (let c = 0; c < CLONES; c++) {
  for (const e of simulated) if (e.personId) events.push({ ...e, id: `${e.id}c${c}`, personId: `${e.personId}-c${c}`, actor: e.actor ? `c${c}.${e.actor}` : e.actor });
}
const people = new Set(events.map((e) => e.personId)).size;
console.log(`data: ${events.length} events, ${people} people (${simulated.length} simulated events × ${CLONES} clones) in ${((Date.now() - t0) / 1000).toFixed(1)}s`);

async function copyPeople(tenant: string): Promise<void> {
  const cols = rows<{ c: string }>(await db.execute(sql`SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'people' AND table_schema = 'public' ORDER BY ordinal_position`)).map((r) => r.c);
  for (let c = 0; c < CLONES; c++) {
    const sel = cols.map((k) => k === 'tenant_id' ? `'${tenant}'` : k === 'employee_id' ? `employee_id || '-c${c}'` : k === 'email' ? `'c${c}.' || email` : `"${k}"`);
    await db.execute(sql.raw(`INSERT INTO people (${cols.map((k) => `"${k}"`).join(', ')}) SELECT ${sel.join(', ')} FROM people WHERE tenant_id = '${base}'`));
  }
}

async function caughtUp(tenant: string, jsm: Awaited<ReturnType<typeof openStream>>): Promise<boolean> {
  const cps = await readCheckpoints(db, tenant);
  for (const u of allUnits(P)) {
    const last = await jsm.streams.getMessage(streamName(tenant), { last_by_subj: unitSubject(tenant, u) }).catch(() => null);
    if (last && (cps[`${u.kind}.${u.index}`] ?? 0) < last.seq) return false;
  }
  return true;
}

async function run(workers: number) {
  const tenant = `bench${workers}w${Date.now().toString(36)}`;
  await copyPeople(tenant);
  const jsm = await openStream(nc, tenant);
  // Publish first, so the workers' figure is processing only (the publisher would compete for the same cores).
  const p0 = Date.now();
  const pub = await publishEvents(jsm.jetstream(), { tenant, partitions: P }, events.map((e) => ({ event: e, personId: e.personId })));
  const publishMs = Date.now() - p0;
  const spawned = Date.now();
  const children: ChildProcess[] = [];
  for (let i = 0; i < workers; i++) {
    children.push(spawn(process.execPath, [bin, 'worker', '--auto', '--count', String(P), '--lease-ms', '3000', '--batch', '500', '--id', `b${i}`], {
      env: { ...process.env, TRUSTLINE_DB: database.location, TRUSTLINE_TENANT: tenant, TRUSTLINE_NATS: NATS }, stdio: 'ignore',
    }));
  }
  // The clock starts at the first partition claim (process start-up excluded) and stops when every partition is checkpointed.
  let first = 0;
  while (!first) {
    const n = rows<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM stream_checkpoints WHERE tenant_id = ${tenant}`))[0]!.n;
    if (n > 0) first = Date.now(); else await sleep(20);
  }
  while (!(await caughtUp(tenant, jsm))) await sleep(100);
  const ms = Date.now() - first;
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((r) => c.once('exit', r))));
  const size = rows<{ n: number; avg: number; p99: number; max: number }>(await db.execute(sql`SELECT count(*)::int AS n, avg(octet_length(state::text))::int AS avg,
    percentile_cont(0.99) WITHIN GROUP (ORDER BY octet_length(state::text))::int AS p99, max(octet_length(state::text))::int AS max FROM detection_state WHERE tenant_id = ${tenant}`))[0]!;
  const keys = rows<{ n: number; avg: number; max: number }>(await db.execute(sql`SELECT count(*)::int AS n, avg(octet_length(state::text))::int AS avg, max(octet_length(state::text))::int AS max
    FROM stream_key_state WHERE tenant_id = ${tenant}`))[0]!;
  const alerts = rows<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM alerts WHERE tenant_id = ${tenant}`))[0]!.n;
  await jsm.streams.delete(streamName(tenant)).catch(() => false);
  console.log(`${workers} worker(s): ${events.length} events (${pub.messages} messages incl. key messages) in ${(ms / 1000).toFixed(1)}s = ${Math.round(events.length / (ms / 1000))} events/s;`
    + ` ${alerts} alerts; start-up ${((first - spawned) / 1000).toFixed(1)}s; publish ${Math.round(pub.messages / (publishMs / 1000))} msg/s`);
  console.log(`  per-person state: ${size.n} people, avg ${size.avg} B, p99 ${size.p99} B, max ${size.max} B JSON; key state: ${keys.n} rows, avg ${keys.avg} B, max ${keys.max} B`);
}

for (const w of [1, 2, 4]) await run(w);
console.log(`machine: ${(await import('node:os')).cpus().length} cores (workers, PostgreSQL and nats-server share them)`);
await nc.close();
await database.close();
