// GET /api/sources: import runs with reject files, connector checkpoints, reference dataset versions, event feeds.
import type { FastifyInstance } from 'fastify';
import { createReadStream, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../errors/app-error.js';
import { datasetStatus, defaultDataDir } from '../../enrich/index.js';
import { listCheckpoints, listImportRuns, sourceCoverage } from '../../store/read/overview-reads.js';
import type { AuditTrail } from '../audit-trail.js';
import type { ApiDeps } from '../deps.js';

export function sourcesWebRoutes(app: FastifyInstance, deps: ApiDeps, audit: AuditTrail): void {
  app.get('/api/sources', async () => {
    const db = deps.database.db;
    const tenant = deps.env.TRUSTLINE_TENANT;
    const [runs, checkpoints, feeds] = await Promise.all([listImportRuns(db, tenant), listCheckpoints(db, tenant), sourceCoverage(db, tenant)]);
    let datasets: unknown[] = [];
    let datasetError: string | null = null;
    try { datasets = datasetStatus(defaultDataDir()); } catch (e) { datasetError = (e as Error).message; }
    return {
      imports: runs.map((r) => ({ id: r.id, file: r.file, source: r.source, startedAt: r.startedAt, finishedAt: r.finishedAt, accepted: r.accepted, updated: r.updated, duplicate: r.duplicate, rejected: r.rejected, rejectFile: r.rejectFile ? basename(r.rejectFile) : null })),
      connectors: checkpoints,
      feeds: feeds.map((f) => ({ source: f.source, events: f.n, first: new Date(f.first).toISOString(), last: new Date(f.last).toISOString() })),
      datasets, datasetError,
    };
  });
  // A run's reject file (JSON lines, file:line:field), served only from the rejects directory by its base name.
  app.get<{ Params: { id: string } }>('/api/imports/:id/rejects', async (req, reply) => {
    const runs = await listImportRuns(deps.database.db, deps.env.TRUSTLINE_TENANT, 10_000);
    const run = runs.find((r) => r.id === req.params.id);
    const path = run?.rejectFile ? join(deps.rejectsDir, basename(run.rejectFile)) : null;
    if (!path || !existsSync(path)) throw new AppError('NOT_FOUND', `no reject file for import ${req.params.id}`, { status: 404 });
    await audit(req, 'export.rejects', `import:${run!.id}`, { file: basename(path) });
    return reply.type('application/x-ndjson').header('content-disposition', `attachment; filename="${basename(path)}"`).send(createReadStream(path));
  });
}
