// Crash safety of `trustline pull okta`: a local Okta /api/v1/logs server pages the System Log; the puller is
// SIGKILLed mid-run several times and restarted; stored events equal the server's exactly — on PGlite and PostgreSQL.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../src/store/db.js';
import { events } from '../../src/store/schema/index.js';
import { freshPostgres, killWhen, prng, startCli } from './harness.js';
import { oktaLogEvent } from './okta-records.js';

const TOTAL = Number(process.env.TRUSTLINE_CRASH_PULL_EVENTS ?? 9_500);
const KILLS = Number(process.env.TRUSTLINE_CRASH_KILLS ?? 3);
const SEED = Number(process.env.TRUSTLINE_CRASH_SEED ?? Date.now() % 1_000_000);
const TOKEN = 'test-okta-token';
const all = Array.from({ length: TOTAL }, (_, i) => oktaLogEvent(i, 'pull-crash'));

const work = mkdtempSync(join(tmpdir(), 'trustline-pull-crash-'));
after(() => rmSync(work, { recursive: true, force: true }));

interface OktaServer { url: string; pagesServed: number; close(): Promise<void> }

/** Okta-shaped paging: `limit` events from the `after` cursor, a Link rel="next" on every page, a short page at the end. */
async function oktaServer(delayMs: number): Promise<OktaServer> {
  const state = { url: '', pagesServed: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', state.url);
    if (u.pathname !== '/api/v1/logs' || req.headers.authorization !== `SSWS ${TOKEN}`) {
      res.writeHead(401, { 'Content-Type': 'application/json' }); res.end('{"errorCode":"E0000011"}'); return;
    }
    const from = Number(u.searchParams.get('after') ?? 0);
    const limit = Number(u.searchParams.get('limit') ?? 100);
    const page = all.slice(from, from + limit);
    setTimeout(() => {
      state.pagesServed++;
      res.writeHead(200, {
        'Content-Type': 'application/json',
        Link: `<${state.url}/api/v1/logs?limit=${limit}>; rel="self", <${state.url}/api/v1/logs?after=${from + page.length}&limit=${limit}&sortOrder=ASCENDING>; rel="next"`,
        'X-Rate-Limit-Limit': '1000', 'X-Rate-Limit-Remaining': '999', 'X-Rate-Limit-Reset': String(Math.floor(Date.now() / 1000) + 60),
      });
      res.end(JSON.stringify(page));
    }, delayMs);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); });
  return state;
}

async function storedIds(db: string): Promise<string[]> {
  const database = await openDatabase(db, { owner: { command: 'crash-test' } });
  try {
    return (await database.db.select({ id: events.sourceEventId }).from(events).where(eq(events.source, 'okta'))).map((r) => r.id);
  } finally { await database.close(); }
}

async function pullWithKills(db: string, seed: number): Promise<string[]> {
  const server = await oktaServer(120);
  const rand = prng(seed);
  const kills: string[] = [];
  const env = { TRUSTLINE_DB: db, TRUSTLINE_OKTA_URL: server.url, TRUSTLINE_OKTA_API_TOKEN: TOKEN, TRUSTLINE_PULL_SINCE: '2026-03-01T00:00:00Z' };
  const pages = Math.ceil(TOTAL / 1000);
  try {
    for (let k = 0; k < KILLS; k++) {
      const run = startCli(['pull', 'okta'], env);
      // The 1st–3rd page served in this run, then a random moment while the puller maps, stores or checkpoints it
      // (3 kills × at most 3 pages stay below the 10 pages, so every run is cut before the end).
      const target = server.pagesServed + 1 + Math.floor(rand() * Math.min(3, Math.max(1, Math.floor((pages - 1) / KILLS))));
      let at = 0;
      const jitter = rand() * 150;
      const killed = await killWhen(run, () => {
        if (server.pagesServed >= target && at === 0) at = Date.now() + jitter;
        return at > 0 && Date.now() >= at;
      }, 60_000);
      assert.ok(killed, `the pull ended before its kill point: ${run.err()}`);
      kills.push(`page ${target}+${Math.round(jitter)}ms`);
    }
    const last = startCli(['pull', 'okta'], env);
    assert.equal(await last.done, 0, `final pull failed (seed ${seed}, kills ${kills.join(', ')}):\n${last.err()}`);
    process.stdout.write(`# pull crash seed ${seed}: killed at ${kills.join(', ')}; ${server.pagesServed} pages served; last run: ${last.out().trim()}\n`);
    return kills;
  } finally { await server.close(); }
}

function assertExactlyOnce(ids: string[], label: string): void {
  assert.equal(ids.length, TOTAL, `${label}: ${ids.length} stored, ${TOTAL} served`);
  const stored = new Set(ids);
  assert.equal(stored.size, ids.length, `${label}: duplicated events`);
  const lost = all.filter((e) => !stored.has(e.uuid as string));
  assert.equal(lost.length, 0, `${label}: ${lost.length} events lost`);
}

test(`PGlite: a live Okta pull killed ${KILLS} times mid-run and restarted stores every event exactly once`, async () => {
  const db = join(work, 'pglite');
  await pullWithKills(db, SEED);
  assertExactlyOnce(await storedIds(db), 'pglite');
});

const pgBase = process.env.TRUSTLINE_TEST_PG;
test(`PostgreSQL: a live Okta pull killed ${KILLS} times mid-run and restarted stores every event exactly once`, { skip: !pgBase && 'TRUSTLINE_TEST_PG is not set' }, async () => {
  const pg = await freshPostgres(pgBase!, 'trustline_pullcrash');
  try {
    await pullWithKills(pg.url, SEED + 1);
    assertExactlyOnce(await storedIds(pg.url), 'postgres');
  } finally { await pg.drop(); }
});
