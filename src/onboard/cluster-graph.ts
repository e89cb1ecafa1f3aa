// Turns pair-wise links into clusters: pairs whose summed evidence passes a threshold connect; weak links never do alone.
import type { Cluster, ClusterEdge } from '../model/index.js';
import type { OnboardConfig } from './config.js';
import { explainCluster, locateCluster } from './cluster-explain.js';
import { stableHash } from './make-alert.js';

const PAYMENT = new Set<ClusterEdge['kind']>(['bank', 'wallet']);
const INFRA = new Set<ClusterEdge['kind']>(['ip', 'device', 'authenticator', 'hostname']);

/** Strongest edge per kind, summed: three address edges between the same pair are one fact, not three. */
export function pairScore(edges: readonly ClusterEdge[]): number {
  const best = new Map<ClusterEdge['kind'], number>();
  for (const e of edges) best.set(e.kind, Math.max(best.get(e.kind) ?? 0, e.strength));
  let sum = 0;
  for (const v of best.values()) sum += v;
  return Math.round(sum * 1000) / 1000;
}

function clusterKind(edges: readonly ClusterEdge[]): Cluster['kind'] {
  const kinds = new Set(edges.map((e) => e.kind));
  if (kinds.has('address')) return 'laptop_farm';
  const pay = [...kinds].some((k) => PAYMENT.has(k));
  const infra = [...kinds].some((k) => INFRA.has(k));
  if (pay && infra) return 'laptop_farm';
  return pay ? 'shared_payment' : 'shared_infrastructure';
}

export function buildClusters(edges: readonly ClusterEdge[], config: Pick<OnboardConfig, 'pairThreshold'>): Cluster[] {
  const byPair = new Map<string, ClusterEdge[]>();
  for (const e of edges) {
    const k = `${e.a}\u0000${e.b}`;
    byPair.set(k, [...(byPair.get(k) ?? []), e]);
  }
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  const strong: [string, string, number][] = [];
  for (const [k, list] of byPair) {
    const score = pairScore(list);
    if (score < config.pairThreshold) continue;
    const [a, b] = k.split('\u0000') as [string, string];
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
    strong.push([a, b, score]);
  }
  const groups = new Map<string, Set<string>>();
  for (const x of parent.keys()) {
    const r = find(x);
    groups.set(r, (groups.get(r) ?? new Set()).add(x));
  }
  const clusters: Cluster[] = [];
  for (const set of groups.values()) {
    const members = [...set].sort();
    // Weak edges between members stay as evidence: they explain, they just could not connect on their own.
    const own = edges.filter((e) => set.has(e.a) && set.has(e.b))
      .sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b) || x.kind.localeCompare(y.kind));
    const score = strong.filter(([a]) => set.has(a)).reduce((n, [, , s]) => n + s, 0);
    const kind = clusterKind(own);
    const location = locateCluster(own);
    clusters.push({
      id: `cl_${stableHash(members, 20)}`, kind, members, edges: own, score: Math.round(score * 1000) / 1000,
      ...(location ? { location } : {}),
      explanation: explainCluster(members, own),
    });
  }
  return clusters.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
}
