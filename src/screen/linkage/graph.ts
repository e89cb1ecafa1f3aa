// Candidate linkage graph: records sharing phones, mailboxes, IPs, referees, resumes, authors or portfolio URLs
// form "one actor, many personas" clusters, each edge carrying its evidence and weight.
import type { Candidate, Interview, Reference } from '../../model/candidate.js';
import type { Person } from '../../model/person.js';
import type { ScreenLookups } from '../alerts/lookups.js';
import type { DocumentMeta } from '../documents/types.js';
import type { ResumeCluster } from '../similarity/resume-clusters.js';
import { createUnionFind } from '../similarity/union-find.js';
import { compareNames } from '../watchlist/name-match.js';
import { emailBase, emailPattern, ipKey, normUrl, phoneKey, type LinkKind } from './identifiers.js';

export interface LinkageInput {
  candidates: Candidate[];
  people?: Person[];
  references?: Reference[];
  interviews?: Interview[];
  /** Resume metadata and URLs per candidate. */
  documents?: { candidateId: string; meta: DocumentMeta; urls: string[] }[];
  resumeClusters?: ResumeCluster[];
  /** Further identifiers (e.g. payout bank accounts later): node = "candidate:ID" or "employee:ID". */
  extra?: { node: string; kind: LinkKind; value: string }[];
}

export interface LinkEdge { a: string; b: string; kind: LinkKind; value: string; weight: number }

export interface PersonaCluster {
  id: string;
  /** "candidate:ID" / "employee:ID". */
  members: string[];
  candidates: string[];
  employees: string[];
  edges: LinkEdge[];
  /** 1 − Π(1 − weight) over the strongest edge of each kind between members. */
  score: number;
  /** Requisitions the same actor applied to more than once. */
  repeatedRequisitions: { requisitionId: string; candidates: string[] }[];
}

export interface LinkageOptions {
  /** Edges at or above this weight join clusters; weaker ones are only evidence inside a cluster. */
  joinWeight: number;
  /** A value shared by more records than this is infrastructure (an agency phone, an office NAT), not identity. */
  maxShare: number;
}

const BASE_WEIGHT: Record<LinkKind, number> = {
  phone: 0.9, email: 1, 'email-base': 0.5, 'email-pattern': 0.3, ip: 0.6, referee: 0.7, resume: 0.8, 'document-author': 0.6, 'portfolio-url': 0.9, 'bank-account': 0.95, 'name-requisition': 0.6,
};
const GENERIC_AUTHOR = /^(user|admin|administrator|owner|author|microsoft office user|windows user|unknown|resume|cv|default|pc)$/i;

export function buildLinkage(input: LinkageInput, lookups: ScreenLookups, options: Partial<LinkageOptions> = {}): PersonaCluster[] {
  const opt = { joinWeight: 0.5, maxShare: 25, ...options };
  const index = new Map<string, Map<string, number>>(); // kind|value → node → weight
  const add = (node: string, kind: LinkKind, value: string | null | undefined, weight = BASE_WEIGHT[kind]) => {
    if (!value) return;
    const k = `${kind}|${value}`;
    const m = index.get(k) ?? new Map<string, number>();
    m.set(node, Math.max(m.get(node) ?? 0, weight));
    index.set(k, m);
  };
  const ipWeight = (ip: string) => {
    const cls = lookups.ipFacts?.(ip)?.networkClass;
    // A VPN or cloud exit is shared by strangers; a home line is not.
    return cls && ['vpn', 'hosting', 'tor', 'relay', 'corporate', 'mobile'].includes(cls) ? 0.3 : cls === 'residential' ? 0.7 : BASE_WEIGHT.ip;
  };
  const country = new Map<string, string | null>();
  for (const c of input.candidates) {
    const node = `candidate:${c.candidateId}`;
    country.set(c.candidateId, c.claimedCountry);
    add(node, 'phone', phoneKey(c.phone, c.claimedCountry));
    const ef = c.email ? lookups.emailFacts(c.email) : null;
    if (ef) {
      add(node, 'email', ef.canonical);
      add(node, 'email-base', emailBase(ef));
      add(node, 'email-pattern', emailPattern(ef, c.fullName));
    }
    const ip = ipKey(c.applicationIp);
    if (ip) add(node, 'ip', ip, ipWeight(ip));
    add(node, 'portfolio-url', normUrl(c.githubUrl));
    add(node, 'portfolio-url', normUrl(c.linkedinUrl));
  }
  for (const p of input.people ?? []) {
    const node = `employee:${p.employeeId}`;
    add(node, 'phone', phoneKey(p.phone, p.residenceCountry));
    const ef = lookups.emailFacts(p.email);
    if (ef) add(node, 'email', ef.canonical);
  }
  for (const i of input.interviews ?? []) {
    const ip = ipKey(i.ipAddress);
    if (ip) add(`candidate:${i.candidateId}`, 'ip', ip, ipWeight(ip));
  }
  for (const r of input.references ?? []) {
    const node = `candidate:${r.candidateId}`;
    const ef = r.refereeEmail ? lookups.emailFacts(r.refereeEmail) : null;
    add(node, 'referee', ef?.canonical ?? r.refereeEmail);
    add(node, 'referee', phoneKey(r.refereePhone, country.get(r.candidateId)));
  }
  for (const d of input.documents ?? []) {
    const node = `candidate:${d.candidateId}`;
    for (const a of [d.meta.author, d.meta.lastModifiedBy]) if (a && !GENERIC_AUTHOR.test(a.trim())) add(node, 'document-author', a.trim().toLowerCase());
    for (const u of d.urls) add(node, 'portfolio-url', normUrl(u));
  }
  for (const e of input.extra ?? []) add(e.node, e.kind, e.value);

  const edges: LinkEdge[] = [];
  for (const [k, nodes] of index) {
    if (nodes.size < 2 || nodes.size > opt.maxShare) continue;
    const [kind, ...rest] = k.split('|');
    const value = rest.join('|');
    const list = [...nodes.entries()];
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, wa] = list[x] as [string, number];
        const [b, wb] = list[y] as [string, number];
        edges.push({ a, b, kind: kind as LinkKind, value, weight: Math.min(wa, wb) });
      }
    }
  }
  for (const c of input.resumeClusters ?? []) {
    for (const e of c.edges) edges.push({ a: `candidate:${e.subjects[0]}`, b: `candidate:${e.subjects[1]}`, kind: 'resume', value: `${e.a}~${e.b} (${e.kinds.join('+')})`, weight: Math.min(0.95, Math.max(BASE_WEIGHT.resume, e.score)) });
  }
  // The same name applying twice to one requisition is one person re-applying under fresh contact details.
  const byReq = new Map<string, Candidate[]>();
  for (const c of input.candidates) if (c.requisitionId) byReq.set(c.requisitionId, [...(byReq.get(c.requisitionId) ?? []), c]);
  for (const [req, cs] of byReq) {
    for (let x = 0; x < cs.length; x++) for (let y = x + 1; y < cs.length; y++) {
      const a = cs[x] as Candidate;
      const b = cs[y] as Candidate;
      const m = compareNames(a.fullName, b.fullName);
      if (m && m.score >= 0.9) edges.push({ a: `candidate:${a.candidateId}`, b: `candidate:${b.candidateId}`, kind: 'name-requisition', value: `${req}: ${m.strength} name match`, weight: BASE_WEIGHT['name-requisition'] });
    }
  }

  const nodes = [...new Set(edges.flatMap((e) => [e.a, e.b]))].sort();
  const pos = new Map(nodes.map((n, i) => [n, i]));
  const uf = createUnionFind(nodes.length);
  for (const e of edges) if (e.weight >= opt.joinWeight) uf.union(pos.get(e.a) ?? 0, pos.get(e.b) ?? 0);
  const candById = new Map(input.candidates.map((c) => [c.candidateId, c]));
  const clusters: PersonaCluster[] = [];
  for (const g of uf.groups()) {
    if (g.length < 2) continue;
    const members = g.map((i) => nodes[i] ?? '').sort();
    const set = new Set(members);
    const cEdges = edges.filter((e) => set.has(e.a) && set.has(e.b));
    const bestByKind = new Map<LinkKind, number>();
    for (const e of cEdges) bestByKind.set(e.kind, Math.max(bestByKind.get(e.kind) ?? 0, e.weight));
    const score = 1 - [...bestByKind.values()].reduce((p, w) => p * (1 - w), 1);
    const candidates = members.filter((m) => m.startsWith('candidate:')).map((m) => m.slice(10));
    const reqs = new Map<string, string[]>();
    for (const id of candidates) { const r = candById.get(id)?.requisitionId; if (r) reqs.set(r, [...(reqs.get(r) ?? []), id]); }
    clusters.push({
      id: `persona-cluster:${members[0]}`,
      members, candidates, employees: members.filter((m) => m.startsWith('employee:')).map((m) => m.slice(9)),
      edges: cEdges, score: Math.round(score * 1000) / 1000,
      repeatedRequisitions: [...reqs.entries()].filter(([, ids]) => ids.length > 1).map(([requisitionId, ids]) => ({ requisitionId, candidates: ids.sort() })),
    });
  }
  return clusters.sort((a, b) => b.score - a.score || b.members.length - a.members.length);
}
