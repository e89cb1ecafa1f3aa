// The events table as the stream's outbox, against a stand-in for JetStream that de-duplicates by message id as the
// server does: publish after storing, once, oldest first; a crash on either side of the publish loses or doubles nothing.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { JetStreamClient } from '@nats-io/jetstream';
import { and, count, eq, sql } from 'drizzle-orm';
import { enrichTransform, sharedEnricher } from '../pipeline/enrich-events.js';
import type { EventPublisher } from '../pipeline/event-publisher.js';
import { importFile } from '../pipeline/import-file.js';
import { simulateToDir } from '../simulate/index.js';
import { sources } from '../sources/registry.js';
import type { Target } from '../sources/types.js';
import type { Database } from '../store/db.js';
import { loadAccounts, loadPeople } from '../store/hr-repo.js';
import { events } from '../store/schema/index.js';
import { pgliteTestDatabase } from '../../test/support/test-db.js';
import { createAttributor } from './attribute.js';
import { PersonMessageSchema } from './messages.js';
import { partitionOf, unattributedSubject, unitSubject } from './partition.js';
import { publishStored } from './publish-stored.js';

interface Stored { subject: string; msgID: string; body: { p?: string; e: { id: string; time: string } } }

/** Keeps the first message per id and reports later ones as duplicates, as JetStream's de-duplication window does. */
function fakeJetStream() {
  const byId = new Set<string>();
  const stream: Stored[] = [];
  const js = {
    async publish(subject: string, data: string, opts: { msgID: string }) {
      const duplicate = byId.has(opts.msgID);
      if (!duplicate) { byId.add(opts.msgID); stream.push({ subject, msgID: opts.msgID, body: JSON.parse(data) as Stored['body'] }); }
      return { duplicate, seq: stream.length, stream: 'fake' };
    },
  };
  return { js: js as unknown as JetStreamClient, stream };
}

const T = 'outbox';
const cfg = { tenant: T, partitions: 4 };
const dir = mkdtempSync(join(tmpdir(), 'tl-outbox-'));
let database: Database;
const files = ['hr/people.csv', 'hr/accounts.csv', 'okta/system-log.jsonl', 'entra/signins.jsonl', 'github/audit-log.jsonl', 'defender/DeviceLogonEvents.json'];

before(async () => {
  await simulateToDir(join(dir, 'sim'), { seed: 'outbox-1', employees: 8, candidates: 1, days: 3, start: '2026-09-01', fraudRate: { employees: 0.25, candidates: 0 } });
  database = await pgliteTestDatabase();
});
after(async () => { await database?.close(); rmSync(dir, { recursive: true, force: true }); });

const transform = enrichTransform(sharedEnricher([]));
const importAll = (tenantId: string, publisher?: EventPublisher, batchSize = 100) => (async () => {
  let accepted = 0; // events only
  for (const f of files) {
    const s = await importFile({ db: database.db, tenantId, path: join(dir, 'sim', f), sources, rejectsDir: join(dir, 'rejects'), transform, publisher, batchSize });
    if (s.target === 'events') accepted += s.accepted;
  }
  return accepted;
})();
const eventCount = async (tenantId: string, where = sql`true`) =>
  (await database.db.select({ n: count() }).from(events).where(and(eq(events.tenantId, tenantId), where)))[0]!.n;
const attributor = async (t: string) => createAttributor(await loadPeople(database.db, t), await loadAccounts(database.db, t));

test('the pipeline tells the publisher only once a batch is stored, and not for a batch that failed to store', async () => {
  const t = 'hook';
  const seen: { target: Target; storedThen: number }[] = [];
  const publisher: EventPublisher = { async stored(target) { seen.push({ target, storedThen: await eventCount(t) }); } };
  await importAll(t, publisher, 50);
  const okta = seen.filter((s) => s.target === 'events');
  assert.ok(okta.length >= 3, `several event batches (${okta.length})`);
  // Each call sees its batch in the database already: the count grows by up to a batch per call.
  for (let i = 1; i < okta.length; i++) assert.ok(okta[i]!.storedThen > okta[i - 1]!.storedThen && okta[i]!.storedThen - okta[i - 1]!.storedThen <= 50);
  assert.equal(okta[okta.length - 1]!.storedThen, await eventCount(t), 'the last call comes after the last batch');

  // A batch the database refuses (a time PostgreSQL cannot read) is never announced.
  const before = seen.length;
  const broken = (target: Target, records: Record<string, unknown>[]) => (target === 'events' ? records.map((r) => ({ ...r, time: 'yesterday-ish' })) : records);
  await assert.rejects(importFile({ db: database.db, tenantId: 'broken', path: join(dir, 'sim', 'okta/system-log.jsonl'), sources, rejectsDir: join(dir, 'rejects'), transform: broken, publisher }),
    (e: Error & { code?: string }) => e.code === 'DB_ERROR');
  assert.equal(seen.length, before, 'no stored() call for the failed batch');
});

test('each stored event is published once, oldest first per partition; re-importing the same files publishes nothing', async () => {
  const { js, stream } = fakeJetStream();
  const stored = await importAll(T);
  assert.ok(stored > 100, `the fixture stores events (${stored})`);
  // Without accounts.csv (not imported yet, say) the GitHub and Defender account names name nobody: they are parked.
  const byEmailOnly = createAttributor(await loadPeople(database.db, T), []);
  const first = await publishStored(database.db, js, cfg, { attribute: byEmailOnly });
  assert.equal(first.events, await eventCount(T));
  assert.equal(first.duplicates, 0);
  assert.ok(first.attributed > 0 && first.unattributed > 0, `both attributed (${first.attributed}) and parked (${first.unattributed}) events`);
  assert.equal(await eventCount(T, sql`NOT analyzed`), 0, 'every published event is marked handed on');

  const personSubjects = new Set(Array.from({ length: cfg.partitions }, (_, i) => unitSubject(T, { kind: 'events', index: i })));
  const personMsgs = stream.filter((m) => personSubjects.has(m.subject));
  assert.ok(personMsgs.every((m) => PersonMessageSchema.safeParse(m.body).success));
  const parked = stream.filter((m) => m.subject === unattributedSubject(T));
  assert.equal(personMsgs.length + parked.length, first.events, 'one person-or-parked message per stored event');
  assert.equal(new Set(personMsgs.map((m) => m.body.e.id)).size, personMsgs.length, 'no event twice');
  for (const m of personMsgs) assert.equal(m.subject, unitSubject(T, { kind: 'events', index: partitionOf(m.body.p!, cfg.partitions) }));
  for (let i = 0; i < cfg.partitions; i++) {
    const times = personMsgs.filter((m) => m.subject === unitSubject(T, { kind: 'events', index: i })).map((m) => `${Date.parse(m.body.e.time)}|${m.body.e.id}`);
    assert.deepEqual(times, [...times].sort(), `partition ${i} receives its events in (time, id) order`);
  }

  const size = stream.length;
  assert.equal(await importAll(T), 0, 'the second import stores nothing new');
  const second = await publishStored(database.db, js, cfg, { attribute: await attributor(T) });
  assert.deepEqual({ events: second.events, messages: second.messages }, { events: 0, messages: 0 }, 'and publishes nothing');
  assert.equal(stream.length, size);
});

test('a crash after publishing but before marking re-sends under the same ids: the stream keeps one copy', async () => {
  const { js, stream } = fakeJetStream();
  const t = 'crash-after';
  await importAll(t);
  const a = await publishStored(database.db, js, { ...cfg, tenant: t }, { attribute: await attributor(t) });
  const size = stream.length;
  // The crash: messages are in the stream, the marks were never written.
  await database.db.execute(sql`UPDATE events SET analyzed = false WHERE tenant_id = ${t}`);
  const b = await publishStored(database.db, js, { ...cfg, tenant: t }, { attribute: await attributor(t) });
  assert.equal(b.events, a.events, 'everything pending is sent again');
  assert.equal(b.duplicates, b.messages, 'and every message is dropped as a duplicate');
  assert.equal(b.messages, a.messages);
  assert.equal(stream.length, size);
});

test('a crash after storing but before publishing loses nothing: the next pass publishes what is pending', async () => {
  const { js, stream } = fakeJetStream();
  const t = 'crash-before';
  const n = await importAll(t); // stored, never published (no publisher: as if the process died before its pass)
  assert.equal(await eventCount(t, sql`NOT analyzed`), n);
  const s = await publishStored(database.db, js, { ...cfg, tenant: t }, { attribute: await attributor(t), page: 37 });
  assert.equal(s.events, n, 'all of it, across several pages');
  assert.equal(new Set(stream.filter((m) => !m.msgID.includes('|')).map((m) => m.body.e.id)).size, n);
  assert.equal(await eventCount(t, sql`NOT analyzed`), 0);
  // `worker publish --since`: a deliberate re-publish of everything, dropped by id inside the window.
  const again = await publishStored(database.db, js, { ...cfg, tenant: t }, { attribute: await attributor(t), since: '2000-01-01T00:00:00Z' });
  assert.equal(again.events, n);
  assert.equal(again.duplicates, again.messages);
});
