// Sign-in end to end on the real server: cookies, lockout, one-time password, CSRF, API tokens, role masking,
// security headers and the audit trail of it all.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { addUser, bearer, loginCookie, TEST_PASSWORD } from '../../test/support/auth.js';
import { pgliteTestDatabase } from '../../test/support/test-db.js';
import { auditRepo } from '../audit/repo.js';
import { usersRepo } from '../auth/users-repo.js';
import { readEnv } from '../config/env.js';
import { sources } from '../sources/registry.js';
import type { Database } from '../store/db.js';
import { apiTokens, payroll, people } from '../store/schema/index.js';
import { buildServer } from './server.js';

const IBAN = 'GB33BUKB20201555555555';

describe('authentication and roles', { timeout: 60_000 }, () => {
  let db: Database; let app: FastifyInstance;
  before(async () => {
    db = await pgliteTestDatabase();
    app = await buildServer({ env: readEnv({}), database: db, sources, rejectsDir: mkdtempSync(join(tmpdir(), 'trustline-auth-')), version: 't' }, { logger: false, rateLimits: { login: 25, import: 100 } });
    for (const [u, r] of [['ana', 'analyst'], ['hana', 'hr'], ['lee', 'legal'], ['lock', 'hr'], ['root', 'admin']] as const) await addUser(db, u, r);
    await db.db.insert(people).values({ employeeId: 'E1', email: 'e1@example.com', fullName: 'Erin One', employmentType: 'contractor', hireDate: '2026-01-05', rowHash: 'h' });
    await db.db.insert(payroll).values({ id: 'P1', employeeId: 'E1', effectiveDate: '2026-01-05', method: 'bank', accountNumber: IBAN, walletAddress: '0xAbCdEf0123456789aBcDeF0123456789AbCdEf01', rowHash: 'h' });
  });
  after(async () => { await app.close(); await db.close(); });

  test('sign-in sets an HttpOnly SameSite=Strict cookie; the session works until sign-out', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ana', password: TEST_PASSWORD } });
    assert.equal(r.statusCode, 200);
    const c = r.cookies.find((x) => x.name === 'tl_session')!;
    assert.equal(c.httpOnly, true); assert.equal(c.sameSite, 'Strict'); assert.equal(c.secure, undefined, 'plain HTTP: not Secure');
    const cookie = `tl_session=${c.value}`;
    assert.deepEqual((await app.inject({ url: '/api/auth/me', headers: { cookie } })).json(), { username: 'ana', role: 'analyst', via: 'session', mustChangePassword: false });
    assert.equal((await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, origin: 'http://localhost:80' } })).statusCode, 200);
    assert.equal((await app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode, 401);
    assert.equal((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ana', password: 'wrong password!!' } })).statusCode, 401);
    assert.equal((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'wrong password!!' } })).statusCode, 401);
  });

  test('five wrong passwords lock the account; then even the right one is refused', async () => {
    for (let i = 0; i < 4; i++) assert.equal((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'lock', password: `bad-${i}-xxxxxxxx` } })).statusCode, 401);
    assert.equal((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'lock', password: 'bad-5-xxxxxxxx' } })).statusCode, 423);
    const right = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'lock', password: TEST_PASSWORD } });
    assert.equal(right.statusCode, 423);
    assert.equal(right.cookies.length, 0);
  });

  test('a one-time password opens nothing but the password change', async () => {
    const first = await usersRepo(db.db, 'default').createFirstAdmin();
    assert.equal(first, null, 'accounts exist: no first admin');
    await usersRepo(db.db, 'default').create({ username: 'newbie', role: 'analyst', password: 'one-time-secret-1', mustChangePassword: true });
    const cookie = await loginCookie(app, 'newbie', 'one-time-secret-1');
    const origin = 'http://localhost:80';
    assert.equal((await app.inject({ url: '/api/people', headers: { cookie } })).statusCode, 403);
    assert.equal((await app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie, origin }, payload: { current: 'one-time-secret-1', password: 'short' } })).statusCode, 400);
    assert.equal((await app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie, origin }, payload: { current: 'one-time-secret-1', password: 'a much longer passphrase' } })).statusCode, 200);
    assert.equal((await app.inject({ url: '/api/people', headers: { cookie } })).statusCode, 200);
  });

  test('cookie-authenticated writes from another origin are refused (CSRF); tokens are not cookies', async () => {
    const cookie = await loginCookie(app, 'ana');
    const body = { title: 'x', subjectKind: 'employee', subjectId: 'E1' };
    assert.equal((await app.inject({ method: 'POST', url: '/api/cases', headers: { cookie, origin: 'https://evil.example' }, payload: body })).statusCode, 403);
    assert.equal((await app.inject({ method: 'POST', url: '/api/cases', headers: { cookie }, payload: body })).statusCode, 403, 'no Origin, no Sec-Fetch-Site');
    assert.equal((await app.inject({ method: 'POST', url: '/api/cases', headers: { cookie, 'sec-fetch-site': 'same-origin' }, payload: body })).statusCode, 201);
    assert.equal((await app.inject({ method: 'POST', url: '/api/cases', headers: { cookie, origin: 'http://localhost:80' }, payload: body })).statusCode, 201);
    assert.equal((await app.inject({ method: 'POST', url: '/api/cases', headers: await bearer(db, 'analyst'), payload: body })).statusCode, 201);
  });

  test('API tokens: created by an admin, shown once, stored hashed, scoped by role, revocable', async () => {
    const admin = await bearer(db, 'admin');
    const r = await app.inject({ method: 'POST', url: '/api/tokens', headers: admin, payload: { name: 'okta connector', role: 'hr' } });
    assert.equal(r.statusCode, 201);
    const { id, token } = r.json() as { id: string; token: string };
    assert.match(token, /^tl_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const stored = await db.db.select().from(apiTokens);
    assert.ok(stored.every((t) => t.tokenHash !== token && !JSON.stringify(t).includes(token.slice(17))), 'only a hash is stored');
    const auth = { authorization: `Bearer ${token}` };
    assert.equal((await app.inject({ url: '/api/people', headers: auth })).statusCode, 200);
    assert.equal((await app.inject({ url: '/api/users', headers: auth })).statusCode, 403, 'an hr token is not an admin');
    assert.equal((await app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: admin })).statusCode, 200);
    assert.equal((await app.inject({ url: '/api/people', headers: auth })).statusCode, 401);
  });

  test('an admin creates a user without a password: the server answers a one-time password once, which opens only the password change', async () => {
    const admin = await bearer(db, 'admin');
    const r = await app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: { username: 'new.hire', role: 'hr' } });
    assert.equal(r.statusCode, 201, r.body);
    const { password } = r.json() as { password: string };
    assert.match(password, /^[A-Za-z0-9_-]{24}$/);
    const listed = (await app.inject({ url: '/api/users', headers: admin })).body;
    assert.ok(!listed.includes(password) && !listed.includes('passwordHash'), 'neither the password nor its hash is listed');
    const cookie = await loginCookie(app, 'new.hire', password);
    assert.equal((await app.inject({ url: '/api/auth/me', headers: { cookie } })).json<{ mustChangePassword: boolean }>().mustChangePassword, true);
    assert.equal((await app.inject({ url: '/api/people', headers: { cookie } })).statusCode, 403);
    const given = await app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: { username: 'given.pw', role: 'hr', password: 'a chosen one-time passphrase' } });
    assert.deepEqual(given.json(), { username: 'given.pw', role: 'hr' }, 'a password the admin chose is not echoed');
    const short = await app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: { username: 'a', role: 'hr' } });
    assert.equal(short.statusCode, 201, 'a one-letter username still gets a password that does not contain it');
    assert.ok(!(short.json() as { password: string }).password.toLowerCase().includes('a'));
    assert.equal((await app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: { username: '', role: 'hr' } })).statusCode, 400);
  });

  test('the audit log reads newest first with filters by action family, actor and time', async () => {
    const admin = await bearer(db, 'admin');
    const read = async (qs: string) => {
      const r = await app.inject({ url: `/api/audit?${qs}`, headers: admin });
      assert.equal(r.statusCode, 200, r.body);
      return (r.json() as { items: { seq: number; actor: string; action: string; at: string }[] }).items;
    };
    const all = await read('order=desc&limit=1000');
    assert.ok(all.length > 5);
    for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.seq > all[i]!.seq, 'newest first');
    const tokens = await read('order=desc&action=token&limit=1000');
    assert.ok(tokens.length >= 2 && tokens.every((x) => x.action.startsWith('token.')));
    assert.deepEqual(tokens.map((x) => x.seq), all.filter((x) => x.action.startsWith('token.')).map((x) => x.seq));
    const ana = await read('order=desc&actor=ana&action=auth.login&limit=1000');
    assert.ok(ana.length >= 1 && ana.every((x) => x.actor === 'ana' && x.action === 'auth.login'));
    const page2 = await read(`order=desc&limit=3&before=${all[2]!.seq}`);
    assert.deepEqual(page2.map((x) => x.seq), all.slice(3, 6).map((x) => x.seq));
    const mid = all[Math.floor(all.length / 2)]!.at;
    const since = await read(`order=desc&limit=1000&from=${encodeURIComponent(mid)}`);
    assert.deepEqual(since.map((x) => x.seq), all.filter((x) => x.at >= mid).map((x) => x.seq));
    assert.deepEqual(await read('order=desc&to=2000-01-01T00%3A00%3A00Z'), []);
    assert.equal((await app.inject({ url: '/api/audit?from=yesterday', headers: admin })).statusCode, 400);
    const oldestFirst = await read('limit=2');
    assert.deepEqual(oldestFirst.map((x) => x.seq), [1, 2], 'without order the answer is unchanged: oldest first');
  });

  test('bank numbers and wallets are masked except for admin and legal', async () => {
    const dossier = async (role: 'hr' | 'analyst' | 'legal' | 'admin') => (await app.inject({ url: '/api/risk/employee%3AE1', headers: await bearer(db, role) })).json() as { payroll: { accountNumber: string; walletAddress: string }[] };
    for (const role of ['hr', 'analyst'] as const) {
      const d = await dossier(role);
      assert.equal(d.payroll[0]!.accountNumber, '…5555', role);
      assert.equal(d.payroll[0]!.walletAddress, '…Ef01', role);
      assert.doesNotMatch(JSON.stringify(d), /GB33BUKB/);
    }
    for (const role of ['legal', 'admin'] as const) assert.equal((await dossier(role)).payroll[0]!.accountNumber, IBAN, role);
  });

  test('the last enabled admin can be neither demoted nor disabled', async () => {
    const admin = await bearer(db, 'admin');
    assert.equal((await app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: { username: 'second-admin', role: 'admin' } })).statusCode, 201);
    const users = ((await app.inject({ url: '/api/users', headers: admin })).json() as { items: { username: string; role: string; disabled: boolean }[] }).items;
    const others = users.filter((u) => u.role === 'admin' && !u.disabled && u.username !== 'second-admin');
    for (const u of others) assert.equal((await app.inject({ method: 'PATCH', url: `/api/users/${u.username}`, headers: admin, payload: { disabled: true } })).statusCode, 200);
    const demote = await app.inject({ method: 'PATCH', url: '/api/users/second-admin', headers: admin, payload: { role: 'hr' } });
    assert.equal(demote.statusCode, 409);
    assert.match(demote.body, /last enabled admin/);
    assert.equal((await app.inject({ method: 'PATCH', url: '/api/users/second-admin', headers: admin, payload: { disabled: true } })).statusCode, 409);
    for (const u of others) assert.equal((await app.inject({ method: 'PATCH', url: `/api/users/${u.username}`, headers: admin, payload: { disabled: false } })).statusCode, 200);
    assert.equal((await app.inject({ method: 'PATCH', url: '/api/users/second-admin', headers: admin, payload: { role: 'hr' } })).statusCode, 200, 'with another admin it is allowed');
  });

  test('role changes, sign-ins, failures and dossier reads are in a verifiable audit chain; only admin and auditor read it', async () => {
    const admin = await bearer(db, 'admin');
    assert.equal((await app.inject({ method: 'PATCH', url: '/api/users/hana', headers: admin, payload: { role: 'legal' } })).statusCode, 200);
    const r = await app.inject({ url: '/api/audit?limit=1000&verify=1', headers: await bearer(db, 'auditor') });
    assert.equal(r.statusCode, 200);
    const { items, verify } = r.json() as { items: { actor: string; action: string; target: string; detail: Record<string, unknown> }[]; verify: { ok: boolean } };
    assert.equal(verify.ok, true);
    const actions = new Set(items.map((i) => i.action));
    for (const a of ['auth.login', 'auth.login_failed', 'auth.logout', 'auth.password_change', 'person.read', 'role.change', 'token.create', 'token.revoke', 'case.create']) assert.ok(actions.has(a), a);
    const change = items.find((i) => i.action === 'role.change' && i.target === 'user:hana')!;
    assert.deepEqual([change.target, change.detail.from, change.detail.to], ['user:hana', 'hr', 'legal']);
    assert.ok(!JSON.stringify(items).includes(TEST_PASSWORD) && !JSON.stringify(items).includes('bad-5-xxxxxxxx'), 'no password is ever recorded');
    assert.equal((await app.inject({ url: '/api/audit', headers: await bearer(db, 'legal') })).statusCode, 403);
    assert.equal((await auditRepo(db.db as never, 'default').verify()).ok, true);
  });

  test('security headers: CSP with frame-ancestors none, no HSTS over plain HTTP, no CORS', async () => {
    const r = await app.inject({ url: '/api/health', headers: { origin: 'https://evil.example' } });
    assert.match(String(r.headers['content-security-policy']), /frame-ancestors 'none'/);
    assert.match(String(r.headers['content-security-policy']), /script-src 'self'/);
    assert.equal(r.headers['x-frame-options'], 'DENY');
    assert.equal(r.headers['strict-transport-security'], undefined);
    assert.equal(r.headers['access-control-allow-origin'], undefined);
  });

  test('sign-in is rate limited per client', async () => {
    let last = 0;
    for (let i = 0; i < 30 && last !== 429; i++) last = (await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'root', password: 'x' } })).statusCode;
    assert.equal(last, 429);
  });
});
