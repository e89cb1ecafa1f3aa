// OIDC single sign-on end to end: a real oidc-provider on loopback as the IdP, the real Trustline server, and a
// cookie-keeping HTTP client walking every redirect, the IdP's login and consent forms, and the callback.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import Provider from 'oidc-provider';
import { auditRepo } from '../../src/audit/repo.js';
import type { AuditRecord } from '../../src/audit/chain.js';
import { usersRepo } from '../../src/auth/users-repo.js';
import { buildServer } from '../../src/api/server.js';
import { readEnv } from '../../src/config/env.js';
import { sources } from '../../src/sources/registry.js';
import type { Database } from '../../src/store/db.js';
import { Browser, firstForm, type Hop } from '../support/browser.js';
import { pgliteTestDatabase } from '../support/test-db.js';

const CLIENT_ID = 'trustline-web';
const CLIENT_SECRET = 'a-long-random-client-secret-for-the-test-idp';
const ROLE_MAP = 'tl-admins=admin,sec-team=analyst,people-ops=hr';

/** The IdP's directory: sub → claims; tests change groups between sign-ins as an IdP admin would. */
const directory = new Map<string, { preferred_username: string; email: string; name: string; groups: string[] }>([
  ['00u-alice', { preferred_username: 'alice', email: 'alice@corp.example', name: 'Alice Ito', groups: ['everyone', 'people-ops'] }],
  ['00u-mallory', { preferred_username: 'mallory', email: 'mallory@corp.example', name: 'Mallory Vance', groups: ['everyone', 'contractors'] }],
  ['00u-bob', { preferred_username: 'bob', email: 'bob@corp.example', name: 'Bob Sato', groups: ['sec-team'] }],
]);

describe('OIDC single sign-on against a real IdP', { timeout: 30_000 }, () => {
  let idp: Server; let issuer = '';
  let app: FastifyInstance; let base = '';
  let db: Database;
  const audit = async (): Promise<AuditRecord[]> => auditRepo(db.db as never, 'default').page(0, 10_000);

  before(async () => {
    // The IdP's port must be known before Trustline's configuration, and Trustline's before the IdP's client: listen first, attach the provider after.
    let handler: (req: IncomingMessage, res: ServerResponse) => void = (_q, s) => { s.statusCode = 503; s.end(); };
    idp = createServer((q, s) => handler(q, s));
    await new Promise<void>((r) => idp.listen(0, '127.0.0.1', r));
    issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;

    db = await pgliteTestDatabase();
    app = await buildServer({
      env: readEnv({
        TRUSTLINE_OIDC_ISSUER: issuer, TRUSTLINE_OIDC_CLIENT_ID: CLIENT_ID, TRUSTLINE_OIDC_CLIENT_SECRET: CLIENT_SECRET,
        TRUSTLINE_OIDC_ROLE_MAP: ROLE_MAP,
      }),
      database: db, sources, rejectsDir: mkdtempSync(join(tmpdir(), 'trustline-oidc-')), version: 't',
    }, { logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const provider = new Provider(issuer, {
      // Registered as most IdPs register a web app: confidential, secret sent as HTTP Basic (the OIDC default).
      clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [`${base}/api/auth/oidc/callback`], response_types: ['code'], grant_types: ['authorization_code'] }],
      pkce: { required: () => true },
      claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email'], groups: ['groups'] },
      async findAccount(_ctx, sub) {
        const person = directory.get(sub);
        if (!person) return undefined;
        return { accountId: sub, claims: async () => ({ sub, ...person, groups: [...person.groups] }) };
      },
      cookies: { keys: ['test-cookie-signing-key-0123456789'] },
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
      jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-1', use: 'sig', alg: 'RS256' }] as never },
      features: { devInteractions: { enabled: true } },
    });
    const callback = provider.callback();
    handler = (q, s) => { void callback(q, s); };
  });
  after(async () => {
    await app?.close();
    const closed = new Promise<void>((r) => (idp ? idp.close(() => r()) : r()));
    idp?.closeAllConnections();
    await closed;
    await db?.close();
  });

  /** Fills the IdP's dev login form with `sub` and confirms consent; stops before `stopAt` when given. */
  const walk = (browser: Browser, sub: string, stopAt?: (url: string) => boolean) => browser.follow(`${base}/api/auth/oidc/login`, {
    stopAt: (u) => u === `${base}/` || (stopAt?.(u) ?? false),
    onPage: (hop: Hop) => {
      if (!hop.url.startsWith(issuer)) return null;
      const f = firstForm(hop.body, hop.url);
      return { url: f.url, form: f.fields.prompt === 'login' ? { ...f.fields, login: sub, password: 'not-checked-by-dev-interactions' } : f.fields };
    },
  });
  const callbackHop = (hops: Hop[]) => hops.find((h) => h.url.startsWith(`${base}/api/auth/oidc/callback`));
  const me = async (browser: Browser) => {
    const r = await browser.request(`${base}/api/auth/me`);
    return { status: r.status, body: JSON.parse(r.body) as Record<string, unknown> };
  };

  test('a user in a mapped group signs in with PKCE, state and nonce and gets the mapped role; a group change at the IdP changes the role and is audited', async () => {
    const browser = new Browser();
    const { hops } = await walk(browser, '00u-alice');
    // Trustline sent the browser to the IdP with S256 PKCE, a state and a nonce, and the redirect URI it is registered with.
    const toIdp = new URL(hops[0]!.location!);
    assert.equal(toIdp.origin, issuer);
    assert.equal(toIdp.searchParams.get('code_challenge_method'), 'S256');
    assert.match(toIdp.searchParams.get('code_challenge') ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.ok((toIdp.searchParams.get('state') ?? '').length >= 20 && (toIdp.searchParams.get('nonce') ?? '').length >= 20);
    assert.equal(toIdp.searchParams.get('redirect_uri'), `${base}/api/auth/oidc/callback`);
    assert.ok(hops.some((h) => h.status === 200 && /name="prompt" value="login"/.test(h.body)), 'the IdP asked for a login');

    const cb = callbackHop(hops);
    assert.ok(cb, `no callback among ${hops.map((h) => `${h.status} ${h.url}`).join(' → ')}`);
    assert.equal(cb.status, 302, cb.body);
    assert.equal(cb.location, `${base}/`);
    assert.ok(browser.cookie(base, 'tl_session'), 'a session cookie was set');
    assert.equal(browser.cookie(base, 'tl_oidc'), undefined, 'the flow cookie is cleared');
    assert.deepEqual((await me(browser)).body, { username: 'alice', role: 'hr', via: 'session', mustChangePassword: false });
    const created = await usersRepo(db.db, 'default').get('alice');
    assert.equal(created?.origin, 'oidc');
    assert.equal(created?.passwordHash, null, 'an SSO account has no password');

    // The IdP admin moves Alice into the security team: the next sign-in gives her the analyst role (first match wins).
    directory.get('00u-alice')!.groups = ['people-ops', 'sec-team'];
    const second = new Browser();
    const again = await walk(second, '00u-alice');
    assert.equal(callbackHop(again.hops)?.status, 302);
    assert.equal((await me(second)).body.role, 'analyst');
    assert.equal((await me(browser)).body.role, 'analyst', 'the role is read at every request: the older session follows too');
    const changes = (await audit()).filter((r) => r.action === 'role.change' && r.target === 'user:alice');
    assert.equal(changes.length, 1);
    assert.equal(changes[0]!.detail.from, 'hr');
    assert.equal(changes[0]!.detail.to, 'analyst');
    assert.equal(changes[0]!.detail.by, 'idp-groups');
    const logins = (await audit()).filter((r) => r.action === 'auth.login' && r.target === 'user:alice');
    assert.equal(logins.length, 2);
    assert.ok(logins.every((r) => r.detail.method === 'oidc' && r.actor === 'alice'));

    // Removed from every mapped group: refused, and her open sessions end with it.
    directory.get('00u-alice')!.groups = ['everyone'];
    const third = await walk(new Browser(), '00u-alice');
    assert.equal(callbackHop(third.hops)?.status, 403);
    assert.equal((await me(browser)).status, 401, 'sessions of a user the IdP no longer maps are revoked');
    assert.equal((await me(second)).status, 401);
    assert.equal((await auditRepo(db.db as never, 'default').verify()).ok, true);
  });

  test('a user whose groups map to no role is refused: no session, no account, the refusal audited', async () => {
    const browser = new Browser();
    const { hops } = await walk(browser, '00u-mallory');
    const cb = callbackHop(hops);
    assert.equal(cb?.status, 403, cb?.body);
    assert.match(cb!.body, /groups give no Trustline role/);
    assert.equal(browser.cookie(base, 'tl_session'), undefined);
    assert.equal((await me(browser)).status, 401);
    assert.equal(await usersRepo(db.db, 'default').get('mallory'), null);
    const refused = (await audit()).filter((r) => r.action === 'auth.login_failed' && r.target === 'user:mallory');
    assert.equal(refused.length, 1);
    assert.equal(refused[0]!.detail.reason, 'no_role_for_groups');
    assert.equal((await audit()).some((r) => r.action === 'auth.login' && r.target === 'user:mallory'), false);
  });

  test('a tampered state, a callback without its flow cookie, and a replayed callback are refused', async () => {
    const isCallback = (u: string) => u.startsWith(`${base}/api/auth/oidc/callback`);

    // The state in the IdP's redirect is altered; the browser still holds the flow cookie of the real sign-in.
    const browser = new Browser();
    const { next } = await walk(browser, '00u-bob', isCallback);
    assert.ok(next, 'stopped at the callback');
    const url = new URL(next);
    const state = url.searchParams.get('state')!;
    url.searchParams.set('state', `${state.slice(0, -1)}${state.endsWith('A') ? 'B' : 'A'}`);
    const tampered = await browser.request(url.href);
    assert.equal(tampered.status, 401, tampered.body);
    assert.equal(JSON.parse(tampered.body).error.code, 'OIDC_FAILED');
    assert.match(JSON.parse(tampered.body).error.message, /unexpected "state"/, 'refused for the state, not for something else');
    assert.equal(browser.cookie(base, 'tl_session'), undefined);
    // The flow was spent by the failed attempt: the untampered URL cannot be used afterwards either.
    const replay = await browser.request(next);
    assert.equal(replay.status, 400);
    assert.equal(JSON.parse(replay.body).error.code, 'OIDC_FLOW');
    assert.equal(browser.cookie(base, 'tl_session'), undefined);

    // Login CSRF: a valid code and state delivered to a browser that never started the flow (or with a forged flow cookie).
    const attacker = new Browser();
    const stolen = await walk(attacker, '00u-bob', isCallback);
    const victim = new Browser();
    assert.equal((await victim.request(stolen.next!)).status, 400);
    victim.setCookie(base, 'tl_oidc', 'forged-state-value', '/api/auth/oidc');
    assert.equal((await victim.request(stolen.next!)).status, 400);
    assert.equal(victim.cookie(base, 'tl_session'), undefined);

    assert.equal(await usersRepo(db.db, 'default').get('bob'), null, 'no account was created by any refused attempt');
    assert.ok((await audit()).some((r) => r.action === 'auth.login_failed' && r.target === 'oidc' && r.detail.reason === 'oidc_error'));

    // The same user completing an honest flow signs in: the refusals were about the flow, not the user.
    const honest = new Browser();
    await walk(honest, '00u-bob');
    assert.deepEqual((await me(honest)).body, { username: 'bob', role: 'analyst', via: 'session', mustChangePassword: false });
  });
});
