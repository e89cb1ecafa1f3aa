// Response routes over HTTP: playbook and ticks, evidence ZIP that verifies, post-termination watch, STIX export
// (hashed with the server's key) and import.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import Fastify from 'fastify';
import { testEngines } from '../../../test/support/test-db.js';
import { caseService } from '../../cases/index.js';
import { readEnv } from '../../config/env.js';
import { verifyEvidenceBundle } from '../../response/index.js';
import { seedResponseData } from '../../response/test-seed.js';
import type { Database } from '../../store/db.js';
import type { ApiDeps } from '../deps.js';
import { installErrorHandler } from '../errors.js';
import { responseRoutes } from './response.js';

for (const engine of testEngines()) {
  describe(`response routes on ${engine.name}`, async () => {
    const database: Database = await engine.open();
    await seedResponseData(database.db);
    const app = Fastify({ logger: false });
    installErrorHandler(app);
    const audited: string[] = [];
    responseRoutes(app, { env: readEnv({}), database } as unknown as ApiDeps, async (_req, action, target) => { audited.push(`${action} ${target}`); });
    await app.ready();
    after(async () => { await app.close(); await database.close(); });
    const cases = caseService(database.db, 'default');
    const c = await cases.create({ title: 'E100', subjectKind: 'employee', subjectId: 'E100' }, 'analyst@corp');
    const cl = await cases.create({ title: 'farm', subjectKind: 'cluster', subjectId: 'CL-1' }, 'analyst@corp');

    test('playbook: 409 until investigated, then items; ticks stick; a cluster case is refused', async () => {
      assert.equal((await app.inject({ method: 'GET', url: `/api/cases/${c.id}/playbook` })).statusCode, 409);
      await cases.update(c.id, { status: 'escalated' }, 'analyst@corp');
      const p = (await app.inject({ method: 'GET', url: `/api/cases/${c.id}/playbook` })).json() as { items: { id: string; category: string; done: boolean }[] };
      assert.ok(p.items.some((i) => i.category === 'revoke-token'));
      const tick = await app.inject({ method: 'POST', url: `/api/cases/${c.id}/playbook/ticks`, payload: { item: 'legal:notify' } });
      assert.equal(tick.statusCode, 201);
      const again = (await app.inject({ method: 'GET', url: `/api/cases/${c.id}/playbook` })).json() as typeof p;
      assert.deepEqual(again.items.filter((i) => i.done).map((i) => i.id), ['legal:notify']);
      assert.equal((await app.inject({ method: 'GET', url: `/api/cases/${cl.id}/playbook` })).statusCode, 409);
      assert.equal((await app.inject({ method: 'GET', url: '/api/cases/CASE-NOPE/playbook' })).statusCode, 404);
    });

    test('evidence.zip downloads and verifies; watch adds entries once', async () => {
      const res = await app.inject({ method: 'GET', url: `/api/cases/${c.id}/evidence.zip` });
      assert.ok(audited.includes(`export.evidence_bundle case:${c.id}`), 'the export is in the audit log');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/zip');
      const v = await verifyEvidenceBundle(res.rawPayload);
      assert.equal(v.ok, true);
      assert.equal(v.manifest?.counts.events, 5);
      const w = (await app.inject({ method: 'POST', url: `/api/cases/${c.id}/watch` })).json() as { added: number };
      assert.ok(w.added >= 8);
      assert.equal(((await app.inject({ method: 'POST', url: `/api/cases/${c.id}/watch` })).json() as { added: number }).added, 0);
      const list = (await app.inject({ method: 'GET', url: '/api/watch-list?list=post-termination' })).json() as { items: unknown[] };
      assert.equal(list.items.length, w.added);
    });

    test('share export needs the key for hashing; import adds to the stix list', async () => {
      await cases.update(c.id, { status: 'closed_confirmed' }, 'analyst@corp');
      const saved = process.env['TRUSTLINE_SHARE_KEY'];
      delete process.env['TRUSTLINE_SHARE_KEY'];
      assert.equal((await app.inject({ method: 'GET', url: '/api/share/export?hashed=1' })).statusCode, 400);
      process.env['TRUSTLINE_SHARE_KEY'] = 'route-test-key-0123456789';
      try {
        const res = await app.inject({ method: 'GET', url: '/api/share/export?hashed=1&tlp=green&producer=Corp' });
        assert.equal(res.statusCode, 200);
        assert.ok(!res.body.includes('jon.kim'));
        const imp = (await app.inject({ method: 'POST', url: '/api/share/import?source=self', payload: res.json() as object })).json() as { read: number; added: number };
        assert.ok(imp.read > 0 && imp.added === imp.read);
        assert.equal((await app.inject({ method: 'POST', url: '/api/share/import', payload: { type: 'nonsense' } })).statusCode, 400);
      } finally {
        if (saved === undefined) delete process.env['TRUSTLINE_SHARE_KEY']; else process.env['TRUSTLINE_SHARE_KEY'] = saved;
      }
    });
  });
}
