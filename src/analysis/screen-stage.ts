// Screens every stored candidate (documents, profile, references, interviews, ID checks, linkage) and keeps the findings.
import type { Enricher } from '../enrich/index.js';
import type { Alert } from '../model/alert.js';
import type { Cluster } from '../model/cluster.js';
import { screenBatch, type ParsedDocument } from '../screen/index.js';
import type { Db } from '../store/db.js';
import { listParsedDocuments } from '../store/documents-repo.js';
import { loadCandidates, loadIdvChecks, loadInterviews, loadPeople, loadReferences } from '../store/hr-repo.js';

export async function runScreening(db: Db, tenantId: string, lookups: Pick<Enricher, 'emailFacts' | 'ipFacts'>): Promise<{ alerts: Alert[]; clusters: Cluster[]; candidates: number }> {
  const [candidates, references, interviews, idv, people, docs] = await Promise.all([
    loadCandidates(db, tenantId), loadReferences(db, tenantId), loadInterviews(db, tenantId), loadIdvChecks(db, tenantId),
    loadPeople(db, tenantId), listParsedDocuments(db, tenantId),
  ]);
  if (candidates.length === 0) return { alerts: [], clusters: [], candidates: 0 };
  const result = screenBatch({
    candidates, references, interviews, idv, people,
    documents: docs.map((d) => ({ candidateId: d.candidateId, doc: d.parsed as ParsedDocument })),
  }, lookups);
  return { alerts: result.alerts, clusters: [], candidates: candidates.length };
}
