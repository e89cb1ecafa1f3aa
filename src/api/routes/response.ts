// Incident response and sharing over HTTP: a case's playbook and its ticks, the evidence ZIP, the post-termination
// watch, the watch list, and STIX export/import (keyed hashing with the key from TRUSTLINE_SHARE_KEY).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../errors/app-error.js';
import { addPostTerminationWatch, exportEvidenceBundle, exportShareBundle, importShareBundle, loadWatchList, playbookService } from '../../response/index.js';
import { TLP_LEVELS } from '../../share/index.js';
import type { AuditTrail } from '../audit-trail.js';
import type { ApiDeps } from '../deps.js';

const actorOf = (req: FastifyRequest) => (req as { principal?: { actor?: string } }).principal?.actor
  ?? (typeof req.headers['x-trustline-user'] === 'string' ? String(req.headers['x-trustline-user']).slice(0, 100) : 'web');

/** The sharing key and its public id; the key itself never leaves this process. */
export function shareKeyFromEnv(env: NodeJS.ProcessEnv, keyVar = 'TRUSTLINE_SHARE_KEY'): { key: string; keyId: string } {
  const key = env[keyVar];
  if (!key || key.length < 16) throw new AppError('NO_SHARE_KEY', `hashed sharing needs ${keyVar} (at least 16 characters, agreed with the partners)`, { status: 400 });
  return { key, keyId: env['TRUSTLINE_SHARE_KEY_ID'] ?? 'default' };
}

export function responseRoutes(app: FastifyInstance, deps: ApiDeps, audit: AuditTrail): void {
  const db = deps.database.db;
  const tenant = deps.env.TRUSTLINE_TENANT;
  app.get<{ Params: { id: string } }>('/api/cases/:id/playbook', async (req) => playbookService(db, tenant).get(req.params.id));
  app.post<{ Params: { id: string } }>('/api/cases/:id/playbook/ticks', async (req, reply) => {
    const b = z.object({ item: z.string().min(1).max(100), done: z.boolean().default(true) }).parse(req.body);
    await playbookService(db, tenant).tick(req.params.id, b.item, b.done, actorOf(req));
    return reply.status(201).send({ ok: true });
  });
  app.get<{ Params: { id: string } }>('/api/cases/:id/evidence.zip', async (req, reply) => {
    const { zip } = await exportEvidenceBundle(db, tenant, req.params.id, actorOf(req));
    await audit(req, 'export.evidence_bundle', `case:${req.params.id}`, { bytes: zip.length });
    return reply.header('content-type', 'application/zip').header('content-disposition', `attachment; filename="${req.params.id}-evidence.zip"`).send(zip);
  });
  app.post<{ Params: { id: string } }>('/api/cases/:id/watch', async (req, reply) => reply.status(201).send(await addPostTerminationWatch(db, tenant, req.params.id, actorOf(req))));
  app.get('/api/watch-list', async (req) => {
    const q = z.object({ list: z.string().max(40).optional() }).parse(req.query);
    return { items: await loadWatchList(db, tenant, q.list ? { lists: [q.list] } : {}) };
  });
  app.get('/api/share/export', async (req, reply) => {
    const q = z.object({ tlp: z.enum(TLP_LEVELS).default('amber'), hashed: z.enum(['0', '1', 'true', 'false']).optional(), levels: z.string().max(40).optional(),
      producer: z.string().min(1).max(200).default('Trustline') }).parse(req.query);
    const hashed = q.hashed === '1' || q.hashed === 'true';
    const r = await exportShareBundle(db, tenant, { producer: { name: q.producer }, tlp: q.tlp, now: Date.now(), ...(hashed ? { hmac: shareKeyFromEnv(process.env) } : {}) },
      { levels: q.levels ? q.levels.split(',') : [] });
    await audit(req, 'export.stix', 'share', { tlp: q.tlp, hashed, levels: q.levels ?? null });
    return reply.header('content-disposition', 'attachment; filename="trustline-indicators.stix.json"').send(r.bundle);
  });
  app.post('/api/share/import', { bodyLimit: 20 * 1024 * 1024 }, async (req) => {
    const q = z.object({ source: z.string().min(1).max(200).optional() }).parse(req.query);
    return importShareBundle(db, tenant, req.body, { source: q.source });
  });
}
