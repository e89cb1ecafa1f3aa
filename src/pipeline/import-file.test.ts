import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { count, eq } from 'drizzle-orm';
import { peopleCsv } from '../../test/support/people-fixture.js';
import { testEngines } from '../../test/support/test-db.js';
import { sources } from '../sources/registry.js';
import { people } from '../store/schema/index.js';
import type { Database } from '../store/db.js';
import { importFile } from './import-file.js';

const dir = mkdtempSync(join(tmpdir(), 'trustline-import-'));
const write = (name: string, body: string | Buffer) => { const p = join(dir, name); writeFileSync(p, body); return p; };

for (const engine of testEngines()) {
  describe(`import pipeline on ${engine.name}`, () => {
    const open: Database[] = [];
    after(async () => { await Promise.all(open.map((d) => d.close())); });
    const db = async () => { const d = await engine.open(); open.push(d); return d; };
    const run = (database: Database, path: string, extra: Partial<Parameters<typeof importFile>[0]> = {}) =>
      importFile({ db: database.db, tenantId: 'default', path, sources, rejectsDir: join(dir, 'rejects'), batchSize: 7, ...extra });
    const stored = async (d: Database) => (await d.db.select({ n: count() }).from(people))[0]?.n;

    test('bad date on line 7 and missing e-mail on line 9: the other rows are kept, both problems located', async () => {
      const d = await db();
      // Data row n sits on file line n + 1 (line 1 is the header).
      const path = write(`bad-${engine.name}.csv`, peopleCsv(20, (i, r) => {
        const cells = r.split(',');
        if (i === 6) cells[4] = '2023-13-45';
        if (i === 8) cells[1] = '';
        return cells.join(',');
      }));
      const s = await run(d, path);
      assert.equal(s.source, 'people');
      assert.equal(s.accepted, 18);
      assert.equal(s.rejected, 2);
      assert.deepEqual(s.problems.map((p) => [p.line, p.field]), [[7, 'hire_date'], [9, 'email']]);
      assert.match(s.problems[0]!.reason, /not a valid ISO 8601 date/);
      assert.equal(await stored(d), 18);
      const rejects = readFileSync(s.rejectFile!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { line: number; raw: string });
      assert.deepEqual(rejects.map((r) => r.line), [7, 9]);
      assert.match(rejects[0]!.raw, /^E000006,/);
    });

    test('re-importing the same file adds nothing; a changed row is updated, not duplicated', async () => {
      const d = await db();
      const path = write(`same-${engine.name}.csv`, peopleCsv(30));
      const first = await run(d, path);
      const second = await run(d, path);
      assert.deepEqual([first.accepted, first.duplicate], [30, 0]);
      assert.deepEqual([second.accepted, second.updated, second.duplicate], [0, 0, 30]);
      const changed = write(`changed-${engine.name}.csv`, peopleCsv(30, (i, r) => (i === 3 ? r.replace('Software Engineer', 'Staff Engineer') : r)));
      const third = await run(d, changed);
      assert.deepEqual([third.accepted, third.updated, third.duplicate], [0, 1, 29]);
      assert.equal(await stored(d), 30);
      const [row] = await d.db.select().from(people).where(eq(people.employeeId, 'E000003'));
      assert.equal(row?.jobTitle, 'Staff Engineer');
    });

    test('gzip is read transparently whatever the file is called', async () => {
      const d = await db();
      const s = await run(d, write(`people-${engine.name}.data`, gzipSync(peopleCsv(12))), { displayName: 'people.csv.gz' });
      assert.equal(s.accepted, 12);
    });

    test('a stray quote on line 10 rejects that row only: the rows before and after it are kept', async () => {
      const d = await db();
      const text = peopleCsv(10, (i, r) => (i === 9 ? r.replace('Software Engineer', '"Software Engineer') : r));
      const s = await run(d, write(`broken-${engine.name}.csv`, text), { batchSize: 3 });
      assert.equal(s.accepted, 9);
      assert.equal(await stored(d), 9);
      assert.equal(s.rejected, 1);
      assert.equal(s.problems[0]?.line, 10);
      const [after10] = await d.db.select().from(people).where(eq(people.employeeId, 'E000010'));
      assert.ok(after10, 'the row after the bad one is imported');
    });

    test('a gzip file cut short keeps what was read and says where it stopped', async () => {
      const d = await db();
      const gz = gzipSync(peopleCsv(400));
      const s = await run(d, write(`cut-${engine.name}.csv.gz`, gz.subarray(0, Math.floor(gz.length * 0.6))), { batchSize: 50 });
      assert.ok(s.fatal, 'reading must stop with a reason');
      assert.ok(s.accepted > 0 && s.accepted < 400, `rows before the cut are kept (got ${s.accepted})`);
      assert.equal(await stored(d), s.accepted);
    });
  });
}
