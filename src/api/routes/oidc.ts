// OIDC single sign-on (authorization code + PKCE, openid-client): the IdP's group claim maps to a Trustline role;
// an account is created or its role updated at each sign-in. Off unless TRUSTLINE_OIDC_ISSUER is set.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as oidc from 'openid-client';
import { RoleSchema, type Role } from '../../auth/roles.js';
import { sessionsRepo } from '../../auth/sessions-repo.js';
import { usersRepo } from '../../auth/users-repo.js';
import { AppError } from '../../errors/app-error.js';
import type { AuditTrail } from '../audit-trail.js';
import type { ApiDeps } from '../deps.js';
import { setSessionCookie } from './auth.js';

const FLOW_COOKIE = 'tl_oidc';
const FLOW_MS = 10 * 60_000;
/** Pending sign-ins kept in memory; the login route is public, so the oldest go first rather than memory growing without bound. */
const MAX_FLOWS = 10_000;

export interface PendingFlow { verifier: string; nonce: string }

/** Sign-ins started and not yet called back, by state: each taken at most once, expired after `ttlMs`, at most `max`. */
export function pendingFlows(max = MAX_FLOWS, ttlMs = FLOW_MS, now: () => number = Date.now) {
  const flows = new Map<string, PendingFlow & { at: number }>();
  return {
    get size() { return flows.size; },
    add(state: string, flow: PendingFlow): void {
      const t = now();
      for (const [k, f] of flows) if (t - f.at > ttlMs) flows.delete(k);
      // A Map iterates in insertion order: the first key is the oldest pending sign-in.
      while (flows.size >= max) flows.delete(flows.keys().next().value!);
      flows.set(state, { ...flow, at: t });
    },
    /** The flow for this state, removed whether or not it is still valid: a state is never accepted twice. */
    take(state: string): PendingFlow | null {
      const f = flows.get(state);
      flows.delete(state);
      return f && now() - f.at <= ttlMs ? { verifier: f.verifier, nonce: f.nonce } : null;
    },
  };
}

/** "idp-admins=admin, sec-team=analyst" → ordered pairs; the first pair whose group the user has wins. */
export function parseRoleMap(spec: string): [string, Role][] {
  return spec.split(',').map((s) => s.trim()).filter(Boolean).map((pair) => {
    const i = pair.lastIndexOf('=');
    const role = RoleSchema.safeParse(pair.slice(i + 1).trim());
    if (i <= 0 || !role.success) throw new Error(`TRUSTLINE_OIDC_ROLE_MAP: "${pair}" is not group=role`);
    return [pair.slice(0, i).trim(), role.data] as [string, Role];
  });
}

export function roleFromClaims(claims: Record<string, unknown>, claim: string, map: [string, Role][]): Role | null {
  const v = claims[claim];
  const groups = new Set(Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/[\s,]+/) : []);
  return map.find(([g]) => groups.has(g))?.[1] ?? null;
}

export async function oidcRoutes(app: FastifyInstance, deps: ApiDeps, audit: AuditTrail, opts: { secureCookies: boolean }): Promise<void> {
  const env = deps.env;
  const issuer = env.TRUSTLINE_OIDC_ISSUER;
  const roleMap = parseRoleMap(env.TRUSTLINE_OIDC_ROLE_MAP);
  const flows = pendingFlows();
  let config: Promise<oidc.Configuration> | null = null;
  // Discovered on first use, so the server starts while the IdP is down; a failed discovery is retried next time.
  const getConfig = () => {
    if (!issuer || !env.TRUSTLINE_OIDC_CLIENT_ID) throw new AppError('OIDC_OFF', 'single sign-on is not configured', { status: 404 });
    config ??= oidc.discovery(new URL(issuer), env.TRUSTLINE_OIDC_CLIENT_ID, env.TRUSTLINE_OIDC_CLIENT_SECRET, undefined,
      issuer.startsWith('http://') ? { execute: [oidc.allowInsecureRequests] } : undefined);
    config.catch(() => { config = null; });
    return config;
  };
  const base = (req: FastifyRequest) => env.TRUSTLINE_PUBLIC_URL?.replace(/\/$/, '') ?? `${req.protocol}://${req.host}`;

  app.get('/api/auth/oidc/login', async (req, reply) => {
    const c = await getConfig();
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    flows.add(state, { verifier, nonce });
    // Lax, not Strict: the IdP's redirect back is a cross-site navigation and must carry it.
    reply.setCookie(FLOW_COOKIE, state, { httpOnly: true, sameSite: 'lax', secure: opts.secureCookies, path: '/api/auth/oidc', maxAge: FLOW_MS / 1000 });
    const url = oidc.buildAuthorizationUrl(c, {
      redirect_uri: `${base(req)}/api/auth/oidc/callback`, scope: `openid profile email ${env.TRUSTLINE_OIDC_GROUPS_CLAIM}`,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256', state, nonce,
    });
    return reply.redirect(url.href);
  });

  app.get('/api/auth/oidc/callback', async (req, reply) => {
    const c = await getConfig();
    const state = req.cookies[FLOW_COOKIE] ?? '';
    const flow = flows.take(state);
    reply.clearCookie(FLOW_COOKIE, { path: '/api/auth/oidc' });
    if (!flow) throw new AppError('OIDC_FLOW', 'sign-in expired or was not started here: start again', { status: 400 });
    const current = new URL(`${base(req)}${req.url}`);
    let claims: Record<string, unknown>;
    try {
      const tokens = await oidc.authorizationCodeGrant(c, current, { pkceCodeVerifier: flow.verifier, expectedState: state, expectedNonce: flow.nonce });
      claims = { ...(tokens.claims() ?? {}) };
      // Groups and profile claims are often only in userinfo, not the ID token (the spec's default when an access token is issued).
      if (claims[env.TRUSTLINE_OIDC_GROUPS_CLAIM] === undefined || (claims.preferred_username === undefined && claims.email === undefined)) claims = { ...claims, ...await oidc.fetchUserInfo(c, tokens.access_token, String(claims.sub)) };
    } catch (e) {
      // openid-client wraps the protocol check that failed (state, nonce, issuer…) as the cause: name that one.
      const err = e as Error;
      const why = (err.cause instanceof Error ? err.cause.message : err.message).slice(0, 300);
      await audit(req, 'auth.login_failed', 'oidc', { reason: 'oidc_error', error: why });
      throw new AppError('OIDC_FAILED', `single sign-on failed: ${why}`, { status: 401 });
    }
    const raw = String(claims.preferred_username ?? claims.email ?? claims.sub);
    const username = raw.replace(/[^A-Za-z0-9._@-]/g, '_').slice(0, 100);
    const role = roleFromClaims(claims, env.TRUSTLINE_OIDC_GROUPS_CLAIM, roleMap);
    const users = usersRepo(deps.database.db, env.TRUSTLINE_TENANT);
    const sessions = sessionsRepo(deps.database.db, env.TRUSTLINE_TENANT);
    const existing = await users.get(username);
    if (!role) {
      // The IdP no longer grants this person any role: sessions opened under an earlier grant end now, not in 12 hours.
      const revoked = existing?.origin === 'oidc';
      if (revoked) await sessions.removeAllOf(username);
      await audit(req, 'auth.login_failed', `user:${username}`, { reason: 'no_role_for_groups', method: 'oidc', sessionsRevoked: revoked });
      throw new AppError('FORBIDDEN', 'your single sign-on groups give no Trustline role', { status: 403 });
    }
    if (!existing) await users.create({ username, role, origin: 'oidc' });
    else if (existing.disabled || existing.origin !== 'oidc') throw new AppError('FORBIDDEN', 'this account cannot sign in through single sign-on', { status: 403 });
    else if (existing.role !== role) {
      await users.setRole(username, role);
      req.principal = { actor: 'oidc', role, via: 'session' };
      await audit(req, 'role.change', `user:${username}`, { from: existing.role, to: role, by: 'idp-groups' });
    }
    const s = await sessions.create(username);
    setSessionCookie(reply, s.id, opts.secureCookies);
    req.principal = { actor: username, role, via: 'session' };
    await audit(req, 'auth.login', `user:${username}`, { method: 'oidc' });
    return reply.redirect('/');
  });
}
