// Who is calling (session cookie, API token or the local CLI token) and may they call this route: the policy
// table decides in one onRequest hook. Cookie-authenticated writes must come from our own origin (CSRF).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { allows, ruleFor } from '../auth/policy.js';
import { RoleSchema, type Principal } from '../auth/roles.js';
import { sessionsRepo, tokensRepo } from '../auth/sessions-repo.js';
import { usersRepo } from '../auth/users-repo.js';
import type { ApiDeps } from './deps.js';

export const SESSION_COOKIE = 'tl_session';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes a signed-in user who still has the one-time password may use: change it, see who they are, leave. */
const BEFORE_PASSWORD_CHANGE = new Set(['GET /api/auth/me', 'POST /api/auth/password', 'POST /api/auth/logout']);

declare module 'fastify' {
  interface FastifyRequest { principal: Principal | null; sessionId: string | null }
  interface FastifyInstance { registeredRoutes: { method: string; url: string }[] }
}

const deny = (status: 401 | 403, code: string, message: string) => Object.assign(new Error(message), { statusCode: status, code });
const sha = (s: string) => createHash('sha256').update(s).digest();

/** Same-origin check for writes made with a cookie: Origin (or, without it, Sec-Fetch-Site) must be ours. */
export function sameOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') {
    // Parsed both sides with the Origin's scheme, so a default port written or omitted compares equal.
    try { const o = new URL(origin); return o.host === new URL(`${o.protocol}//${req.headers.host ?? ''}`).host; } catch { return false; }
  }
  return req.headers['sec-fetch-site'] === 'same-origin';
}

export function installAuthGuard(app: FastifyInstance, deps: ApiDeps, localToken: string | null): void {
  const tenant = deps.env.TRUSTLINE_TENANT;
  const users = usersRepo(deps.database.db, tenant);
  const sessions = sessionsRepo(deps.database.db, tenant);
  const tokens = tokensRepo(deps.database.db, tenant);
  const local = localToken ? sha(localToken) : null;

  app.decorate('registeredRoutes', [] as { method: string; url: string }[]);
  app.addHook('onRoute', (r) => {
    for (const m of [r.method].flat()) app.registeredRoutes.push({ method: String(m), url: r.url });
  });
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionId', null);

  async function identify(req: FastifyRequest): Promise<Principal | null> {
    const auth = req.headers.authorization;
    if (typeof auth === 'string' && /^Bearer\s+/i.test(auth)) {
      const token = auth.replace(/^Bearer\s+/i, '').trim();
      if (local && token.length > 0 && timingSafeEqual(sha(token), local)) return { actor: 'local-cli', role: 'admin', via: 'local' };
      const t = await tokens.lookup(token);
      if (!t) throw deny(401, 'UNAUTHENTICATED', 'invalid or revoked API token');
      return { actor: `token:${t.id}`, role: t.role, via: 'token' };
    }
    const sid = req.cookies?.[SESSION_COOKIE];
    if (!sid) return null;
    const username = await sessions.lookup(sid);
    const u = username ? await users.get(username) : null;
    const role = RoleSchema.safeParse(u?.role);
    if (!u || u.disabled || !role.success) return null;
    req.sessionId = sid;
    return { actor: u.username, role: role.data, via: 'session', mustChangePassword: u.mustChangePassword };
  }

  app.addHook('onRequest', async (req) => {
    const url = req.routeOptions.url;
    if (url === undefined) return; // no such route: the 404 handler answers, with nothing to leak
    const rule = ruleFor(req.method, url);
    if (req.method === 'OPTIONS' && rule === undefined) return;
    req.principal = await identify(req);
    const p = req.principal;
    if (p?.via === 'session' && !SAFE.has(req.method) && !sameOrigin(req)) throw deny(403, 'CSRF', 'cross-site request refused');
    if (!p && rule === 'public' && !SAFE.has(req.method) && req.headers.origin && !sameOrigin(req)) throw deny(403, 'CSRF', 'cross-site request refused');
    if (rule === undefined) throw deny(p ? 403 : 401, p ? 'FORBIDDEN' : 'UNAUTHENTICATED', 'this route is not open to anyone');
    if (rule === 'public') return;
    if (!p) throw deny(401, 'UNAUTHENTICATED', 'sign in first');
    if (p.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(`${req.method} ${url}`)) throw deny(403, 'PASSWORD_CHANGE_REQUIRED', 'change the one-time password first');
    if (!allows(rule, p.role)) throw deny(403, 'FORBIDDEN', `the ${p.role} role may not do this`);
  });
}
