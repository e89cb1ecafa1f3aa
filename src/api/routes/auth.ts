// Sign-in with a local account (session cookie), sign-out, the current user, and changing one's password.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { sessionsRepo, SESSION_HOURS } from '../../auth/sessions-repo.js';
import { usersRepo } from '../../auth/users-repo.js';
import { SESSION_COOKIE } from '../auth-guard.js';
import type { AuditTrail } from '../audit-trail.js';
import type { ApiDeps } from '../deps.js';

const Login = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(512) });

export interface AuthOptions { secureCookies: boolean; loginRateLimit: { max: number; timeWindow: string } }

/** HttpOnly (no script reads it), SameSite=Strict (never sent from another site), Secure under TLS. */
export function setSessionCookie(reply: FastifyReply, id: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, id, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: SESSION_HOURS * 3600 });
}

export function authRoutes(app: FastifyInstance, deps: ApiDeps, audit: AuditTrail, opts: AuthOptions): void {
  const tenant = deps.env.TRUSTLINE_TENANT;
  const users = usersRepo(deps.database.db, tenant);
  const sessions = sessionsRepo(deps.database.db, tenant);

  app.post('/api/auth/login', { config: { rateLimit: opts.loginRateLimit } }, async (req, reply) => {
    const b = Login.parse(req.body);
    const r = await users.login(b.username, b.password);
    if (!r.ok) {
      // The username is recorded (it may be mistyped) but never the password.
      await audit(req, 'auth.login_failed', `user:${b.username}`, { reason: r.reason });
      const msg = r.reason === 'locked' ? 'too many failed sign-ins: the account is locked for a while' : 'wrong username or password';
      return reply.status(r.reason === 'locked' ? 423 : 401).send({ error: { code: r.reason === 'locked' ? 'LOCKED' : 'UNAUTHENTICATED', message: msg, details: null } });
    }
    const s = await sessions.create(r.user.username);
    setSessionCookie(reply, s.id, opts.secureCookies);
    req.principal = { actor: r.user.username, role: r.user.role as never, via: 'session' };
    await audit(req, 'auth.login', `user:${r.user.username}`, { method: 'password' });
    return { username: r.user.username, role: r.user.role, mustChangePassword: r.user.mustChangePassword };
  });

  app.post('/api/auth/logout', async (req, reply) => {
    if (req.sessionId) await sessions.remove(req.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    await audit(req, 'auth.logout', `user:${req.principal!.actor}`);
    return { ok: true };
  });

  app.get('/api/auth/me', async (req) => {
    const p = req.principal!;
    return { username: p.actor, role: p.role, via: p.via, mustChangePassword: p.mustChangePassword ?? false };
  });

  app.post('/api/auth/password', async (req) => {
    const p = req.principal!;
    if (p.via !== 'session') return Promise.reject(Object.assign(new Error('only a signed-in user changes a password'), { statusCode: 400 }));
    const b = z.object({ current: z.string().min(1).max(512), password: z.string().min(1).max(512) }).parse(req.body);
    const check = await users.login(p.actor, b.current);
    if (!check.ok) {
      await audit(req, 'auth.password_change_failed', `user:${p.actor}`, { reason: check.reason });
      return Promise.reject(Object.assign(new Error('the current password is wrong'), { statusCode: 403, code: 'FORBIDDEN' }));
    }
    await users.setPassword(p.actor, b.password);
    await audit(req, 'auth.password_change', `user:${p.actor}`);
    return { ok: true };
  });
}
