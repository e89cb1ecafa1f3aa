// POST /api/screen/resumes: screens uploaded resumes (H1 metadata, H2 near-duplicates against each other and stored candidates' files).
// Each upload is parsed in its own worker with time and heap limits: a hostile file is refused, the server stays up.
import type { FastifyInstance } from 'fastify';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../errors/app-error.js';
import { DEFAULT_LIMITS, screenFiles } from '../../screen/index.js';
import type { ApiDeps } from '../deps.js';

const MAX_FILES = 200;

export function screenWebRoutes(app: FastifyInstance, _deps: ApiDeps): void {
  app.post('/api/screen/resumes', async (req) => {
    if (!req.isMultipart()) throw new AppError('BAD_REQUEST', 'send the resumes as multipart/form-data (field "file")');
    const dir = await mkdtemp(join(tmpdir(), 'trustline-screen-'));
    const names = new Map<string, string>();
    try {
      // A resume over the parser's size limit is refused while it arrives, not after 2 GB reached the disk.
      for await (const part of req.parts({ limits: { fileSize: DEFAULT_LIMITS.maxBytes, files: MAX_FILES + 1 } })) {
        if (part.type !== 'file') continue;
        if (names.size >= MAX_FILES) throw new AppError('TOO_MANY', `at most ${MAX_FILES} resumes per upload`, { status: 413 });
        const given = basename(part.filename || '');
        const name = given && given !== '.' && given !== '..' ? given : 'resume';
        // One folder per file, so the parser (and its messages) see the name as uploaded.
        const path = join(dir, String(names.size), name);
        await mkdir(join(dir, String(names.size)), { mode: 0o700 });
        const tooLarge = () => new AppError('TOO_LARGE', `${name}: larger than ${DEFAULT_LIMITS.maxBytes} bytes, the limit for a resume`, { status: 413 });
        await pipeline(part.file, createWriteStream(path, { mode: 0o600 })).catch((e: { code?: string }) => { throw e.code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge() : e; });
        if (part.file.truncated) throw tooLarge();
        names.set(path, name);
      }
      if (names.size === 0) throw new AppError('BAD_REQUEST', 'no file in the upload (field "file")');
      const res = await screenFiles([...names.keys()], { isolate: { concurrency: 2 } });
      // Paths never leave the server: each file is named as uploaded.
      const nameOf = (p: string) => names.get(p) ?? basename(p);
      const errors = res.errors.map((e) => ({ file: nameOf(e.path), code: e.code, message: e.message.replaceAll(dir, '') }));
      // Nothing could be read: a client error naming each file; with some files read, they are reported beside the refusals.
      if (res.documents.length === 0) {
        throw new AppError('DOCUMENT_REFUSED', errors.map((e) => e.message).join('; '), { status: 422, details: errors });
      }
      return {
        files: res.documents.map(({ path, doc }) => ({
          file: nameOf(path), format: doc.format, bytes: doc.bytes, sha256: doc.sha256, name: doc.facts.nameLine ?? null,
          emails: doc.facts.emails, employers: doc.facts.employers.slice(0, 10), meta: { author: doc.meta.author, creatorTool: doc.meta.creatorTool, producer: doc.meta.producer, created: doc.meta.created, modified: doc.meta.modified, totalEditMinutes: doc.meta.totalEditMinutes },
          alerts: res.alerts.filter((a) => a.subjectId === path).map((a) => ({ ruleId: a.ruleId, severity: a.severity, signals: a.signals, summary: a.summary })),
          text: doc.text.slice(0, 20_000),
        })),
        errors,
        clusters: res.clusters.map((c) => ({
          id: c.id, score: c.score, members: c.members.map((m) => nameOf(m.docId)),
          edges: c.edges.map((e) => ({ a: nameOf(e.a), b: nameOf(e.b), kinds: e.kinds, textJaccard: e.textJaccard, score: e.score, sharedMetadata: e.sharedMetadata, passages: e.passages.slice(0, 20) })),
        })),
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}
