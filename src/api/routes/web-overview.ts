// GET /api/overview: people by level, new high/critical this week, clusters, open cases, source coverage, alert trend.
import type { FastifyInstance } from 'fastify';
import { listClusters } from '../../store/analysis-repo.js';
import { alertTrend, dataNow, sourceCoverage, tableCounts } from '../../store/read/overview-reads.js';
import type { ApiDeps } from '../deps.js';
import type { ScoreCache } from './web-scores.js';

const WEEK_MS = 7 * 86_400_000;
/** A feed is fresh when its newest event is within two days of the newest data overall. */
const FRESH_MS = 2 * 86_400_000;

export function overviewRoutes(app: FastifyInstance, deps: ApiDeps, ranking: ScoreCache): void {
  const db = deps.database.db;
  const tenant = deps.env.TRUSTLINE_TENANT;
  app.get('/api/overview', async () => {
    const [rank, counts, coverage, trend, clusters, now] = await Promise.all([
      ranking(), tableCounts(db, tenant), sourceCoverage(db, tenant), alertTrend(db, tenant, 30), listClusters(db, tenant), dataNow(db, tenant),
    ]);
    const byLevel = { low: 0, medium: 0, high: 0, critical: 0 };
    for (const p of rank.items) byLevel[p.level]++;
    const nowMs = now ? Date.parse(now) : Date.now();
    // "New this week": high/critical people whose strongest evidence appeared in the last 7 days of data.
    const highIds = rank.items.filter((p) => p.level === 'high' || p.level === 'critical');
    const newHigh = highIds.filter((p) => (rank.byId.get(p.personId)?.reasons ?? []).some((r) => Date.parse(r.at) > nowMs - WEEK_MS)).length;
    const clusterKinds: Record<string, number> = {};
    for (const c of clusters) clusterKinds[c.kind] = (clusterKinds[c.kind] ?? 0) + 1;
    const top = rank.items.slice(0, 8).map((p) => ({ personId: p.personId, name: p.name, score: p.score, level: p.level, topReason: p.topReason }));
    // Freshness is judged against the newest event of any feed, so one silent feed stands out in historical data too.
    const newestEvent = Math.max(0, ...coverage.map((c) => Date.parse(new Date(c.last).toISOString())));
    return {
      dataTime: now, scoredAt: rank.at, people: rank.items.length, byLevel, newHighThisWeek: newHigh,
      clusters: { total: clusters.length, byKind: clusterKinds }, openCases: counts.open_cases ?? 0,
      tables: counts,
      coverage: coverage.map((c) => ({ source: c.source, events: c.n, first: new Date(c.first).toISOString(), last: new Date(c.last).toISOString(), fresh: newestEvent - Date.parse(new Date(c.last).toISOString()) <= FRESH_MS })),
      trend, top,
    };
  });
}
