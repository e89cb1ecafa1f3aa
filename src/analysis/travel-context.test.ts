// travel.csv and people.csv through the import pipeline into what detection sees: declared trips and residence coordinates.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pgliteTestDatabase } from '../../test/support/test-db.js';
import { importFile } from '../pipeline/import-file.js';
import { sources } from '../sources/registry.js';
import { storeForDetection } from './run-analysis.js';

const dir = mkdtempSync(join(tmpdir(), 'trustline-travel-'));
const write = (name: string, body: string) => { const p = join(dir, name); writeFileSync(p, body); return p; };

test('declared trips and geocoded residences reach the person context; a bad trip is rejected with its line and column', async () => {
  const database = await pgliteTestDatabase();
  try {
    const run = (path: string) => importFile({ db: database.db, tenantId: 'default', path, sources, rejectsDir: join(dir, 'rejects') });
    await run(write('people.csv', [
      'employee_id,email,full_name,employment_type,hire_date,termination_date,job_title,department,residence_country,residence_region,residence_city,residence_postal_code,residence_address,phone,timezone,manager_email',
      'E1,ana.silva@example.com,Ana Silva,employee,2024-01-10,,Engineer,Engineering,US,Texas,Austin,78701,1 Main St,,America/Chicago,',
      'E2,li.wei@example.com,Li Wei,employee,2024-01-10,,Engineer,Engineering,US,,Springfield,,,,America/Chicago,',
    ].join('\n')));
    const trips = await run(write('travel.csv', [
      'employee_id,start,end,country,city',
      'E1,2026-09-03,2026-09-07,FR,Paris',
      'E1,2026-10-01,2026-10-02,us,',
      'E2,2026-09-10,2026-09-08,DE,Berlin',
    ].join('\n')));
    assert.equal(trips.source, 'travel');
    assert.equal(trips.accepted, 2);
    assert.equal(trips.problems.length, 1);
    assert.equal(trips.problems[0]?.line, 4);
    assert.equal(trips.problems[0]?.field, 'end');

    const people = await storeForDetection(database.db, 'default').loadPeople();
    const e1 = people.find((p) => p.personId === 'E1')!;
    assert.deepEqual(e1.travel?.map((t) => [t.from, t.to, t.country]).sort(), [['2026-09-03', '2026-09-07', 'FR'], ['2026-10-01', '2026-10-02', 'US']]);
    assert.equal(e1.residenceRegion, 'Texas');
    assert.ok(Math.abs((e1.residenceLat ?? 0) - 30.27) < 0.1 && Math.abs((e1.residenceLon ?? 0) + 97.74) < 0.1, `${e1.residenceLat},${e1.residenceLon}`);
    // Springfield without a region is several far-apart places: left unplaced rather than guessed.
    const e2 = people.find((p) => p.personId === 'E2')!;
    assert.equal(e2.residenceLat, null);
    assert.deepEqual(e2.travel, []);
  } finally {
    await database.close();
  }
});
