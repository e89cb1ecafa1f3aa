// Turns alerts and clusters into evidence per resolved person: attribution (direct, account, hired candidate,
// cluster), benign-close suppression and cluster membership carried into every member.
import type { Alert } from '../model/alert.js';
import type { Cluster } from '../model/cluster.js';
import { DEFAULT_MODEL, type Pillar, type ScoringModel, type Severity } from './config.js';
import type { Resolution } from './identity/types.js';
import type { Suppression } from './types.js';

export interface Evidence {
  alert: Alert;
  personId: string;
  /** How the alert reached this person. */
  via: string;
  /** Confidence of the identity link it travelled over (1 when direct). */
  confidence: number;
  /** Cluster membership: a standing fact about the person (recomputed each run), so it does not decay. */
  structural: boolean;
}

const CLUSTER_PILLAR: Record<Cluster['kind'], Pillar> = { laptop_farm: 'location', shared_payment: 'identity', shared_infrastructure: 'device' };
const CLUSTER_SIGNALS: Record<Cluster['kind'], string[]> = { laptop_farm: ['O1', 'B3'], shared_payment: ['B4', 'O2'], shared_infrastructure: ['B3', 'O5'] };

const clusterIdOf = (a: Alert): string | null => {
  const id = a.evidence.facts['clusterId'];
  return typeof id === 'string' ? id : null;
};
/** Alerts that state membership of a cluster (onboarding clusters, persona linkage). */
const isStructural = (a: Alert) => clusterIdOf(a) !== null && /cluster|linkage/.test(a.ruleId);
const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The link confidence for a candidate merged into an employee, or an actor linked to a person. */
const personMaps = new WeakMap<Resolution, Map<string, Resolution['persons'][number]>>();
function linkConfidence(res: Resolution, personId: string, kind: 'candidate' | 'actor' | 'account', value: string): number {
  let map = personMaps.get(res);
  if (!map) { map = new Map(res.persons.map((x) => [x.personId, x])); personMaps.set(res, map); }
  const p = map.get(personId);
  const l = p?.links.find((x) => x.kind === kind && x.value === value.toLowerCase()) ?? p?.links.find((x) => x.kind === kind && x.value === value);
  return l?.confidence ?? 1;
}

/** A synthetic alert standing for "member of this cluster", used when no stage raised one for the member. */
export function clusterMembershipAlert(c: Cluster, member: string, now: string, model: ScoringModel = DEFAULT_MODEL): Alert {
  const times = c.edges.map((e) => e.to ?? e.from).filter((t): t is string => !!t).sort();
  const at = times.length ? new Date(times[times.length - 1]!.length === 10 ? `${times[times.length - 1]}T00:00:00Z` : times[times.length - 1]!).toISOString() : now;
  return {
    id: `cluster-member:${c.id}:${member}`,
    ruleId: 'score.cluster-membership',
    subjectKind: 'employee',
    subjectId: member,
    time: at,
    severity: model.clusterSeverity(c.kind, c.members.length, c.score),
    pillar: CLUSTER_PILLAR[c.kind],
    signals: CLUSTER_SIGNALS[c.kind],
    attack: ['T1078'],
    summary: {
      en: `Member of ${c.kind.replace(/_/g, ' ')} cluster ${c.id} (${c.members.length} people). ${c.explanation.en}`,
      ja: `クラスタ ${c.id}（${c.kind}、${c.members.length} 人）の一員です。${c.explanation.ja}`,
    },
    evidence: { eventIds: [], facts: { clusterId: c.id, kind: c.kind, members: c.members, clusterScore: c.score } },
  };
}

export interface Attribution {
  byPerson: Map<string, Evidence[]>;
  clustersByPerson: Map<string, Set<string>>;
  /** Alerts no person could be found for (unknown subject or unresolved account). */
  unattributed: Alert[];
  suppressed: number;
}

export function attributeEvidence(
  alerts: Alert[], clusters: Cluster[], res: Resolution, suppressions: Suppression[], nowIso: string, model: ScoringModel = DEFAULT_MODEL,
): Attribution {
  const byPerson = new Map<string, Evidence[]>();
  const clustersByPerson = new Map<string, Set<string>>();
  const unattributed: Alert[] = [];
  const known = new Set(res.persons.map((p) => p.personId));
  const toPerson = (id: string) => res.subjectIndex.get(id) ?? (known.has(id) ? id : undefined);
  const supp = suppressions.map((s) => ({ ...s, personId: toPerson(s.personId) ?? s.personId }));
  const suppByPerson = new Map<string, typeof supp>();
  for (const s of supp) suppByPerson.set(s.personId, [...(suppByPerson.get(s.personId) ?? []), s]);
  const isSuppressed = (personId: string, a: Alert) => (suppByPerson.get(personId) ?? []).some((s) => s.alertId === a.id || s.ruleId === a.ruleId);
  let suppressed = 0;
  const add = (e: Evidence) => {
    if (isSuppressed(e.personId, e.alert)) { suppressed++; return; }
    const list = byPerson.get(e.personId) ?? [];
    // Two routes to the same alert (e.g. direct and via an account) count once, by the surer route.
    const dup = list.findIndex((x) => x.alert.id === e.alert.id);
    if (dup >= 0) { if (list[dup]!.confidence < e.confidence) list[dup] = e; return; }
    list.push(e);
    byPerson.set(e.personId, list);
  };
  const joinCluster = (personId: string, clusterId: string) => clustersByPerson.set(personId, (clustersByPerson.get(personId) ?? new Set()).add(clusterId));

  const sorted = [...alerts].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const clusterAlerts: Alert[] = [];
  for (const a of sorted) {
    if (a.subjectKind === 'cluster') { clusterAlerts.push(a); continue; }
    if (a.subjectKind === 'account') {
      const pid = res.actorIndex.get(a.subjectId.toLowerCase());
      if (!pid) { unattributed.push(a); continue; }
      const [system, ...rest] = a.subjectId.toLowerCase().split(':');
      const value = rest.length ? rest.join(':') : system!;
      add({ alert: a, personId: pid, via: `account ${a.subjectId}`, structural: isStructural(a), confidence: Math.min(linkConfidence(res, pid, 'actor', value), linkConfidence(res, pid, 'account', value)) });
    } else {
      const pid = res.subjectIndex.get(a.subjectId);
      if (!pid) { unattributed.push(a); continue; }
      const viaCandidate = a.subjectKind === 'candidate' && !pid.startsWith('candidate:');
      add({ alert: a, personId: pid, via: viaCandidate ? `candidate record ${a.subjectId}` : 'direct', structural: isStructural(a), confidence: viaCandidate ? linkConfidence(res, pid, 'candidate', a.subjectId) : 1 });
    }
    const cid = clusterIdOf(a);
    if (cid) { const pid = res.subjectIndex.get(a.subjectId); if (pid) joinCluster(pid, cid); }
  }

  const referencesCluster = (personId: string, clusterId: string) => (byPerson.get(personId) ?? []).some((e) => clusterIdOf(e.alert) === clusterId);
  const clusterById = new Map(clusters.map((c) => [c.id, c]));
  // Alerts about a cluster reach every member who has no member-level alert for that cluster already.
  for (const a of clusterAlerts) {
    const c = clusterById.get(a.subjectId);
    const memberIds = c?.members ?? [...stringList(a.evidence.facts['members']), ...stringList(a.evidence.facts['candidates'])];
    for (const m of [...new Set(memberIds)].sort()) {
      const pid = res.subjectIndex.get(m);
      if (!pid) continue;
      joinCluster(pid, a.subjectId);
      if (referencesCluster(pid, a.subjectId)) continue;
      add({ alert: a, personId: pid, via: `cluster ${a.subjectId}`, confidence: 1, structural: true });
    }
    if (!memberIds.length) unattributed.push(a);
  }
  // Clusters no stage raised an alert about still carry into each member.
  for (const c of [...clusters].sort((x, y) => (x.id < y.id ? -1 : 1))) {
    for (const m of c.members) {
      const pid = res.subjectIndex.get(m);
      if (!pid) continue;
      joinCluster(pid, c.id);
      if (referencesCluster(pid, c.id) || (byPerson.get(pid) ?? []).some((e) => e.alert.subjectKind === 'cluster' && e.alert.subjectId === c.id)) continue;
      add({ alert: clusterMembershipAlert(c, m, nowIso, model), personId: pid, via: `cluster ${c.id}`, confidence: 1, structural: true });
    }
  }
  return { byPerson, clustersByPerson, unattributed, suppressed };
}

export type { Severity };
