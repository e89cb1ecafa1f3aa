// Runs every hiring check over one batch of records and returns alerts plus clusters for storage and the scorer.
import type { Alert } from '../../model/alert.js';
import type { Candidate, IdvCheck, Interview, Reference } from '../../model/candidate.js';
import type { Person } from '../../model/person.js';
import type { ScreenLookups } from '../alerts/lookups.js';
import { documentFindings } from '../documents/document-findings.js';
import { sharedFingerprintAlerts } from '../documents/shared-fingerprint.js';
import type { ParsedDocument } from '../documents/types.js';
import { crossCommitRings, githubFindings } from '../github/forensics.js';
import { idvFindings } from '../idv/idv-findings.js';
import { channelFindings } from '../channel/channel-findings.js';
import { interviewFindings } from '../interviews/interview-findings.js';
import { buildLinkage, type PersonaCluster } from '../linkage/graph.js';
import { linkageAlerts } from '../linkage/linkage-findings.js';
import { profileFindings } from '../profile/profile-findings.js';
import { givenNameVocabulary } from '../profile/name-variants.js';
import { callbackTasks, referenceFindings, type CallbackTask } from '../references/reference-findings.js';
import { resumeClusterAlerts } from '../similarity/cluster-findings.js';
import { clusterResumes, type ClusterOptions, type ResumeCluster } from '../similarity/resume-clusters.js';
import { sharedProseAlerts } from '../similarity/shared-prose.js';
import { watchlistAlerts, type WatchlistIndex } from '../watchlist/matcher.js';

export interface ScreenBatchInput {
  candidates: Candidate[];
  references?: Reference[];
  interviews?: Interview[];
  idv?: IdvCheck[];
  people?: Person[];
  /** Parsed resumes keyed by candidate id (several per candidate allowed). */
  documents?: { candidateId: string; doc: ParsedDocument }[];
  /** Resumes already stored from earlier batches, so reuse across time is found too. */
  priorResumes?: { docId: string; subjectId: string; text: string; meta?: ParsedDocument['meta'] | null }[];
  github?: { candidateId: string; data: unknown }[];
  watchlist?: WatchlistIndex;
}

export interface ScreenBatchResult {
  alerts: Alert[];
  resumeClusters: ResumeCluster[];
  personaClusters: PersonaCluster[];
  callbackTasks: CallbackTask[];
  /** Inputs a check could not read (e.g. a malformed GitHub export), with the reason. */
  problems: { candidateId: string; check: string; reason: string }[];
}

export function screenBatch(input: ScreenBatchInput, lookups: ScreenLookups, options: { clustering?: Partial<ClusterOptions> } = {}): ScreenBatchResult {
  const alerts: Alert[] = [];
  const problems: ScreenBatchResult['problems'] = [];
  const refs = input.references ?? [];
  const docsBy = new Map<string, ParsedDocument[]>();
  for (const d of input.documents ?? []) docsBy.set(d.candidateId, [...(docsBy.get(d.candidateId) ?? []), d.doc]);

  const givenNames = givenNameVocabulary([...input.candidates.map((c) => c.fullName), ...(input.people ?? []).map((p) => p.fullName)]);
  for (const c of input.candidates) {
    const docs = docsBy.get(c.candidateId) ?? [];
    for (const doc of docs) alerts.push(...documentFindings(doc, { candidateId: c.candidateId, candidateName: c.fullName, appliedAt: c.appliedAt }));
    alerts.push(...profileFindings({ candidate: c, resume: docs[0]?.facts ?? null, idv: input.idv ?? [], givenNames }, lookups));
    alerts.push(...interviewFindings(c, input.interviews ?? [], lookups));
    alerts.push(...idvFindings(c, input.idv ?? []));
    alerts.push(...channelFindings(c, input.idv ?? []));
    if (input.watchlist) {
      const facts = docs.flatMap((d) => [d.facts]);
      const matches = input.watchlist.screen({
        names: [c.fullName, ...docs.map((d) => d.facts.nameLine).filter((n): n is string => !!n)],
        emails: [c.email, ...facts.flatMap((f) => f.emails)].filter((e): e is string => !!e),
        phones: [c.phone, ...facts.flatMap((f) => f.phones)].filter((p): p is string => !!p),
        ips: [c.applicationIp, ...(input.interviews ?? []).filter((i) => i.candidateId === c.candidateId).map((i) => i.ipAddress)].filter((i): i is string => !!i),
        domains: facts.flatMap((f) => f.urls),
      });
      alerts.push(...watchlistAlerts(c.candidateId, matches));
    }
  }
  alerts.push(...referenceFindings(input.candidates, refs, lookups));

  const resumes = [
    ...(input.priorResumes ?? []),
    ...(input.documents ?? []).map((d) => ({ docId: d.doc.sha256, subjectId: d.candidateId, text: d.doc.text, meta: d.doc.meta, experience: d.doc.facts.sections['experience'] ?? null })),
  ];
  const nameOf = new Map(input.candidates.map((c) => [c.candidateId, c.fullName]));
  alerts.push(...sharedFingerprintAlerts((input.documents ?? []).map((d) => ({ candidateId: d.candidateId, candidateName: nameOf.get(d.candidateId) ?? d.doc.facts.nameLine, fileName: d.doc.fileName, meta: d.doc.meta }))));
  const resumeClusters = clusterResumes(resumes, options.clustering);
  alerts.push(...resumeClusterAlerts(resumeClusters));
  // Resumes from earlier batches are compared with, but only this batch's candidates get findings; pairs the reuse
  // clusters already hold are that check's finding.
  const reusedPairs = new Set(resumeClusters.flatMap((c) => c.edges.map((e) => [...e.subjects].sort().join('\u0000'))));
  alerts.push(...sharedProseAlerts(resumes.map((r) => ({ ...r, name: nameOf.get(r.subjectId) ?? null })), {}, (a, b) => reusedPairs.has([a, b].sort().join('\u0000')))
    .filter((a) => nameOf.has(a.subjectId)));

  const nameById = new Map(input.candidates.map((c) => [c.candidateId, c.fullName]));
  const github = input.github ?? [];
  for (const g of github) {
    try {
      alerts.push(...githubFindings(g.data, { candidateId: g.candidateId, applicationName: nameById.get(g.candidateId) ?? null }));
    } catch (e) {
      problems.push({ candidateId: g.candidateId, check: 'github', reason: (e as Error).message.slice(0, 300) });
    }
  }
  if (github.length > 1) {
    try { alerts.push(...crossCommitRings(github)); } catch { /* already reported per export above */ }
  }

  const personaClusters = buildLinkage({
    candidates: input.candidates, people: input.people, references: refs, interviews: input.interviews, resumeClusters,
    documents: (input.documents ?? []).map((d) => ({ candidateId: d.candidateId, meta: d.doc.meta, urls: d.doc.facts.urls })),
  }, lookups);
  alerts.push(...linkageAlerts(personaClusters));

  return { alerts, resumeClusters, personaClusters, callbackTasks: input.candidates.flatMap((c) => callbackTasks(c.candidateId, refs)), problems };
}
