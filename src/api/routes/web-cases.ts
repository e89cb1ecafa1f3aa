// Cases for the web app: queue, one case with history, status changes, notes (also playbook ticks and attachment records), evidence export.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { caseService } from '../../cases/index.js';
import { AppError } from '../../errors/app-error.js';
import { subjectAlerts } from '../../store/read/person-reads.js';
import type { AuditTrail } from '../audit-trail.js';
import type { ApiDeps } from '../deps.js';

/** The signed-in user (the route policy guarantees there is one). */
const actorOf = (req: FastifyRequest) => req.principal?.actor ?? 'anonymous';
const subjectIdOf = (id: string) => id.replace(/^(employee|candidate):/, '');

export function caseWebRoutes(app: FastifyInstance, deps: ApiDeps, audit: AuditTrail): void {
  const svc = () => caseService(deps.database.db, deps.env.TRUSTLINE_TENANT);
  app.get('/api/cases', async (req) => {
    const q = z.object({ status: z.string().max(40).optional(), subjectId: z.string().max(200).optional() }).parse(req.query);
    return { items: await svc().list({ status: q.status, subjectId: q.subjectId, limit: 1000 }) };
  });
  app.post('/api/cases', async (req, reply) => {
    const body = z.object({ title: z.string(), subjectKind: z.string(), subjectId: z.string(), assignee: z.string().nullish() }).parse(req.body);
    const row = await svc().create({ ...body, subjectId: subjectIdOf(body.subjectId) } as never, actorOf(req));
    await audit(req, 'case.create', `case:${(row as { id: string }).id}`, { subjectKind: body.subjectKind, subjectId: subjectIdOf(body.subjectId) });
    return reply.status(201).send(row);
  });
  app.get<{ Params: { id: string } }>('/api/cases/:id', async (req) => {
    const c = await svc().get(req.params.id);
    await audit(req, 'case.read', `case:${req.params.id}`);
    return c;
  });
  app.patch<{ Params: { id: string } }>('/api/cases/:id', async (req) => {
    const r = await svc().update(req.params.id, req.body as never, actorOf(req));
    await audit(req, 'case.update', `case:${req.params.id}`, { fields: Object.keys((req.body ?? {}) as object) });
    return r;
  });
  app.post<{ Params: { id: string } }>('/api/cases/:id/notes', async (req, reply) => {
    const { text } = z.object({ text: z.string() }).parse(req.body);
    await svc().addNote(req.params.id, text, actorOf(req));
    await audit(req, 'case.note', `case:${req.params.id}`);
    return reply.status(201).send({ ok: true });
  });
  // Attachments: the file's name, size and SHA-256 go in the history (content storage needs a table of its own).
  app.post<{ Params: { id: string } }>('/api/cases/:id/attachments', async (req, reply) => {
    if (!req.isMultipart()) throw new AppError('BAD_REQUEST', 'send the file as multipart/form-data (field "file")');
    const out: { name: string; bytes: number; sha256: string }[] = [];
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue;
      const h = createHash('sha256');
      let bytes = 0;
      for await (const chunk of part.file) { h.update(chunk as Buffer); bytes += (chunk as Buffer).length; }
      const rec = { name: part.filename.slice(0, 200), bytes, sha256: h.digest('hex') };
      await svc().addNote(req.params.id, `[attachment] ${rec.name} · ${rec.bytes} B · sha256 ${rec.sha256}`, actorOf(req));
      await audit(req, 'case.attachment', `case:${req.params.id}`, { sha256: rec.sha256, bytes: rec.bytes });
      out.push(rec);
    }
    return reply.status(201).send({ attachments: out });
  });
  app.get<{ Params: { id: string } }>('/api/cases/:id/export', async (req, reply) => {
    const c = await svc().get(req.params.id);
    const alerts = c.subjectKind === 'employee' || c.subjectKind === 'candidate' ? await subjectAlerts(deps.database.db, deps.env.TRUSTLINE_TENANT, [c.subjectId]) : [];
    const bundle = { exportedAt: new Date().toISOString(), case: c, alerts };
    await audit(req, 'export.evidence', `case:${c.id}`, { alerts: alerts.length });
    return reply.header('content-disposition', `attachment; filename="${c.id}-evidence.json"`).send(bundle);
  });
}
