// After an analysis: finds people newly at a notified level and new clusters (compared with the stored state before
// the analysis), drops what was already sent within the dedup window, respects each channel's hourly cap, sends one
// digest per channel, and logs every item's outcome.
import { createHash } from 'node:crypto';
import { and, count, desc, eq, gt, inArray } from 'drizzle-orm';
import { listClusters } from '../store/analysis-repo.js';
import type { Db } from '../store/db.js';
import { notificationLog } from '../store/schema/index.js';
import { listPersonScores } from '../store/scores-repo.js';
import { scrub, type NotifyConfig } from './config.js';
import { deliver, type Message } from './deliver.js';

const RANK: Record<string, number> = { low: 0, medium: 1, high: 2, critical: 3 };

export interface NotifySnapshot {
  persons: { personId: string; kind: string; employeeId: string | null; candidateId: string | null; name: string; level: string; score: number;
    pillars: Record<string, number>; reasons: { signal: string; summary: { en: string } }[] }[];
  clusters: { id: string; kind: string; members: string[]; score: number; explanation: { en: string } }[];
}

/** The stored scores and clusters now: call before and after `runAnalysis`. */
export async function takeNotifySnapshot(db: Db, tenantId: string): Promise<NotifySnapshot> {
  const [persons, clusters] = await Promise.all([listPersonScores(db, tenantId), listClusters(db, tenantId)]);
  return { persons: persons.map((p) => ({ ...p, reasons: p.reasons.map((r) => ({ signal: r.signal, summary: { en: r.summary.en } })) })), clusters };
}

export type NotifyItem =
  | { kind: 'person'; dedupKey: string; personId: string; employeeId: string | null; candidateId: string | null; name: string; level: string; previousLevel: string | null; score: number; pillars: Record<string, number>; reasons: string[] }
  | { kind: 'cluster'; dedupKey: string; clusterId: string; clusterKind: string; members: string[]; score: number; explanation: string };

/** Cluster ids may be recomputed; the kind and the member set are what make it "the same cluster". */
const clusterKey = (c: { kind: string; members: string[] }) => `cluster:${c.kind}:${createHash('sha256').update([...c.members].sort().join(',')).digest('hex').slice(0, 16)}`;

/** Pure: people who rose into a notified level, and clusters not there before. */
export function newItems(before: NotifySnapshot | null, after: NotifySnapshot, config: Pick<NotifyConfig, 'levels' | 'notifyClusters'>): NotifyItem[] {
  const prev = new Map((before?.persons ?? []).map((p) => [p.personId, p.level]));
  const out: NotifyItem[] = [];
  for (const p of after.persons) {
    if (!config.levels.includes(p.level as never)) continue;
    const was = prev.get(p.personId) ?? null;
    if (was !== null && (RANK[was] ?? 0) >= (RANK[p.level] ?? 0)) continue;
    out.push({ kind: 'person', dedupKey: `person:${p.personId}:${p.level}`, personId: p.personId, employeeId: p.employeeId, candidateId: p.candidateId, name: p.name,
      level: p.level, previousLevel: was, score: Math.round(p.score), pillars: p.pillars, reasons: p.reasons.slice(0, 3).map((r) => `${r.signal}: ${r.summary.en}`) });
  }
  if (config.notifyClusters) {
    const had = new Set((before?.clusters ?? []).map(clusterKey));
    for (const c of after.clusters) {
      const key = clusterKey(c);
      if (had.has(key)) continue;
      out.push({ kind: 'cluster', dedupKey: key, clusterId: c.id, clusterKind: c.kind, members: c.members, score: c.score, explanation: c.explanation.en });
    }
  }
  return out;
}

export function renderMessage(items: NotifyItem[], config: Pick<NotifyConfig, 'includeNames' | 'baseUrl'>, tenantId: string, at: string): Message {
  const people = items.filter((i) => i.kind === 'person');
  const clusters = items.filter((i) => i.kind === 'cluster');
  const link = (path: string) => (config.baseUrl ? ` ${config.baseUrl.replace(/\/$/, '')}${path}` : '');
  const lines = items.slice(0, 25).map((i) => i.kind === 'person'
    ? `• ${i.level.toUpperCase()} ${i.score} ${i.personId}${config.includeNames ? ` (${i.name})` : ''}${i.previousLevel ? ` (was ${i.previousLevel})` : ''} — ${i.reasons[0] ?? ''}${link(`/people/${encodeURIComponent(i.personId)}`)}`
    : `• cluster ${i.clusterKind} of ${i.members.length} — ${i.explanation}${link(`/clusters/${encodeURIComponent(i.clusterId)}`)}`);
  if (items.length > 25) lines.push(`… and ${items.length - 25} more`);
  const subject = `[Trustline] ${[people.length ? `${people.length} new high-risk ${people.length === 1 ? 'person' : 'people'}` : '', clusters.length ? `${clusters.length} new cluster${clusters.length === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ')}`;
  const payload = {
    type: 'trustline.notification', version: 1, tenant: tenantId, at,
    items: items.map((i) => (i.kind === 'person' && !config.includeNames ? { ...i, name: undefined } : i)),
  };
  return { subject, text: lines.join('\n'), payload };
}

export interface ChannelOutcome { channel: string; type: string; status: 'sent' | 'failed' | 'held' | 'nothing-new'; items: number; attempts: number; error: string | null }

/**
 * Sends what is new since `before` to every configured channel. Items held back by the hourly cap, or whose delivery
 * failed, are retried with the next call while their level still holds.
 */
export async function notifyAfterAnalysis(db: Db, tenantId: string, before: NotifySnapshot | null, after: NotifySnapshot, config: NotifyConfig, clock: () => Date = () => new Date()): Promise<ChannelOutcome[]> {
  if (!config.enabled || config.channels.length === 0) return [];
  const now = clock();
  const windowStart = new Date(now.getTime() - config.dedupWindowHours * 3600_000).toISOString();
  const fresh = newItems(before, after, config);
  // Items held or failed earlier and still true now come back.
  const current = newItems(null, after, config);
  const owed = await db.selectDistinct({ key: notificationLog.dedupKey }).from(notificationLog).where(and(eq(notificationLog.tenantId, tenantId),
    inArray(notificationLog.status, ['held', 'failed']), gt(notificationLog.at, windowStart)));
  const owedKeys = new Set(owed.map((o) => o.key));
  const due = [...new Map([...fresh, ...current.filter((i) => owedKeys.has(i.dedupKey))].map((i) => [i.dedupKey, i])).values()];
  const out: ChannelOutcome[] = [];
  for (const ch of config.channels) {
    const sent = due.length ? await db.selectDistinct({ key: notificationLog.dedupKey }).from(notificationLog).where(and(eq(notificationLog.tenantId, tenantId),
      eq(notificationLog.channel, ch.name), eq(notificationLog.status, 'sent'), gt(notificationLog.at, windowStart), inArray(notificationLog.dedupKey, due.map((i) => i.dedupKey)))) : [];
    const already = new Set(sent.map((s) => s.key));
    const items = due.filter((i) => !already.has(i.dedupKey));
    if (items.length === 0) { out.push({ channel: ch.name, type: ch.type, status: 'nothing-new', items: 0, attempts: 0, error: null }); continue; }
    const hourAgo = new Date(now.getTime() - 3600_000).toISOString();
    const [recent] = await db.select({ n: count() }).from(notificationLog).where(and(eq(notificationLog.tenantId, tenantId), eq(notificationLog.channel, ch.name),
      eq(notificationLog.status, 'sent'), gt(notificationLog.at, hourAgo), eq(notificationLog.attempts, -1)));
    const messagesThisHour = recent?.n ?? 0;
    let status: ChannelOutcome['status'];
    let attempts = 0;
    let error: string | null = null;
    if (messagesThisHour >= config.maxPerHour) {
      status = 'held';
    } else {
      const r = await deliver(ch, renderMessage(items, config, tenantId, now.toISOString()), config.retry, () => clock().getTime());
      status = r.ok ? 'sent' : 'failed';
      attempts = r.attempts;
      error = r.error === null ? null : scrub(r.error, config.secrets).slice(0, 500);
    }
    const at = now.toISOString();
    await db.insert(notificationLog).values(items.map((i) => ({ tenantId, channel: ch.name, dedupKey: i.dedupKey, status, attempts, error, at })));
    // One marker row per message sent (attempts = -1), so the hourly cap counts messages, not items.
    if (status === 'sent') await db.insert(notificationLog).values({ tenantId, channel: ch.name, dedupKey: '__message__', status, attempts: -1, error: null, at });
    out.push({ channel: ch.name, type: ch.type, status, items: items.length, attempts, error });
  }
  return out;
}

/** The last outcomes per channel, for `trustline notify status`. */
export async function recentNotifications(db: Db, tenantId: string, limit = 50) {
  return db.select().from(notificationLog).where(eq(notificationLog.tenantId, tenantId)).orderBy(desc(notificationLog.seq)).limit(limit);
}
