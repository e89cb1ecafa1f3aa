// GET /api/clusters: laptop farms and shared-infrastructure groups, with member names and scores for the graph.
import type { FastifyInstance } from 'fastify';
import { listClusters } from '../../store/analysis-repo.js';
import type { ApiDeps } from '../deps.js';
import type { ScoreCache } from './web-scores.js';

export function clusterWebRoutes(app: FastifyInstance, deps: ApiDeps, ranking: ScoreCache): void {
  app.get('/api/clusters', async () => {
    const [clusters, rank] = await Promise.all([listClusters(deps.database.db, deps.env.TRUSTLINE_TENANT), ranking()]);
    const bySubject = new Map<string, (typeof rank.items)[number]>();
    for (const p of rank.items) { if (p.employeeId) bySubject.set(p.employeeId, p); if (p.candidateId) bySubject.set(p.candidateId, p); }
    return {
      items: clusters.map((c) => ({
        ...c,
        people: c.members.map((m) => { const p = bySubject.get(m); return { id: m, personId: p?.personId ?? null, name: p?.name ?? m, score: p?.score ?? 0, level: p?.level ?? 'low', country: p?.country ?? null }; }),
      })),
    };
  });
}
