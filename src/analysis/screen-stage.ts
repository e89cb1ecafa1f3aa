// Screens every stored candidate (documents, profile, references, interviews, ID checks, linkage) and keeps the findings.
import type { Enricher } from '../enrich/index.js';
import type { Alert } from '../model/alert.js';
import type { Cluster } from '../model/cluster.js';
import { screenBatch, type ParsedDocument } from '../screen/index.js';
import type { Db } from '../store/db.js';
import { listParsedDocuments } from '../store/documents-repo.js';
import { GITHUB_EXPORT_KEY } from '../pipeline/attach-github.js';
import { loadCandidates, loadIdvChecks, loadInterviews, loadPeople, loadReferences } from '../store/hr-repo.js';

export async function runScreening(db: Db, tenantId: string, lookups: Pick<Enricher, 'emailFacts' | 'ipFacts'>): Promise<{ alerts: Alert[]; clusters: Cluster[]; candidates: number }> {
  const [candidates, references, interviews, idv, people, docs] = await Promise.all([
    loadCandidates(db, tenantId), loadReferences(db, tenantId), loadInterviews(db, tenantId), loadIdvChecks(db, tenantId),
    loadPeople(db, tenantId), listParsedDocuments(db, tenantId),
  ]);
  if (candidates.length === 0) return { alerts: [], clusters: [], candidates: 0 };
  // GitHub profile exports are stored with the resumes; each goes to its own check.
  const isGithub = (p: unknown): p is Record<typeof GITHUB_EXPORT_KEY, unknown> => typeof p === 'object' && p !== null && GITHUB_EXPORT_KEY in p;
  const result = screenBatch({
    candidates, references, interviews, idv, people,
    documents: docs.filter((d) => !isGithub(d.parsed)).map((d) => ({ candidateId: d.candidateId, doc: d.parsed as ParsedDocument })),
    github: docs.filter((d) => isGithub(d.parsed)).map((d) => ({ candidateId: d.candidateId, data: (d.parsed as Record<string, unknown>)[GITHUB_EXPORT_KEY] })),
  }, lookups);
  return { alerts: result.alerts, clusters: [], candidates: candidates.length };
}
