// Administration: accounts and roles, API tokens for connectors and scripts, and the audit log (read, verify).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditRepo } from '../../audit/repo.js';
import { RoleSchema } from '../../auth/roles.js';
import { sessionsRepo, tokensRepo } from '../../auth/sessions-repo.js';
import { usersRepo } from '../../auth/users-repo.js';
import { AppError } from '../../errors/app-error.js';
import type { AuditTrail } from '../audit-trail.js';
import type { ApiDeps } from '../deps.js';

export function adminRoutes(app: FastifyInstance, deps: ApiDeps, audit: AuditTrail): void {
  const tenant = deps.env.TRUSTLINE_TENANT;
  const db = deps.database.db;
  const users = usersRepo(db, tenant);
  const tokens = tokensRepo(db, tenant);

  app.get('/api/users', async () => ({ items: await users.list() }));
  app.post('/api/users', async (req, reply) => {
    const b = z.object({ username: z.string(), role: RoleSchema, password: z.string().max(512) }).parse(req.body);
    await users.create({ username: b.username, role: b.role, password: b.password, mustChangePassword: true });
    await audit(req, 'user.create', `user:${b.username}`, { role: b.role });
    return reply.status(201).send({ username: b.username, role: b.role });
  });
  app.patch<{ Params: { username: string } }>('/api/users/:username', async (req) => {
    const b = z.object({ role: RoleSchema.optional(), disabled: z.boolean().optional() }).parse(req.body);
    const before = await users.get(req.params.username);
    if (!before) throw new AppError('NOT_FOUND', `no user ${req.params.username}`, { status: 404 });
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

  app.get('/api/audit', async (req) => {
    const q = z.object({ after: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(1000).default(200), verify: z.enum(['0', '1']).default('0') }).parse(req.query);
    const repo = auditRepo(db as never, tenant);
    const [items, verdict] = await Promise.all([repo.page(q.after, q.limit), q.verify === '1' ? repo.verify() : Promise.resolve(null)]);
    return { items, verify: verdict };
  });
}
