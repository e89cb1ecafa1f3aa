// Sharing (R3) against the store: indicators from confirmed cases (and, optionally, people at a risk level) to a
// STIX 2.1 bundle; partner bundles into the `stix` watch list that screening matches against.
import { and, eq, inArray } from 'drizzle-orm';
import { exportStixBundle, importStixBundle, type ExportOptions, type ExportResult, type ShareIndicator } from '../share/index.js';
import type { Db } from '../store/db.js';
import { cases, personScores } from '../store/schema/index.js';
import { personFootprint } from './person-footprint.js';
import { addWatchEntries, type WatchEntry, type WatchKind } from './watch-list.js';

export const STIX_LIST = 'stix';
/** Networks where an address says something about the operator rather than a carrier's many customers. */
const RISKY_NETWORKS = new Set(['vpn', 'hosting', 'tor']);
const GENERIC_AUTHOR = /^(user|admin|administrator|owner|author|microsoft office user|windows user|unknown|resume|cv)$/i;

export interface CollectOptions {
  /** Also share people whose stored level is one of these (e.g. ['critical']), not only confirmed cases. */
  levels?: string[];
}

/** Indicators of every person in a closed-confirmed case (plus people at the given levels), deduplicated. */
export async function collectShareIndicators(db: Db, tenantId: string, opts: CollectOptions = {}): Promise<{ indicators: ShareIndicator[]; people: number }> {
  const confirmed = await db.select({ kind: cases.subjectKind, id: cases.subjectId, at: cases.updatedAt }).from(cases)
    .where(and(eq(cases.tenantId, tenantId), eq(cases.status, 'closed_confirmed'), inArray(cases.subjectKind, ['employee', 'candidate'])));
  const subjects = new Map<string, { employeeId?: string; candidateId?: string; confidence: number }>();
  for (const c of confirmed) subjects.set(`${c.kind}:${c.id}`, { ...(c.kind === 'employee' ? { employeeId: c.id } : { candidateId: c.id }), confidence: 90 });
  if (opts.levels?.length) {
    const rows = await db.select().from(personScores).where(and(eq(personScores.tenantId, tenantId), inArray(personScores.level, opts.levels)));
    for (const r of rows) {
      const key = r.employeeId ? `employee:${r.employeeId}` : `candidate:${r.candidateId}`;
      if (!subjects.has(key)) subjects.set(key, { ...(r.employeeId ? { employeeId: r.employeeId } : { candidateId: r.candidateId ?? '' }), confidence: Math.min(80, Math.round(r.score)) });
    }
  }
  const out: ShareIndicator[] = [];
  for (const s of subjects.values()) {
    const fp = await personFootprint(db, tenantId, s);
    const confidence = s.confidence;
    const first = (xs: string[]) => xs.sort()[0];
    const since = first(fp.actors.map((a) => a.first));
    const push = (kind: ShareIndicator['kind'], value: string | null | undefined) => { if (value) out.push({ kind, value, confidence, ...(since ? { firstSeen: since } : {}) }); };
    fp.emails.forEach((e) => push('email', e));
    fp.phones.forEach((p) => push('phone', p));
    fp.payroll.forEach((p) => push('wallet', p.walletAddress));
    for (const ip of fp.ips) {
      if (!RISKY_NETWORKS.has(ip.networkClass ?? '')) continue;
      push('ip', ip.ip);
      if (ip.asn) push('asn', String(ip.asn));
    }
    for (const d of fp.documents) {
      if (d.author && !GENERIC_AUTHOR.test(d.author.trim())) push('document-author', d.author);
      push('resume-sha256', d.sha256);
    }
  }
  return { indicators: out, people: subjects.size };
}

export async function exportShareBundle(db: Db, tenantId: string, options: ExportOptions, collect: CollectOptions = {}): Promise<ExportResult & { people: number }> {
  const { indicators, people } = await collectShareIndicators(db, tenantId, collect);
  return { ...exportStixBundle(indicators, options), people };
}

/** Stores a partner's bundle on the `stix` watch list; returns what was read, added and skipped. */
export async function importShareBundle(db: Db, tenantId: string, json: unknown, opts: { source?: string; now?: string } = {}) {
  const r = importStixBundle(json, { source: opts.source, now: opts.now });
  const entries: WatchEntry[] = r.items.map((i) => ({
    list: STIX_LIST, kind: i.kind as WatchKind, value: i.value, hashed: i.hashed, hmacKeyId: i.hmacKeyId, source: i.source, sourceRef: i.indicatorId,
    personId: null, confidence: i.confidence, tlp: i.tlp, validUntil: i.validUntil ? new Date(i.validUntil).toISOString() : null,
  }));
  const added = await addWatchEntries(db, tenantId, entries);
  return { read: r.items.length, added, skipped: r.skipped, errors: r.errors };
}
