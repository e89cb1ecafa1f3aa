// Monthly partitioning of events on real PostgreSQL: conversion keeps rows, queries prune months and use indexes, retention drops.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { JetStreamClient } from '@nats-io/jetstream';
import { sql } from 'drizzle-orm';
import { METRIC_EVENT_TYPE } from '../../src/detect/detectors/index.js';
import { enrichTransform, sharedEnricher } from '../../src/pipeline/enrich-events.js';
import { importFile } from '../../src/pipeline/import-file.js';
import { dropOldEventPartitions, isPartitioned, partitionEvents } from '../../src/scale/index.js';
import { simulateToDir } from '../../src/simulate/index.js';
import { sources } from '../../src/sources/registry.js';
import type { Database } from '../../src/store/db.js';
import { materializeMetricEvents } from '../../src/store/events-repo.js';
import { events } from '../../src/store/schema/index.js';
import { publishStored } from '../../src/stream/index.js';
import { postgresTestDatabase } from '../support/test-db.js';

const PG = process.env['TRUSTLINE_TEST_PG'];
const skip = PG ? false : 'PostgreSQL partitioning tests skipped: set TRUSTLINE_TEST_PG';
if (skip) console.log(`# ${skip}`);

let database: Database;
const rows = <T>(r: unknown) => (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];
const plan = async (q: ReturnType<typeof sql>) => rows<{ 'QUERY PLAN': string }>(await database.db.execute(sql`EXPLAIN ${q}`)).map((r) => r['QUERY PLAN']).join('\n');

function event(i: number, time: string, personId: string | null) {
  return { tenantId: 't1', id: `ev${i}`, time, source: 'okta', sourceEventId: `s${i}`, type: 'user.session.start', category: 'auth.login',
    outcome: 'success', actor: `p${i % 7}@example.com`, ip: '203.0.113.7', attrs: {}, raw: { i }, enrichment: {}, personId, analyzed: i % 3 === 0 };
}

before(async () => {
  if (skip) return;
  database = await postgresTestDatabase(PG!);
  const list = [];
  for (let i = 0; i < 900; i++) list.push(event(i, new Date(Date.UTC(2026, 6, 1) + i * 2.9 * 3_600_000).toISOString(), `E${i % 20}`));
  await database.db.insert(events).values(list);
});
after(async () => { if (!skip) await database.close(); });

test('partition-events converts in place, prunes months, uses the indexes, and retention drops old months', { skip, timeout: 30_000 }, async () => {
  const db = database.db;
  assert.equal(await isPartitioned(db), false);
  const s = await partitionEvents(db, { monthsAhead: 2, now: new Date('2026-10-15T00:00:00Z') });
  assert.equal(s.converted, true);
  assert.equal(s.rows, 900);
  assert.deepEqual(s.created, ['events_y2026m07', 'events_y2026m08', 'events_y2026m09', 'events_y2026m10', 'events_y2026m11', 'events_y2026m12']);
  assert.equal(await isPartitioned(db), true);
  const again = await partitionEvents(db, { monthsAhead: 3, now: new Date('2026-10-15T00:00:00Z') });
  assert.deepEqual(again, { converted: false, rows: 0, created: ['events_y2027m01'] }, 'idempotent: only the new month ahead');

  const month = await plan(sql`SELECT id FROM events WHERE tenant_id = 't1' AND time >= '2026-08-01T00:00:00Z' AND time < '2026-09-01T00:00:00Z'`);
  assert.match(month, /events_y2026m08/);
  assert.doesNotMatch(month, /events_y2026m07|events_y2026m09|events_default/, 'other months are pruned');

  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL enable_seqscan = off`);
    const person = rows<{ 'QUERY PLAN': string }>(await tx.execute(sql`EXPLAIN SELECT id FROM events WHERE tenant_id = 't1' AND person_id = 'E3'
      AND time >= '2026-09-01T00:00:00Z' ORDER BY time`)).map((r) => r['QUERY PLAN']).join('\n');
    assert.match(person, /Index (Only )?Scan.*person_id_time_idx|Bitmap Index Scan on events_y2026m\d\d_tenant_id_person_id_time_idx/);
    const pending = rows<{ 'QUERY PLAN': string }>(await tx.execute(sql`EXPLAIN SELECT id FROM events WHERE tenant_id = 't1' AND NOT analyzed ORDER BY time LIMIT 100`))
      .map((r) => r['QUERY PLAN']).join('\n');
    assert.match(pending, /Index (Only )?Scan/, 'the unanalysed keyset query uses an index');
  });

  // Writers on a converted database name (tenant_id, id, time): a re-import is still a duplicate.
  const dup = await db.insert(events).values(event(5, new Date(Date.UTC(2026, 6, 1) + 5 * 2.9 * 3_600_000).toISOString(), 'E5'))
    .onConflictDoNothing({ target: [events.tenantId, events.id, events.time] }).returning({ id: events.id });
  assert.equal(dup.length, 0);

  const dry = await dropOldEventPartitions(db, 2, { now: new Date('2026-10-15T00:00:00Z'), dryRun: true });
  assert.deepEqual(dry.dropped, ['events_y2026m07', 'events_y2026m08']);
  const before = rows<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM events`))[0]!.n;
  assert.equal(before, 900, 'a dry run drops nothing');
  const r = await dropOldEventPartitions(db, 2, { now: new Date('2026-10-15T00:00:00Z') });
  assert.deepEqual(r.dropped, ['events_y2026m07', 'events_y2026m08']);
  assert.ok(r.kept.includes('events_y2026m09') && r.kept.includes('events_default'));
  const left = rows<{ lo: string }>(await db.execute(sql`SELECT min(time)::text AS lo, count(*)::int AS n FROM events`))[0]!;
  assert.ok(new Date(left.lo) >= new Date('2026-09-01T00:00:00Z'), `oldest kept event ${left.lo}`);
});

test('a converted database takes stream-mode imports: duplicates stay duplicates, metrics become events, each event is published once', { skip, timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tl-part-'));
  const d = await postgresTestDatabase(PG!);
  try {
    await simulateToDir(dir, { seed: 'partition-1', employees: 6, candidates: 1, days: 3, start: '2026-09-01', fraudRate: { employees: 0.2, candidates: 0 } });
    const imp = (f: string) => importFile({ db: d.db, tenantId: 't2', path: join(dir, f), sources, rejectsDir: join(dir, 'rejects'), transform: enrichTransform(sharedEnricher([])) });
    const first = await imp('okta/system-log.jsonl');
    assert.ok(first.accepted > 50);
    assert.equal((await partitionEvents(d.db, { now: new Date('2026-09-15T00:00:00Z') })).converted, true);
    const again = await imp('okta/system-log.jsonl');
    assert.deepEqual({ accepted: again.accepted, duplicate: again.duplicate }, { accepted: 0, duplicate: first.accepted }, 're-import: all duplicates');
    const metrics = await imp('hr/endpoint_metrics.csv');
    assert.equal(await materializeMetricEvents(d.db, 't2', METRIC_EVENT_TYPE), metrics.accepted, 'every measurement becomes an event');
    assert.equal(await materializeMetricEvents(d.db, 't2', METRIC_EVENT_TYPE), 0, 'once');

    const ids = new Set<string>();
    const js = { async publish(_s: string, _b: string, o: { msgID: string }) { const duplicate = ids.has(o.msgID); ids.add(o.msgID); return { duplicate }; } } as unknown as JetStreamClient;
    const p1 = await publishStored(d.db, js, { tenant: 't2', partitions: 4 });
    assert.equal(p1.events, first.accepted + metrics.accepted);
    const p2 = await publishStored(d.db, js, { tenant: 't2', partitions: 4 });
    assert.equal(p2.events, 0, 'marked as handed on across the monthly partitions');
  } finally { await d.close(); rmSync(dir, { recursive: true, force: true }); }
});
