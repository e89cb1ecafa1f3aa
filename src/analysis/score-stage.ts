// Scores every person from all stored findings and keeps the result, so lists and dossiers read it without recomputing.
import { benignSuppressions } from '../cases/index.js';
import { scorePeopleRun } from '../score/index.js';
import type { Db } from '../store/db.js';
import { listAlerts, listClusters } from '../store/analysis-repo.js';
import { distinctActors, latestEventTime } from '../store/events-repo.js';
import { loadAccounts, loadCandidates, loadPayroll, loadPeople, loadShipments } from '../store/hr-repo.js';
import { loadIdentityDecisions, replacePersonScores } from '../store/scores-repo.js';

/**
 * Decay is measured from the data's present — the newest event, or the clock if that is earlier — so a feed
 * that stops, or a historical import, does not make old evidence fade just because time passed.
 */
export function scoringNow(latestEvent: string | null, clock = new Date()): string {
  if (!latestEvent) return clock.toISOString();
  return new Date(Math.min(Date.parse(latestEvent), clock.getTime())).toISOString();
}

export async function runScoring(db: Db, tenantId: string, clock = new Date()) {
  const [people, candidates, accounts, alerts, clusters, suppressions, actors, payroll, shipments, decisions, latest] = await Promise.all([
    loadPeople(db, tenantId), loadCandidates(db, tenantId), loadAccounts(db, tenantId), listAlerts(db, tenantId), listClusters(db, tenantId),
    benignSuppressions(db, tenantId), distinctActors(db, tenantId), loadPayroll(db, tenantId), loadShipments(db, tenantId),
    loadIdentityDecisions(db, tenantId), latestEventTime(db, tenantId),
  ]);
  const now = scoringNow(latest, clock);
  const run = scorePeopleRun({ people, candidates, accounts, alerts, clusters, suppressions, now, actors, payroll, shipments, decisions });
  await replacePersonScores(db, tenantId, run.scores, now);
  return { people: run.scores.length, now, unattributedAlerts: run.unattributed, suppressed: run.suppressed };
}
