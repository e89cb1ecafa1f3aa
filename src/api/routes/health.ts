// GET /api/health: liveness plus which database engine is in use.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { ApiDeps } from '../deps.js';

export function healthRoutes(app: FastifyInstance, deps: ApiDeps): void {
  app.get('/api/health', async () => {
    await deps.database.db.execute(sql`select 1`);
    return { status: 'ok', database: deps.database.kind, version: deps.version };
  });
}
