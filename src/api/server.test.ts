import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { peopleCsv } from '../../test/support/people-fixture.js';
import { bearer } from '../../test/support/auth.js';
import { testEngines } from '../../test/support/test-db.js';
import { readEnv } from '../config/env.js';
import { sources } from '../sources/registry.js';
import { buildServer } from './server.js';

function multipart(name: string, body: string): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----trustline-test-boundary';
  const payload = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n${body}\r\n--${boundary}--\r\n`);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

for (const engine of testEngines()) {
  describe(`HTTP API on ${engine.name}`, async () => {
    const database = await engine.open();
    const app = await buildServer({
      env: readEnv({}), database, sources, rejectsDir: mkdtempSync(join(tmpdir(), 'trustline-api-')), version: 'test',
    }, { logger: false });
    const auth = await bearer(database, 'admin');
    after(async () => { await app.close(); await database.close(); });

    const withAuth = (m: { payload: Buffer; headers: Record<string, string> }) => ({ ...m, headers: { ...m.headers, ...auth } });

    test('without a sign-in the API answers 401, with a role that may not 403; health and the page stay open', async () => {
      assert.equal((await app.inject({ method: 'GET', url: '/api/people' })).statusCode, 401);
      assert.equal((await app.inject({ method: 'POST', url: '/api/import', payload: { a: 1 } })).statusCode, 401);
      const reporter = await bearer(database, 'reporter');
      assert.equal((await app.inject({ method: 'GET', url: '/api/people', headers: reporter })).statusCode, 403);
      assert.equal((await app.inject({ method: 'GET', url: '/api/people', headers: { authorization: 'Bearer tl_forged' } })).statusCode, 401);
      assert.equal((await app.inject({ method: 'GET', url: '/api/health' })).statusCode, 200);
    });

    test('health names the engine', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { status: 'ok', database: engine.name, version: 'test' });
    });

    test('upload imports; a bad row gives 422 with its line and field; people lists the rest', async () => {
      const csv = peopleCsv(5, (i, r) => (i === 2 ? r.replace(',employee,', ',intern,') : r));
      const res = await app.inject({ method: 'POST', url: '/api/import', ...withAuth(multipart('people.csv', csv)) });
      assert.equal(res.statusCode, 422);
      const { summary } = res.json() as { summary: { accepted: number; rejected: number; problems: { line: number; field: string }[] } };
      assert.deepEqual([summary.accepted, summary.rejected], [4, 1]);
      assert.deepEqual(summary.problems.map((p) => [p.line, p.field]), [[3, 'employment_type']]);
      const list = await app.inject({ method: 'GET', url: '/api/people?limit=2', headers: auth });
      const body = list.json() as { total: number; items: { employeeId: string }[] };
      assert.equal(body.total, 4);
      assert.deepEqual(body.items.map((p) => p.employeeId), ['E000001', 'E000003']);
      const again = await app.inject({ method: 'POST', url: '/api/import', ...withAuth(multipart('people.csv', peopleCsv(5))) });
      assert.equal(again.statusCode, 200);
      assert.equal((again.json() as { summary: { accepted: number; duplicate: number } }).summary.accepted, 1);
    });

    test('errors have one JSON shape', async () => {
      const bad = await app.inject({ method: 'GET', url: '/api/people?limit=0', headers: auth });
      assert.equal(bad.statusCode, 400);
      assert.equal((bad.json() as { error: { code: string } }).error.code, 'BAD_REQUEST');
      const missing = await app.inject({ method: 'GET', url: '/api/nothing', headers: auth });
      assert.equal(missing.statusCode, 404);
      assert.equal((missing.json() as { error: { code: string } }).error.code, 'NOT_FOUND');
      const notMultipart = await app.inject({ method: 'POST', url: '/api/import', payload: { a: 1 }, headers: auth });
      assert.equal(notMultipart.statusCode, 400);
    });

    test('the web app is served, with its Japanese and English strings', async () => {
      const page = await app.inject({ method: 'GET', url: '/' });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<title>Trustline/);
      if (page.body.includes('build:web')) {
        // Not built: the fallback page says how, in both languages.
        assert.match(page.body, /lang="ja"/);
        return;
      }
      const scripts = [...page.body.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
      assert.ok(scripts.length > 0, 'the page loads its script');
      const bodies = await Promise.all(scripts.map((src) => app.inject({ method: 'GET', url: src })));
      assert.ok(bodies.every((r) => r.statusCode === 200));
      assert.match(bodies.map((r) => r.body).join('\n'), /[\u3040-\u30ff\u4e00-\u9fff]/, 'Japanese strings ship in the bundle');
    });
  });
}
