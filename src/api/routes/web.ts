// Registers the web app's API: one score cache shared by the overview, people, dossier and cluster views.
import type { FastifyInstance } from 'fastify';
import type { AuditTrail } from '../audit-trail.js';
import type { ApiDeps } from '../deps.js';
import { applicabilityWebRoutes } from './web-applicability.js';
import { caseWebRoutes } from './web-cases.js';
import { clusterWebRoutes } from './web-clusters.js';
import { concernRoutes } from './concerns.js';
import { responseRoutes } from './response.js';
import { overviewRoutes } from './web-overview.js';
import { peopleWebRoutes } from './web-people.js';
import { scoreCache } from './web-scores.js';
import { screenWebRoutes } from './web-screen.js';
import { sourcesWebRoutes } from './web-sources.js';

export function webRoutes(app: FastifyInstance, deps: ApiDeps, audit: AuditTrail): void {
  const ranking = scoreCache(deps.database.db, deps.env.TRUSTLINE_TENANT);
  overviewRoutes(app, deps, ranking);
  peopleWebRoutes(app, deps, ranking, audit);
  clusterWebRoutes(app, deps, ranking);
  caseWebRoutes(app, deps, audit);
  screenWebRoutes(app, deps);
  sourcesWebRoutes(app, deps, audit);
  applicabilityWebRoutes(app, deps, audit);
  concernRoutes(app, deps);
  responseRoutes(app, deps, audit);
}
