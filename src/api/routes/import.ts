// POST /api/import: multipart upload of one or more files, streamed to a temp file, then imported like the CLI does.
import type { FastifyInstance } from 'fastify';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../errors/app-error.js';
import { importFile, type ImportSummary } from '../../pipeline/import-file.js';
import { enrichTransform, sharedEnricher } from '../../pipeline/enrich-events.js';
import { publishFailed, streamPublisherFor } from '../../pipeline/stream-mode.js';
import { effectiveCorporateRanges } from '../../store/settings-repo.js';
import type { ApiDeps } from '../deps.js';

export function importRoutes(app: FastifyInstance, deps: ApiDeps, opts: { rateLimit?: { max: number; timeWindow: string } } = {}): void {
  app.post('/api/import', { config: opts.rateLimit ? { rateLimit: opts.rateLimit } : {} }, async (req, reply) => {
    if (!req.isMultipart()) throw new AppError('BAD_REQUEST', 'send the files as multipart/form-data (field "file")');
    const dir = await mkdtemp(join(tmpdir(), 'trustline-upload-'));
    const summaries: ImportSummary[] = [];
    let sourceName: string | undefined;
    // Stream mode: what the upload stored goes to the workers once, after the last file (as the CLI does).
    const publisher = await streamPublisherFor(deps.database.db, deps.env, 'flush');
    try {
      for await (const part of req.parts()) {
        if (part.type === 'field') { if (part.fieldname === 'source') sourceName = String(part.value); continue; }
        const name = basename(part.filename || 'upload');
        const path = join(dir, `${summaries.length}-${name}`);
        await pipeline(part.file, createWriteStream(path, { mode: 0o600 }));
        if (part.file.truncated) throw new AppError('TOO_LARGE', `${name}: larger than the upload limit`, { status: 413 });
        summaries.push(await importFile({
          db: deps.database.db, tenantId: deps.env.TRUSTLINE_TENANT, path, displayName: name,
          sources: deps.sources, sourceName, rejectsDir: deps.rejectsDir,
          transform: enrichTransform(sharedEnricher(await effectiveCorporateRanges(deps.database.db, deps.env.TRUSTLINE_TENANT, deps.env.TRUSTLINE_CORPORATE_RANGES))),
          publisher,
        }));
      }
      // Stored is what counts: a publishing failure leaves the events pending for the next import or `worker publish`.
      await publisher?.flush().catch((e: unknown) => req.log.warn(publishFailed(e)));
    } finally {
      await publisher?.close();
      await rm(dir, { recursive: true, force: true });
    }
    if (summaries.length === 0) throw new AppError('BAD_REQUEST', 'no file in the upload (field "file")');
    const failed = summaries.some((s) => s.rejected > 0 || s.fatal);
    return reply.status(failed ? 422 : 200).send({ summary: summaries[0], summaries });
  });
}
