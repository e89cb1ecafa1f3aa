// Crash safety of `trustline import`: SIGKILL at random points of a large Okta import, restart, and the stored
// events equal the input exactly (nothing lost, nothing duplicated) — on PGlite, and on PostgreSQL when configured.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../src/store/db.js';
import { events } from '../../src/store/schema/index.js';
import { freshPostgres, hasProc, killWhen, prng, readOffset, startCli } from './harness.js';
import { oktaJsonl } from './okta-records.js';

const RECORDS = Number(process.env.TRUSTLINE_CRASH_RECORDS ?? 10_000);
const KILLS = Number(process.env.TRUSTLINE_CRASH_KILLS ?? 3);
const SEED = Number(process.env.TRUSTLINE_CRASH_SEED ?? Date.now() % 1_000_000);

const work = mkdtempSync(join(tmpdir(), 'trustline-crash-'));
after(() => rmSync(work, { recursive: true, force: true }));
const file = join(work, 'okta-system-log.jsonl');
const input = oktaJsonl(RECORDS, 'import-crash');
writeFileSync(file, input.text);
const size = statSync(file).size;

async function storedIds(db: string): Promise<string[]> {
  const database = await openDatabase(db, { owner: { command: 'crash-test' } });
  try {
    const rows = await database.db.select({ id: events.sourceEventId }).from(events).where(eq(events.source, 'okta'));
    return rows.map((r) => r.id);
  } finally { await database.close(); }
}

/** Kills the importer `KILLS` times at random read offsets (the first time possibly before it opens the file), then lets it finish. */
async function crashAndResume(db: string, seed: number): Promise<{ kills: string[]; final: string }> {
  const rand = prng(seed);
  const kills: string[] = [];
  const env = { TRUSTLINE_DB: db };
  for (let k = 0; k < KILLS; k++) {
    const run = startCli(['import', file], env);
    if (k === 0 && rand() < 0.5) {
      // Early kill: while the CLI starts, opens or migrates the database, before any record is read.
      const delay = 300 + rand() * 1500;
      const at = Date.now() + delay;
      const killed = await killWhen(run, () => Date.now() >= at || (readOffset(run.child.pid!, file) ?? 0) > 0, 60_000);
      if (killed) kills.push(`startup+${Math.round(delay)}ms`);
      continue;
    }
    const frac = 0.05 + rand() * 0.9;
    const killed = await killWhen(run, () => (readOffset(run.child.pid!, file) ?? 0) >= frac * size, 60_000);
    assert.ok(killed, `the importer finished before the kill point ${frac.toFixed(2)}: ${run.err()}`);
    kills.push(`${Math.round(frac * 100)}%`);
  }
  const last = startCli(['import', file], env);
  const code = await last.done;
  assert.equal(code, 0, `final import failed (seed ${seed}, kills ${kills.join(', ')}):\n${last.err()}`);
  return { kills, final: last.out().trim() };
}

function assertExactlyOnce(ids: string[], label: string): void {
  assert.equal(ids.length, input.uuids.length, `${label}: ${ids.length} stored, ${input.uuids.length} in the input`);
  const stored = new Set(ids);
  assert.equal(stored.size, ids.length, `${label}: duplicated events`);
  const missing = input.uuids.filter((u) => !stored.has(u));
  assert.deepEqual(missing.slice(0, 5), [], `${label}: ${missing.length} events lost`);
}

test(`PGlite: an import killed ${KILLS} times at random points and restarted stores every event exactly once`, { skip: !hasProc && 'needs /proc to find kill points' }, async () => {
  const db = join(work, 'pglite');
  const r = await crashAndResume(db, SEED);
  process.stdout.write(`# pglite crash seed ${SEED}: killed at ${r.kills.join(', ')}; last run: ${r.final}\n`);
  assertExactlyOnce(await storedIds(db), 'pglite');
});

const pgBase = process.env.TRUSTLINE_TEST_PG;
test(`PostgreSQL: an import killed ${KILLS} times at random points and restarted stores every event exactly once`, { skip: (!pgBase && 'TRUSTLINE_TEST_PG is not set') || (!hasProc && 'needs /proc') }, async () => {
  const pg = await freshPostgres(pgBase!, 'trustline_crash');
  try {
    const r = await crashAndResume(pg.url, SEED + 1);
    process.stdout.write(`# postgres crash seed ${SEED + 1}: killed at ${r.kills.join(', ')}; last run: ${r.final}\n`);
    assertExactlyOnce(await storedIds(pg.url), 'postgres');
  } finally { await pg.drop(); }
});
