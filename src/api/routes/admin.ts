// Administration: accounts and roles, API tokens for connectors and scripts, and the audit log (read, verify).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditRepo } from '../../audit/repo.js';
import { passwordProblem, randomSecret } from '../../auth/password.js';
import { RoleSchema } from '../../auth/roles.js';
import { sessionsRepo, tokensRepo } from '../../auth/sessions-repo.js';
import { usersRepo } from '../../auth/users-repo.js';
import { AppError } from '../../errors/app-error.js';
import type { AuditTrail } from '../audit-trail.js';
import type { ApiDeps } from '../deps.js';

/** A random one-time password that passes the password rules (a short username could occur in it by chance). */
function oneTimePassword(username: string): string {
  let p = randomSecret(18);
  // Bounded: an empty username "occurs" in every string; the account check refuses that name right after.
  for (let i = 0; i < 50 && passwordProblem(p, username); i++) p = randomSecret(18);
  return p;
}

export function adminRoutes(app: FastifyInstance, deps: ApiDeps, audit: AuditTrail): void {
  const tenant = deps.env.TRUSTLINE_TENANT;
  const db = deps.database.db;
  const users = usersRepo(db, tenant);
  const tokens = tokensRepo(db, tenant);

  app.get('/api/users', async () => ({ items: await users.list() }));
  app.post('/api/users', async (req, reply) => {
    const b = z.object({ username: z.string(), role: RoleSchema, password: z.string().max(512).optional() }).parse(req.body);
    // Without a password the server draws the one-time password and answers it once (the web app's way): the admin
    // never has to invent one, and it is as strong as the first admin's.
    const password = b.password ?? oneTimePassword(b.username);
    await users.create({ username: b.username, role: b.role, password, mustChangePassword: true });
    await audit(req, 'user.create', `user:${b.username}`, { role: b.role });
    return reply.status(201).send({ username: b.username, role: b.role, ...(b.password === undefined ? { password } : {}) });
  });
  app.patch<{ Params: { username: string } }>('/api/users/:username', async (req) => {
    const b = z.object({ role: RoleSchema.optional(), disabled: z.boolean().optional() }).parse(req.body);
    const before = await users.get(req.params.username);
    if (!before) throw new AppError('NOT_FOUND', `no user ${req.params.username}`, { status: 404 });
    // Nobody can lock the installation out of its own administration: the last enabled admin stays an enabled admin.
    const demotes = (b.role !== undefined && b.role !== 'admin') || b.disabled === true;
    if (demotes && before.role === 'admin' && !before.disabled) {
      const admins = (await users.list()).filter((u) => u.role === 'admin' && !u.disabled);
      if (admins.length <= 1) throw new AppError('LAST_ADMIN', `${before.username} is the last enabled admin: make another admin first`, { status: 409 });
    }
    if (b.role && b.role !== before.role) {
      await users.setRole(before.username, b.role);
      await audit(req, 'role.change', `user:${before.username}`, { from: before.role, to: b.role });
    }
    if (b.disabled !== undefined && b.disabled !== before.disabled) {
      await users.setDisabled(before.username, b.disabled);
      if (b.disabled) await sessionsRepo(db, tenant).removeAllOf(before.username);
      await audit(req, b.disabled ? 'user.disable' : 'user.enable', `user:${before.username}`);
    }
    const u = (await users.list()).find((x) => x.username === before.username)!;
    return u;
  });

  app.get('/api/tokens', async () => ({ items: await tokens.list() }));
  app.post('/api/tokens', async (req, reply) => {
    const b = z.object({ name: z.string().min(1).max(100), role: RoleSchema }).parse(req.body);
    const t = await tokens.create({ name: b.name, role: b.role, createdBy: req.principal!.actor });
    await audit(req, 'token.create', `token:${t.id}`, { name: b.name, role: b.role });
    // Shown once: only its hash is stored.
    return reply.status(201).send({ id: t.id, token: t.token, role: b.role, name: b.name });
  });
  app.delete<{ Params: { id: string } }>('/api/tokens/:id', async (req) => {
    if (!await tokens.revoke(req.params.id)) throw new AppError('NOT_FOUND', `no active token ${req.params.id}`, { status: 404 });
    await audit(req, 'token.revoke', `token:${req.params.id}`);
    return { ok: true };
  });

  // Oldest first from `after` (scripts following the chain), or newest first from `before` with `order=desc` (people
  // reading it); both filter by action (one or a family: `token`), actor and a time range.
  app.get('/api/audit', async (req) => {
    const iso = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString()).optional();
    const q = z.object({
      after: z.coerce.number().int().min(0).default(0), before: z.coerce.number().int().min(1).optional(),
      order: z.enum(['asc', 'desc']).default('asc'), limit: z.coerce.number().int().min(1).max(1000).default(200),
      verify: z.enum(['0', '1']).default('0'),
      action: z.string().max(100).optional(), actor: z.string().max(200).optional(), from: iso, to: iso,
    }).parse(req.query);
    const repo = auditRepo(db as never, tenant);
    const cursor = q.order === 'asc' ? q.after : q.before;
    const search = { order: q.order, cursor, limit: q.limit, action: q.action || undefined, actor: q.actor || undefined, from: q.from, to: q.to };
    const [items, verdict] = await Promise.all([repo.search(search), q.verify === '1' ? repo.verify() : Promise.resolve(null)]);
    return { items, verify: verdict };
  });
}
