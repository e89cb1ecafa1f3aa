// Concern reporting over HTTP: the public form (no sign-in; rate-limited per address, size-limited), the
// reporter's follow-up by token, and the team's reply and view from the case.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { concernService, windowLimiter, type WindowLimiter } from '../../concern/index.js';
import type { ApiDeps } from '../deps.js';

const BODY_LIMIT = 32 * 1024;
const actorOf = (req: FastifyRequest) => (req as { principal?: { actor?: string } }).principal?.actor
  ?? (typeof req.headers['x-trustline-user'] === 'string' ? String(req.headers['x-trustline-user']).slice(0, 100) : 'web');

export interface ConcernLimits { submit: WindowLimiter; read: WindowLimiter }
export const defaultConcernLimits = (): ConcernLimits => ({
  submit: windowLimiter({ max: 5, windowMs: 15 * 60_000 }),
  read: windowLimiter({ max: 60, windowMs: 60_000 }),
});

function limited(l: WindowLimiter, req: FastifyRequest, reply: FastifyReply): boolean {
  if (l.hit(req.ip)) return false;
  void reply.status(429).header('retry-after', String(l.retryAfter(req.ip)))
    .send({ error: { code: 'RATE_LIMITED', message: 'too many requests from this address: try again later', details: null } });
  return true;
}

export function concernRoutes(app: FastifyInstance, deps: ApiDeps, limits: ConcernLimits = defaultConcernLimits()): void {
  const svc = () => concernService(deps.database.db, deps.env.TRUSTLINE_TENANT);
  app.post('/api/concerns', { bodyLimit: BODY_LIMIT }, async (req, reply) => {
    if (limited(limits.submit, req, reply)) return reply;
    const r = await svc().submit(req.body as never);
    // The case id is internal; the reporter gets a reference and the token (shown once, never stored in clear).
    return reply.status(201).send({ reference: r.reference, token: r.token, followUp: `/api/concerns/${r.token}` });
  });
  app.get<{ Params: { token: string } }>('/api/concerns/:token', async (req, reply) => {
    if (limited(limits.read, req, reply)) return reply;
    return svc().status(req.params.token);
  });
  app.post<{ Params: { token: string } }>('/api/concerns/:token/messages', { bodyLimit: BODY_LIMIT }, async (req, reply) => {
    if (limited(limits.submit, req, reply)) return reply;
    await svc().followUp(req.params.token, z.object({ text: z.string() }).parse(req.body).text);
    return reply.status(201).send({ ok: true });
  });
  app.get<{ Params: { id: string } }>('/api/cases/:id/concerns', async (req) => ({ items: await svc().forCase(req.params.id) }));
  app.post<{ Params: { id: string } }>('/api/cases/:id/concern-replies', async (req, reply) => {
    await svc().reply(req.params.id, z.object({ text: z.string() }).parse(req.body).text, actorOf(req));
    return reply.status(201).send({ ok: true });
  });
}
