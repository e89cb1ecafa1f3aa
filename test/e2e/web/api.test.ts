// API routes of the web app through app.inject on a database filled by the real pipeline (simulate → import → analyse).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../../src/api/server.js';
import { readEnv } from '../../../src/config/env.js';
import { sources } from '../../../src/sources/registry.js';
import type { Database } from '../../../src/store/db.js';
import { bearer } from '../../support/auth.js';
import { pgliteTestDatabase } from '../../support/test-db.js';
import { removeSeedDir, seedSimulated, WEB_TEST_WORLD } from './seed.js';

describe('web API', { timeout: 90_000 }, () => {
  let db: Database; let app: FastifyInstance; let dir = ''; let auth: { authorization: string };
  before(async () => {
    db = await pgliteTestDatabase();
    dir = (await seedSimulated(db, 'default', { ...WEB_TEST_WORLD, employees: 30, candidates: 12, days: 7 })).dir;
    app = await buildServer({ env: readEnv({}), database: db, sources, rejectsDir: `${dir}/_rejects`, version: 't' }, { logger: false });
    auth = await bearer(db, 'analyst');
  });
  after(async () => { await app.close(); await db.close(); removeSeedDir(dir); });
  const inject = (o: string | { method?: string; url: string; payload?: unknown; headers?: Record<string, string> }) => {
    const req = typeof o === 'string' ? { url: o } : o;
    return app.inject({ ...req, method: (req.method ?? 'GET') as 'GET', payload: req.payload as object | undefined, headers: { ...auth, ...req.headers } });
  };
  const get = async <T>(url: string) => { const r = await inject(url); assert.equal(r.statusCode, 200, r.body); return r.json() as T; };

  test('overview counts agree with the ranked list', async () => {
    const o = await get<{ people: number; byLevel: Record<string, number>; coverage: { source: string; events: number }[]; clusters: { total: number } }>('/api/overview');
    const all = await get<{ total: number; items: { level: string }[] }>('/api/risk?limit=500');
    assert.equal(o.people, all.total);
    assert.equal(Object.values(o.byLevel).reduce((a, b) => a + b, 0), all.total);
    assert.equal(o.byLevel.critical, all.items.filter((p) => p.level === 'critical').length);
    assert.ok(o.coverage.length >= 3 && o.coverage.every((c) => c.events > 0));
  });

  test('people are ranked by score and filtered on the server; a filter that matches nobody returns nobody', async () => {
    const r = await get<{ total: number; items: { score: number; level: string; kind: string; department: string | null }[]; facets: { department: { value: string }[] } }>('/api/risk?limit=500');
    for (let i = 1; i < r.items.length; i++) assert.ok(r.items[i - 1]!.score >= r.items[i]!.score);
    const dep = r.facets.department[0]!.value;
    const f = await get<{ total: number; items: { department: string | null }[] }>(`/api/risk?department=${encodeURIComponent(dep)}&limit=500`);
    assert.ok(f.total > 0 && f.total < r.total && f.items.every((p) => p.department === dep));
    const k = await get<{ items: { kind: string }[] }>('/api/risk?kind=candidate&limit=500');
    assert.ok(k.items.every((p) => p.kind === 'candidate'));
    assert.equal((await get<{ total: number }>('/api/risk?search=zz-nobody-zz')).total, 0);
    assert.equal((await inject('/api/risk?limit=0')).statusCode, 400);
  });

  test('the dossier of the top person has reasons, logins on the map and a 7×24 activity grid in the residence zone', async () => {
    const top = (await get<{ items: { personId: string }[] }>('/api/risk?limit=1&kind=employee')).items[0]!; // employees have logins; a candidate may rank first
    const d = await get<{ score: { reasons: unknown[] } | null; logins: { lat: number }[]; activity: { zone: string | null; grid: { d: number; h: number }[]; inferred: unknown } }>(`/api/risk/${encodeURIComponent(top.personId)}`);
    assert.ok(d.score && d.score.reasons.length > 0);
    assert.ok(d.logins.length > 0);
    assert.ok(d.activity.zone);
    assert.ok(d.activity.grid.every((g) => g.d >= 1 && g.d <= 7 && g.h >= 0 && g.h <= 23));
    assert.equal((await inject('/api/risk/employee%3ANOPE')).statusCode, 404);
  });

  test('cases: create, note, close; the history keeps every step', async () => {
    const c = (await inject({ method: 'POST', url: '/api/cases', payload: { title: 'Check', subjectKind: 'employee', subjectId: 'employee:E1' } })).json() as { id: string; subjectId: string };
    assert.equal(c.subjectId, 'E1');
    assert.equal((await inject({ method: 'POST', url: `/api/cases/${c.id}/notes`, payload: { text: 'called' } })).statusCode, 201);
    assert.equal((await inject({ method: 'PATCH', url: `/api/cases/${c.id}`, payload: { status: 'closed_benign' } })).statusCode, 200);
    const got = await get<{ status: string; history: { action: string }[] }>(`/api/cases/${c.id}`);
    assert.equal(got.status, 'closed_benign');
    assert.deepEqual(got.history.map((h) => h.action), ['created', 'note', 'status_changed']);
    assert.equal((await inject({ method: 'PATCH', url: `/api/cases/${c.id}`, payload: { status: 'bogus' } })).statusCode, 400);
  });

  test('applicability: answers from data, an override changes the priority, notices in both languages and as .eml', async () => {
    const q = await get<{ questions: { id: string; answer: string }[] }>('/api/applicability');
    assert.equal(q.questions.length, 5);
    const allNo = { platformHiring: 'no', thirdPartyShipping: 'no', farLogins: 'no', remoteStaff: 'no', earlyPrivilege: 'no' };
    const low = (await inject({ method: 'POST', url: '/api/applicability/assess', payload: { answers: allNo } })).json() as { priority: string; applies: boolean; notices: { ja: { body: string } } };
    assert.equal(low.priority, 'low'); assert.equal(low.applies, false);
    const hi = (await inject({ method: 'POST', url: '/api/applicability/assess', payload: { answers: { ...allNo, platformHiring: 'yes', farLogins: 'yes' } } })).json() as { priority: string; deadline: string; notices: { ja: { body: string }; en: { body: string } } };
    assert.equal(hi.priority, 'high');
    assert.match(hi.notices.ja.body, /対応優先度: 高/); assert.match(hi.notices.en.body, /Priority: High/);
    assert.ok(Date.parse(hi.deadline) - Date.now() < 8 * 86_400_000);
    const eml = await inject({ method: 'POST', url: '/api/applicability/notice.eml?lang=ja', payload: {} });
    assert.equal(eml.headers['content-type'], 'message/rfc822');
    assert.match(eml.body, /^Subject: =\?UTF-8\?B\?/);
  });

  test('sources list every import run; an import without rejects has no reject file to download', async () => {
    const s = await get<{ imports: { id: string; rejected: number }[]; feeds: unknown[]; datasets: unknown[] }>('/api/sources');
    assert.ok(s.imports.length >= 10 && s.feeds.length >= 3);
    assert.equal((await inject(`/api/imports/${s.imports[0]!.id}/rejects`)).statusCode, 404);
  });
});
