// Every registered route × every role (and no sign-in): allowed exactly when the policy table says so, and no
// route is missing from the table. Routes are enumerated with Fastify's onRoute hook, so new ones are covered.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { bearer } from '../../test/support/auth.js';
import { pgliteTestDatabase } from '../../test/support/test-db.js';
import { allows, POLICY, policyKey, ruleFor } from '../auth/policy.js';
import { ROLES, type Role } from '../auth/roles.js';
import { readEnv } from '../config/env.js';
import { sources } from '../sources/registry.js';
import type { Database } from '../store/db.js';
import { buildServer } from './server.js';

describe('route policy matrix', { timeout: 60_000 }, () => {
  let db: Database; let app: FastifyInstance;
  const headers = new Map<Role, { authorization: string }>();
  before(async () => {
    db = await pgliteTestDatabase();
    app = await buildServer({ env: readEnv({}), database: db, sources, rejectsDir: mkdtempSync(join(tmpdir(), 'trustline-matrix-')), version: 't' }, { logger: false, rateLimits: { login: 1000, import: 1000 } });
    for (const r of ROLES) headers.set(r, await bearer(db, r));
  });
  after(async () => { await app.close(); await db.close(); });

  const routes = () => app.registeredRoutes.filter((r) => r.method !== 'OPTIONS' && r.method !== 'HEAD');

  test('every registered route has an entry in the policy table', () => {
    const missing = routes().filter((r) => ruleFor(r.method, r.url) === undefined).map((r) => policyKey(r.method, r.url));
    assert.deepEqual(missing, [], `routes missing from src/auth/policy.ts (denied to everyone): ${missing.join(', ')}`);
    assert.ok(routes().length >= 30, `found ${routes().length} routes`);
  });

  test('each role is allowed or refused exactly as the table says', async () => {
    const wrong: string[] = [];
    let calls = 0;
    for (const r of routes()) {
      const rule = ruleFor(r.method, r.url);
      const url = r.url.replace(/:[A-Za-z]+/g, 'matrix-x').replace('/*', '/index.html');
      for (const role of [null, ...ROLES] as (Role | null)[]) {
        const res = await app.inject({ method: r.method as 'GET', url, headers: role ? headers.get(role)! : {}, ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { payload: {} }) });
        calls++;
        const refused = res.statusCode === 401 || res.statusCode === 403;
        const should = allows(rule, role);
        // An allowed call may still fail on its (empty) input, but never with 401/403.
        if (should === refused) wrong.push(`${r.method} ${r.url} as ${role ?? 'anonymous'}: ${res.statusCode} (${should ? 'should pass' : 'should be refused'})`);
        if (!should) assert.equal(res.statusCode, role ? 403 : 401, `${r.method} ${r.url} as ${role ?? 'anonymous'}`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(calls > 200);
  });

  test('the table names only real roles, and the reporter reaches nothing but public routes', () => {
    for (const [key, rule] of Object.entries(POLICY)) {
      if (typeof rule !== 'string') for (const role of rule) assert.ok(ROLES.includes(role), `${key}: ${role}`);
    }
    const reporterOnly = routes().filter((r) => { const rule = ruleFor(r.method, r.url); return rule !== 'public' && rule !== 'signed-in' && allows(rule, 'reporter'); });
    assert.deepEqual(reporterOnly, []);
    assert.equal(allows(ruleFor('GET', '/api/audit'), 'auditor'), true);
    assert.equal(allows(ruleFor('POST', '/api/cases'), 'auditor'), false, 'the auditor only reads');
    assert.equal(allows(ruleFor('POST', '/api/tokens'), 'analyst'), false);
  });
});
