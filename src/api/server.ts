// Builds the Fastify server: API routes, the web page, one error shape, logs without PII.
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ApiDeps } from './deps.js';
import { installErrorHandler } from './errors.js';
import { healthRoutes } from './routes/health.js';
import { importRoutes } from './routes/import.js';
import { peopleRoutes } from './routes/people.js';
import { webRoutes } from './routes/web.js';

const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

/** The built single-page app when present, else the plain page that needs no build. */
function webRoot(): string {
  const dist = fileURLToPath(new URL('../../web/dist', import.meta.url));
  return existsSync(dist) ? dist : fileURLToPath(new URL('../../web/public', import.meta.url));
}

export async function buildServer(deps: ApiDeps, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false ? false : {
      level: deps.env.TRUSTLINE_LOG_LEVEL,
      // Paths only: query strings can carry names or e-mails searched for.
      serializers: {
        req: (req) => ({ method: req.method, path: String(req.url).split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
    },
    bodyLimit: 10 * 1024 * 1024,
  });
  installErrorHandler(app);
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 50 } });
  healthRoutes(app, deps);
  peopleRoutes(app, deps);
  importRoutes(app, deps);
  webRoutes(app, deps);
  await app.register(fastifyStatic, { root: webRoot(), prefix: '/', index: 'index.html' });
  return app;
}
