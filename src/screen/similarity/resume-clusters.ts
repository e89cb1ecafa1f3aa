// Groups resumes that are one document reused across candidates: near-duplicate text, same template with
// overlapping text, or the same authoring fingerprint. A shared template alone never links two candidates.
import type { DocumentMeta } from '../documents/types.js';
import { layoutFingerprint, layoutSimilarity, type LayoutFingerprint } from './layout.js';
import { findNearDuplicates } from './near-duplicates.js';
import { jaccard } from './shingles.js';
import { sharedPassages, type SharedPassage } from './shared-passages.js';
import { createUnionFind } from './union-find.js';

export interface ResumeInput { docId: string; subjectId: string; text: string; meta?: DocumentMeta | null }
export type EdgeKind = 'text' | 'template' | 'metadata';

export interface ResumeEdge {
  a: string;
  b: string;
  subjects: [string, string];
  kinds: EdgeKind[];
  textJaccard: number;
  layoutSimilarity: number;
  sharedMetadata: string[];
  passages: SharedPassage[];
  score: number;
}

export interface ResumeCluster {
  id: string;
  members: { docId: string; subjectId: string }[];
  subjects: string[];
  edges: ResumeEdge[];
  score: number;
}

export interface ClusterOptions {
  /** Exact shingle Jaccard that alone makes two resumes one document. */
  textThreshold: number;
  /** Lower Jaccard accepted when the layout fingerprints also match. */
  templateTextThreshold: number;
  /** Layout similarity that counts as "same template". */
  layoutThreshold: number;
  shingle: number;
  bands: number;
  rows: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { textThreshold: 0.5, templateTextThreshold: 0.25, layoutThreshold: 0.85, shingle: 4, bands: 25, rows: 4 };

/** Authors that tools write by default: equal values say nothing about who wrote the file. */
const GENERIC_AUTHOR = /^(user|admin|administrator|owner|author|microsoft office user|windows user|unknown|resume|cv|default|pc|)$/i;

function metadataKeys(m: DocumentMeta | null | undefined): string[] {
  if (!m) return [];
  const keys: string[] = [];
  const author = m.author && !GENERIC_AUTHOR.test(m.author.trim()) ? m.author.trim().toLowerCase() : null;
  if (author && m.created) keys.push(`author+created:${author}|${m.created}`);
  if (m.documentId) keys.push(`documentId:${m.documentId}`);
  if (m.created && (m.creatorTool || m.producer)) keys.push(`tool+created:${m.creatorTool ?? ''}|${m.producer ?? ''}|${m.created}`);
  if (m.lastModifiedBy && !GENERIC_AUTHOR.test(m.lastModifiedBy.trim()) && author && m.lastModifiedBy.trim().toLowerCase() !== author) {
    keys.push(`author+editor:${author}|${m.lastModifiedBy.trim().toLowerCase()}`);
  }
  return keys;
}

function pairsWithin<K>(groups: Map<K, number[]>, cap: number): Array<[number, number, K]> {
  const out: Array<[number, number, K]> = [];
  for (const [k, list] of groups) {
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < (list.length > cap ? Math.min(list.length, x + 2) : list.length); y++) out.push([list[x] ?? 0, list[y] ?? 0, k]);
    }
  }
  return out;
}

export function clusterResumes(inputs: ResumeInput[], options: Partial<ClusterOptions> = {}): ResumeCluster[] {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const differentSubject = (a: number, b: number) => inputs[a]?.subjectId !== inputs[b]?.subjectId;
  const nd = findNearDuplicates(inputs.map((d) => d.text), { shingle: o.shingle, bands: o.bands, rows: o.rows, threshold: o.templateTextThreshold, keepPair: differentSubject });
  const layouts: LayoutFingerprint[] = inputs.map((d) => layoutFingerprint(d.text));
  const edges = new Map<string, { a: number; b: number; kinds: Set<EdgeKind>; meta: string[] }>();
  const edge = (a: number, b: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const k = `${x}|${y}`;
    let e = edges.get(k);
    if (!e) { e = { a: x, b: y, kinds: new Set(), meta: [] }; edges.set(k, e); }
    return e;
  };
  for (const p of nd.pairs) {
    const lay = layoutSimilarity(layouts[p.a] as LayoutFingerprint, layouts[p.b] as LayoutFingerprint);
    if (p.jaccard >= o.textThreshold) edge(p.a, p.b).kinds.add('text');
    else if (lay >= o.layoutThreshold) edge(p.a, p.b).kinds.add('template');
  }
  // Same template + moderate overlap that LSH may not propose: compare within template groups directly.
  const byLayout = new Map<string, number[]>();
  layouts.forEach((l, i) => { if (l.headings.length >= 3) byLayout.set(l.hash, [...(byLayout.get(l.hash) ?? []), i]); });
  for (const [a, b] of pairsWithin(byLayout, 300)) {
    if (!differentSubject(a, b)) continue;
    const j = jaccard(nd.shingles[a] as Uint32Array, nd.shingles[b] as Uint32Array);
    if (j >= o.templateTextThreshold) edge(a, b).kinds.add(j >= o.textThreshold ? 'text' : 'template');
  }
  const byMeta = new Map<string, number[]>();
  inputs.forEach((d, i) => { for (const k of metadataKeys(d.meta)) byMeta.set(k, [...(byMeta.get(k) ?? []), i]); });
  for (const [a, b, k] of pairsWithin(byMeta, 300)) {
    if (!differentSubject(a, b)) continue;
    const e = edge(a, b);
    e.kinds.add('metadata');
    e.meta.push(k);
  }
  const uf = createUnionFind(inputs.length);
  const built: ResumeEdge[] = [];
  for (const e of edges.values()) {
    const A = inputs[e.a] as ResumeInput;
    const B = inputs[e.b] as ResumeInput;
    const tj = jaccard(nd.shingles[e.a] as Uint32Array, nd.shingles[e.b] as Uint32Array);
    const lay = layoutSimilarity(layouts[e.a] as LayoutFingerprint, layouts[e.b] as LayoutFingerprint);
    const score = Math.max(tj >= o.textThreshold ? tj : 0, e.kinds.has('template') ? Math.min(0.95, 0.5 + tj) : 0, e.kinds.has('metadata') ? 0.9 : 0);
    uf.union(e.a, e.b);
    built.push({
      a: A.docId, b: B.docId, subjects: [A.subjectId, B.subjectId], kinds: [...e.kinds].sort(), textJaccard: Math.round(tj * 1000) / 1000,
      layoutSimilarity: lay, sharedMetadata: e.meta, passages: sharedPassages(A.text, B.text), score: Math.round(score * 1000) / 1000,
    });
  }
  const clusters: ResumeCluster[] = [];
  for (const g of uf.groups()) {
    if (g.length < 2) continue;
    const docIds = new Set(g.map((i) => inputs[i]?.docId ?? ''));
    const cEdges = built.filter((e) => docIds.has(e.a));
    const members = g.map((i) => ({ docId: inputs[i]?.docId ?? '', subjectId: inputs[i]?.subjectId ?? '' }));
    clusters.push({
      id: `resume-cluster:${[...docIds].sort()[0]}`,
      members,
      subjects: [...new Set(members.map((m) => m.subjectId))].sort(),
      edges: cEdges,
      score: Math.max(...cEdges.map((e) => e.score)),
    });
  }
  return clusters.sort((a, b) => b.score - a.score);
}
