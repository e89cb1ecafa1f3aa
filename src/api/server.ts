// Builds the Fastify server: security headers, sign-in and the route policy, API routes, the web page, one
// error shape, logs without PII.
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureSecuritySchema } from '../auth/ensure-schema.js';
import { installAuthGuard } from './auth-guard.js';
import { auditTrail } from './audit-trail.js';
import type { ApiDeps } from './deps.js';
import { installErrorHandler } from './errors.js';
import { adminRoutes } from './routes/admin.js';
import { authRoutes } from './routes/auth.js';
import { healthRoutes } from './routes/health.js';
import { importRoutes } from './routes/import.js';
import { oidcRoutes } from './routes/oidc.js';
import { peopleRoutes } from './routes/people.js';
import { webRoutes } from './routes/web.js';

const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

export interface ServerOptions {
  logger?: boolean;
  /** A bearer token the local CLI reads from the data directory (import through a running server). */
  localToken?: string | null;
  /** Requests per minute per client address on sign-in and import. */
  rateLimits?: { login: number; import: number };
  /** Where Fastify writes its JSON log lines (default stdout); tests capture them to check for PII. */
  logStream?: NodeJS.WritableStream;
}

/** The built single-page app when present, else the plain page that needs no build. */
function webRoot(): string {
  const dist = fileURLToPath(new URL('../../web/dist', import.meta.url));
  return existsSync(dist) ? dist : fileURLToPath(new URL('../../web/public', import.meta.url));
}

export async function buildServer(deps: ApiDeps, opts: ServerOptions = {}): Promise<FastifyInstance> {
  const { env } = deps;
  const tls = env.TRUSTLINE_TLS_CERT && env.TRUSTLINE_TLS_KEY ? { cert: readFileSync(env.TRUSTLINE_TLS_CERT), key: readFileSync(env.TRUSTLINE_TLS_KEY) } : null;
  const secure = tls !== null || (env.TRUSTLINE_PUBLIC_URL?.startsWith('https://') ?? false);
  const app = Fastify({
    ...(tls ? { https: tls } : {}),
    logger: opts.logger === false ? false : {
      level: env.TRUSTLINE_LOG_LEVEL,
      ...(opts.logStream ? { stream: opts.logStream } : {}),
      // Paths only: query strings can carry names or e-mails searched for.
      serializers: {
        req: (req) => ({ method: req.method, path: String(req.url).split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
    },
    bodyLimit: 10 * 1024 * 1024,
  }) as unknown as FastifyInstance;
  await ensureSecuritySchema(deps.database.db);
  installErrorHandler(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    // The React app loads only its own bundle; charts and maps draw on canvas (data:/blob: images).
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"], 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'], 'font-src': ["'self'", 'data:'], 'connect-src': ["'self'"],
        'object-src': ["'none'"], 'base-uri': ["'self'"], 'form-action': ["'self'"], 'frame-ancestors': ["'none'"],
        ...(secure ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    hsts: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(fastifyRateLimit, { global: false });
  installAuthGuard(app, deps, opts.localToken ?? null);
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 50 } });
  const audit = auditTrail(deps);
  const limits = opts.rateLimits ?? { login: 20, import: 60 };
  healthRoutes(app, deps);
  authRoutes(app, deps, audit, { secureCookies: secure, loginRateLimit: { max: limits.login, timeWindow: '1 minute' } });
  await oidcRoutes(app, deps, audit, { secureCookies: secure });
  adminRoutes(app, deps, audit);
  peopleRoutes(app, deps);
  importRoutes(app, deps, { rateLimit: { max: limits.import, timeWindow: '1 minute' } });
  webRoutes(app, deps, audit);
  await app.register(fastifyStatic, { root: webRoot(), prefix: '/', index: 'index.html' });
  return app;
}
