// Concern reporting through the HTTP routes: anonymous and named reports land in the case queue, the token shows
// progress and replies, only a hash of it is stored, and the public form is rate- and size-limited.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import Fastify from 'fastify';
import { testEngines } from '../../test/support/test-db.js';
import { installErrorHandler } from '../api/errors.js';
import type { ApiDeps } from '../api/deps.js';
import { concernRoutes } from '../api/routes/concerns.js';
import { caseService } from '../cases/index.js';
import { readEnv } from '../config/env.js';
import type { Database } from '../store/db.js';
import { concerns, people } from '../store/schema/index.js';
import { windowLimiter } from './index.js';

const TEXT = 'Our new contractor never turns the camera on, and his voice on calls is not the voice from the interview.';

for (const engine of testEngines()) {
  describe(`concern reporting on ${engine.name}`, async () => {
    const database: Database = await engine.open();
    const base = { tenantId: 'default', rowHash: 'h', extra: {}, employmentType: 'contractor', hireDate: '2025-01-06' };
    await database.db.insert(people).values([
      { ...base, employeeId: 'E100', email: 'jon.kim@corp.example', fullName: 'Jon Kim' },
      { ...base, employeeId: 'E300', email: 'lee.min@corp.example', fullName: 'Lee Min' },
      { ...base, employeeId: 'E301', email: 'lee.min2@corp.example', fullName: 'Lee Min' },
    ]);
    let t = 0;
    const limits = { submit: windowLimiter({ max: 4, windowMs: 60_000, now: () => t }), read: windowLimiter({ max: 100, windowMs: 60_000, now: () => t }) };
    const app = Fastify({ logger: false });
    installErrorHandler(app);
    concernRoutes(app, { env: readEnv({}), database } as unknown as ApiDeps, limits);
    await app.ready();
    after(async () => { await app.close(); await database.close(); });
    const cases = caseService(database.db, 'default');

    test('an anonymous report about an identified colleague opens a case on that employee; the token follows it', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/concerns', payload: { about: 'JON.KIM@corp.example', category: 'identity', text: TEXT, reporter: { name: 'Should Not Be Kept' } } });
      assert.equal(res.statusCode, 201);
      const { token, reference } = res.json() as { token: string; reference: string };
      assert.match(token, /^[A-Za-z0-9_-]{32}$/);
      const [row] = await database.db.select().from(concerns);
      assert.notEqual(row!.tokenHash, token);
      assert.equal(row!.reporterName, null, 'anonymous by default: the name given is dropped');
      const queue = await cases.list({ subjectId: 'E100' });
      assert.equal(queue.length, 1);
      assert.equal(queue[0]!.subjectKind, 'employee');
      const hist = (await cases.get(queue[0]!.id)).history;
      assert.deepEqual(hist.map((h) => h.action), ['created', 'concern_received']);
      assert.equal(hist[1]!.actor, 'reporter:anonymous');
      assert.equal((hist[1]!.detail as { text: string }).text, TEXT);

      let st = (await app.inject({ method: 'GET', url: `/api/concerns/${token}` })).json() as { reference: string; status: string; messages: unknown[] };
      assert.deepEqual([st.reference, st.status, st.messages.length], [reference, 'received', 0]);
      await cases.update(queue[0]!.id, { status: 'investigating' }, 'analyst@corp');
      const r = await app.inject({ method: 'POST', url: `/api/cases/${queue[0]!.id}/concern-replies`, payload: { text: 'Thank you, we are looking into it.' }, headers: { 'x-trustline-user': 'analyst@corp' } });
      assert.equal(r.statusCode, 201);
      assert.equal((await app.inject({ method: 'POST', url: `/api/concerns/${token}/messages`, payload: { text: 'He also asked for a second laptop.' } })).statusCode, 201);
      st = (await app.inject({ method: 'GET', url: `/api/concerns/${token}` })).json() as typeof st;
      assert.equal(st.status, 'under review');
      assert.deepEqual(st.messages.map((m) => (m as { from: string; text: string }).from), ['team', 'you']);
      assert.ok(!JSON.stringify(st).includes('analyst@corp'), 'the reporter never sees who works the case');
      assert.equal((await app.inject({ method: 'GET', url: `/api/concerns/${'x'.repeat(32)}` })).statusCode, 404);
      assert.equal((await app.inject({ method: 'GET', url: '/api/concerns/short' })).statusCode, 404);
    });

    test('a named report about an ambiguous colleague becomes a triage case and keeps the reporter', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/concerns', payload: { about: 'Lee Min', text: TEXT, anonymous: false, reporter: { name: 'Ana Ruiz', contact: 'ana.ruiz@corp.example' } } });
      assert.equal(res.statusCode, 201);
      const triage = (await cases.list()).filter((c) => c.subjectKind === 'concern');
      assert.equal(triage.length, 1);
      assert.match(triage[0]!.title, /triage/);
      const items = (await app.inject({ method: 'GET', url: `/api/cases/${triage[0]!.id}/concerns` })).json() as { items: { reporterName: string; aboutEmployeeId: string | null }[] };
      assert.deepEqual([items.items[0]!.reporterName, items.items[0]!.aboutEmployeeId], ['Ana Ruiz', null]);
    });

    test('the form refuses oversize text and short reports, and rate-limits per address', async () => {
      const big = await app.inject({ method: 'POST', url: '/api/concerns', payload: { about: 'Jon Kim', text: 'x'.repeat(5001) } });
      assert.equal(big.statusCode, 400);
      const huge = await app.inject({ method: 'POST', url: '/api/concerns', payload: { about: 'Jon Kim', text: 'x'.repeat(40_000) } });
      assert.equal(huge.statusCode, 413);
      t = 1_000_000;
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await app.inject({ method: 'POST', url: '/api/concerns', payload: { about: 'Jon Kim', text: TEXT }, remoteAddress: '192.0.2.10' })).statusCode);
      assert.deepEqual(codes, [201, 201, 201, 201, 429]);
      const other = await app.inject({ method: 'POST', url: '/api/concerns', payload: { about: 'Jon Kim', text: TEXT }, remoteAddress: '192.0.2.11' });
      assert.equal(other.statusCode, 201, 'another address is not limited');
      t += 61_000;
      assert.equal((await app.inject({ method: 'POST', url: '/api/concerns', payload: { about: 'Jon Kim', text: TEXT }, remoteAddress: '192.0.2.10' })).statusCode, 201, 'the window slides');
    });
  });
}
