// Post-termination watch (R5, M12): keeps a confirmed worker's identifiers on a watch list, and screens new
// candidates and new events against every watch list (post-termination and imported STIX indicators).
import { createHash } from 'node:crypto';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Alert } from '../model/alert.js';
import type { Db } from '../store/db.js';
import { caseHistory, candidates, events } from '../store/schema/index.js';
import { caseSubject, personFootprint, type Footprint } from './person-footprint.js';
import { addWatchEntries, loadWatchList, normaliseWatchValue, watchMatcher, type WatchEntry, type WatchKind, type WatchMatch } from './watch-list.js';

export const POST_TERMINATION_LIST = 'post-termination';
/** Shared by many unrelated users (carrier NAT, relays): watching them would flag strangers. */
const SHARED_NETWORKS = new Set(['mobile', 'relay', 'satellite']);

/** Pure: the entries a footprint gives, normalised; invalid values dropped. */
export function watchEntriesFor(fp: Footprint, personId: string, caseId: string): WatchEntry[] {
  const out: WatchEntry[] = [];
  const add = (kind: WatchKind, value: string | null | undefined) => {
    const v = value ? normaliseWatchValue(kind, value) : null;
    if (v) out.push({ list: POST_TERMINATION_LIST, kind, value: v, hashed: false, hmacKeyId: null, source: `case:${caseId}`, sourceRef: caseId, personId, confidence: 90, tlp: 'red', validUntil: null });
  };
  fp.emails.forEach((e) => add('email', e));
  fp.phones.forEach((p) => add('phone', p));
  fp.names.forEach((n) => add('name', n));
  fp.payroll.forEach((p) => add('wallet', p.walletAddress));
  fp.ips.filter((i) => !SHARED_NETWORKS.has(i.networkClass ?? '')).forEach((i) => add('ip', i.ip));
  fp.accounts.filter((a) => !a.account.includes('@')).forEach((a) => add('account', a.account));
  fp.documents.forEach((d) => { add('document-author', d.author); add('resume-sha256', d.sha256); });
  return out;
}

export async function addPostTerminationWatch(db: Db, tenantId: string, caseId: string, actor: string): Promise<{ added: number; byKind: Record<string, number> }> {
  const { case: c, subject } = await caseSubject(db, tenantId, caseId);
  const fp = await personFootprint(db, tenantId, subject);
  const entries = watchEntriesFor(fp, fp.employeeId ?? c.subjectId, caseId);
  const added = await addWatchEntries(db, tenantId, entries);
  const byKind: Record<string, number> = {};
  for (const e of entries) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
  await db.insert(caseHistory).values({ tenantId, caseId, actor, action: 'watch_added', detail: { list: POST_TERMINATION_LIST, byKind } });
  return { added, byKind };
}

const alertId = (...parts: string[]) => `watch-${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24)}`;
const STRONG: WatchKind[] = ['email', 'phone', 'wallet', 'account', 'resume-sha256'];

function describe(m: WatchMatch): string {
  const origin = m.entry.list === POST_TERMINATION_LIST ? `the post-termination watch of ${m.entry.personId} (${m.entry.sourceRef})` : `the ${m.entry.list} list from ${m.entry.source}`;
  return `${m.kind}${m.entry.hashed ? ' (keyed hash)' : ''} on ${origin}`;
}

/**
 * Alerts for candidates and events matching any watch list. A candidate matching a terminated worker is re-application
 * (H9); the worker's own identifiers active after the watch began is M12; a partner's indicator is R3. The watched
 * person's own candidate record is not a match.
 */
export async function screenAgainstWatchList(db: Db, tenantId: string, opts: { keys?: Record<string, string | Buffer>; now?: string } = {}): Promise<Alert[]> {
  const entries = await loadWatchList(db, tenantId);
  if (entries.length === 0) return [];
  const now = opts.now ?? new Date().toISOString();
  const match = watchMatcher(entries, { keys: opts.keys, now });
  const out: Alert[] = [];
  const cands = await db.select().from(candidates).where(eq(candidates.tenantId, tenantId));
  for (const c of cands) {
    const ms = match({ emails: [c.email], phones: [c.phone], ips: [c.applicationIp], names: [c.fullName] })
      .filter((m) => m.entry.personId === null || (m.entry.personId !== c.candidateId && m.entry.personId !== c.hiredEmployeeId));
    if (ms.length === 0) continue;
    const strong = ms.some((m) => STRONG.includes(m.kind));
    const post = ms.some((m) => m.entry.list === POST_TERMINATION_LIST);
    out.push({
      id: alertId('watch.candidate', c.candidateId, ...ms.map((m) => `${m.entry.list}|${m.kind}|${m.entry.value}`).sort()),
      ruleId: 'watchlist.candidate-match', subjectKind: 'candidate', subjectId: c.candidateId, time: new Date(c.appliedAt ?? now).toISOString(),
      severity: strong ? (post ? 'critical' : 'high') : 'medium', pillar: 'identity', signals: post ? ['H9', 'M12'] : ['R3', 'H9'], attack: ['T1585'],
      summary: { en: `Candidate matches a watch list: ${ms.map(describe).join('; ')}`, ja: `候補者がウォッチリストに一致: ${ms.map(describe).join('; ')}` },
      evidence: { eventIds: [], facts: { matches: ms.map((m) => ({ list: m.entry.list, kind: m.kind, source: m.entry.source, sourceRef: m.entry.sourceRef, watchedPerson: m.entry.personId, hashed: m.entry.hashed })) } },
    });
  }
  out.push(...await eventMatches(db, tenantId, entries, match));
  return out;
}

async function eventMatches(db: Db, tenantId: string, entries: Awaited<ReturnType<typeof loadWatchList>>, match: ReturnType<typeof watchMatcher>): Promise<Alert[]> {
  // Only clear exact values can be looked up in SQL; hashed and CIDR entries are matched on candidates only.
  const actors = [...new Set(entries.filter((e) => !e.hashed && (e.kind === 'email' || e.kind === 'account')).map((e) => e.value))];
  const ips = [...new Set(entries.filter((e) => !e.hashed && e.kind === 'ip' && !e.value.includes('/')).map((e) => e.value))];
  if (actors.length === 0 && ips.length === 0) return [];
  const rows = await db.select({ id: events.id, time: events.time, actor: events.actor, ip: events.ip, personId: events.personId, source: events.source })
    .from(events).where(and(eq(events.tenantId, tenantId), or(
      actors.length ? inArray(events.actor, actors) : sql`false`, ips.length ? inArray(events.ip, ips) : sql`false`)))
    .orderBy(events.time).limit(50_000);
  const since = new Map<string, number>();
  for (const e of entries) since.set(`${e.kind}|${e.value}`, Date.parse(e.createdAt));
  const grouped = new Map<string, { subject: string; kind: 'employee' | 'account'; own: boolean; ms: WatchMatch[]; ids: string[]; time: string }>();
  for (const r of rows) {
    const t = new Date(r.time).toISOString();
    const ms = match({ emails: [r.actor], accounts: [r.actor], ips: [r.ip] })
      .filter((m) => m.entry.list !== POST_TERMINATION_LIST || m.entry.personId !== r.personId || Date.parse(t) >= (since.get(`${m.entry.kind}|${m.entry.value}`) ?? 0));
    for (const m of ms) {
      const own = m.entry.personId !== null && m.entry.personId === r.personId;
      const subject = r.personId ?? r.actor ?? r.ip ?? 'unknown';
      const key = `${subject}|${m.entry.list}|${m.entry.personId}|${own}`;
      const g = grouped.get(key) ?? { subject, kind: r.personId ? 'employee' as const : 'account' as const, own, ms: [], ids: [], time: t };
      if (!g.ms.some((x) => x.kind === m.kind && x.entry.value === m.entry.value)) g.ms.push(m);
      if (!g.ids.includes(r.id) && g.ids.length < 50) g.ids.push(r.id);
      grouped.set(key, g);
    }
  }
  return [...grouped.values()].map((g) => ({
    id: alertId('watch.event', g.subject, String(g.own), ...g.ms.map((m) => `${m.entry.list}|${m.kind}|${m.entry.value}`).sort()),
    ruleId: g.own ? 'watchlist.post-termination-activity' : 'watchlist.event-match', subjectKind: g.kind, subjectId: g.subject, time: g.time,
    severity: g.own ? 'critical' : 'high', pillar: g.own ? 'behaviour' : 'identity', signals: g.own ? ['M12'] : ['R3'], attack: ['T1078'],
    summary: g.own
      ? { en: `Activity after termination from watched identifiers: ${g.ms.map(describe).join('; ')}`, ja: `退職後に監視対象の識別子から活動: ${g.ms.map(describe).join('; ')}` }
      : { en: `Events match a watch list: ${g.ms.map(describe).join('; ')}`, ja: `イベントがウォッチリストに一致: ${g.ms.map(describe).join('; ')}` },
    evidence: { eventIds: g.ids, facts: { matches: g.ms.map((m) => ({ list: m.entry.list, kind: m.kind, source: m.entry.source, watchedPerson: m.entry.personId })) } },
  }));
}
