// One HTTP error shape {error:{code,message,details}}; internals never reach the client.
import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { AppError } from '../errors/app-error.js';

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | Error, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, details: err.location ?? err.details ?? null } });
    }
    if (err instanceof ZodError) {
      return reply.status(400).send({ error: { code: 'BAD_REQUEST', message: 'invalid request', details: err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) } });
    }
    const status = (err as FastifyError).statusCode;
    if (status && status < 500) {
      return reply.status(status).send({ error: { code: (err as FastifyError).code ?? 'BAD_REQUEST', message: err.message, details: null } });
    }
    req.log.error({ err: { type: err.name, message: err.message, stack: err.stack } }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: 'internal error', details: null } });
  });
  app.setNotFoundHandler((req, reply) => reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]}`, details: null } }));
}
