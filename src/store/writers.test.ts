// Batch writes count inserted/updated/duplicate exactly, on the JSON path and on the bound-parameter fallback.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { asc, eq, sql } from 'drizzle-orm';
import { rememberRawText } from '../model/raw-text.js';
import { testEngines } from '../../test/support/test-db.js';
import type { Database } from './db.js';
import { events, people } from './schema/index.js';
import { writeRecords } from './writers.js';

const ev = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `e${String(i).padStart(4, '0')}`, time: `2024-05-14T01:00:${String(i % 60).padStart(2, '0')}.000Z`, source: 'okta', sourceEventId: `u${i}`,
  type: 'user.session.start', category: 'auth.login', outcome: 'success', outcomeReason: null, actor: `user${i}@example.com`,
  ip: '198.51.100.7', vendorGeo: i % 2 ? { country: 'Japan', lat: 35.6, asn: 2516, isProxy: false } : null,
  attrs: { targets: [{ id: 'x', type: null }], note: 'quote " and \\ and é' }, raw: { uuid: `u${i}`, nested: { a: [1, null, 'x'] }, s: 'str' }, ...extra,
});
const person = (i: number, title = 'Engineer') => ({
  employeeId: `E${i}`, email: `p${i}@example.com`, fullName: `Person ${i}`, employmentType: 'employee', hireDate: '2024-01-15', jobTitle: title,
});

for (const engine of testEngines()) {
  describe(`batch writers on ${engine.name}`, () => {
    const open: Database[] = [];
    after(async () => { await Promise.all(open.map((d) => d.close())); });
    const db = async () => { const d = await engine.open(); open.push(d); return d; };

    test('events: new ids inserted, repeats (in the batch or already stored) duplicate, values stored as given', async () => {
      const d = await db();
      const batch = [...Array.from({ length: 1200 }, (_, i) => ev(i)), ev(5), ev(7)];
      assert.deepEqual(await writeRecords(d.db, 'default', 'events', batch), { inserted: 1200, updated: 0, duplicate: 2 });
      assert.deepEqual(await writeRecords(d.db, 'default', 'events', [ev(3), ev(1300)]), { inserted: 1, updated: 0, duplicate: 1 });
      const [row] = await d.db.select().from(events).where(eq(events.id, 'e0001'));
      assert.deepEqual(row?.raw, ev(1).raw);
      assert.deepEqual(row?.attrs, ev(1).attrs);
      assert.deepEqual(row?.vendorGeo, ev(1).vendorGeo);
      assert.equal(new Date(row!.time).toISOString(), ev(1).time);
      assert.equal(row?.analyzed, false, 'omitted column takes its default');
      assert.equal(row?.deviceId, null);
      const [even] = await d.db.select().from(events).where(eq(events.id, 'e0002'));
      assert.equal(even?.vendorGeo, null, 'null jsonb is SQL NULL, not JSON null');
      const other = await d.db.select({ id: events.id }).from(events).where(eq(events.tenantId, 'other'));
      assert.equal(other.length, 0);
    });

    test('events: a NUL in text or JSON is stored as U+FFFD instead of failing the batch; raw keeps its vendor text', async () => {
      const d = await db();
      const raw = { uuid: 'n1', note: 'a\u0000b' };
      rememberRawText(raw, '{"uuid":"n1",   "note":"a\\u0000b"}');
      const c = await writeRecords(d.db, 'default', 'events', [ev(1, { actorName: 'x\u0000y', attrs: { k: 'v\u0000w', esc: '\\u0000' }, raw })]);
      assert.deepEqual(c, { inserted: 1, updated: 0, duplicate: 0 });
      const [row] = await d.db.select().from(events).where(eq(events.id, 'e0001'));
      assert.equal(row?.actorName, 'x\ufffdy');
      assert.deepEqual(row?.attrs, { k: 'v\ufffdw', esc: '\\u0000' }, 'an escaped backslash before u0000 is text, kept');
      assert.deepEqual(row?.raw, raw);
      const [text] = await d.db.execute<{ raw: string }>(sql`select raw from events where id = 'e0001'`).then((r) => (Array.isArray(r) ? r : (r as { rows: { raw: string }[] }).rows));
      assert.equal(text?.raw, '{"uuid":"n1",   "note":"a\\u0000b"}', 'the line as the vendor wrote it');
    });

    test('events: rows a concurrent writer stored between lookup and load are duplicates, the rest inserted', async () => {
      const d = await db();
      const batch = Array.from({ length: 50 }, (_, i) => ev(i));
      const [a, b] = await Promise.all([writeRecords(d.db, 'default', 'events', batch), writeRecords(d.db, 'default', 'events', batch.slice(10))]);
      assert.equal(a.inserted + b.inserted, 50);
      assert.equal(a.duplicate + b.duplicate, 40);
      const [n] = await d.db.select({ n: sql<number>`count(*)::int` }).from(events);
      assert.equal(n?.n, 50);
    });

    test('a batch mixing set and defaulted columns falls back to bound parameters with the same result', async () => {
      const d = await db();
      const c = await writeRecords(d.db, 'default', 'events', [ev(1), ev(2, { analyzed: true }), ev(3)]);
      assert.deepEqual(c, { inserted: 3, updated: 0, duplicate: 0 });
      const rows = await d.db.select({ id: events.id, analyzed: events.analyzed }).from(events).orderBy(asc(events.id));
      assert.deepEqual(rows, [{ id: 'e0001', analyzed: false }, { id: 'e0002', analyzed: true }, { id: 'e0003', analyzed: false }]);
    });

    test('people: unchanged rows duplicate, a changed row is updated, a new one inserted', async () => {
      const d = await db();
      assert.deepEqual(await writeRecords(d.db, 't1', 'people', [person(1), person(2), person(3)]), { inserted: 3, updated: 0, duplicate: 0 });
      assert.deepEqual(await writeRecords(d.db, 't1', 'people', [person(1), person(2, 'Staff Engineer'), person(3), person(4)]),
        { inserted: 1, updated: 1, duplicate: 2 });
      const [p2] = await d.db.select().from(people).where(eq(people.employeeId, 'E2'));
      assert.equal(p2?.jobTitle, 'Staff Engineer');
      assert.equal(p2?.tenantId, 't1');
    });
  });
}
