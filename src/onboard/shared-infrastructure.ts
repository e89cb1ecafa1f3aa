// Shared infrastructure from the logs: one residential IP, device, hostname or authenticator used by several people.
import type { Alert, ClusterEdge } from '../model/index.js';
import type { OnboardConfig } from './config.js';
import { makeEdge, pairs, type EdgeKind } from './edge.js';
import { makeAlert } from './make-alert.js';
import type { OnboardEvent } from './types.js';
import { buildUsage, iso, overlaps, sharedDays, type UsageIndex } from './usage-index.js';

// Names every vendor or OS hands out by default: equal across strangers, so never evidence.
const GENERIC_HOSTS = new Set(['localhost', 'unknown', 'iphone', 'ipad', 'android', 'macbook', 'macbook-pro', 'macbook-air', 'imac', 'mac', 'pc', 'laptop', 'desktop', 'windows', 'ubuntu', 'chromebook']);

function hostKey(e: OnboardEvent): string | null {
  const h = e.deviceName?.trim().toLowerCase().split('.')[0];
  return h && !GENERIC_HOSTS.has(h) ? h : null;
}

function attrKey(e: OnboardEvent, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = e.attrs[k];
    if (typeof v === 'string' && v.trim() !== '') return v.trim().toLowerCase();
  }
  return null;
}

/** Residential only: corporate egress, VPN, relay, hosting, mobile CGNAT and unknown IPs are shared by strangers. */
function residentialIp(e: OnboardEvent): string | null {
  return e.enrichment?.ip?.networkClass === 'residential' && e.ip ? e.ip : null;
}

export interface InfraResult { edges: ClusterEdge[]; alerts: Alert[] }

export function findSharedInfrastructure(
  events: readonly OnboardEvent[], related: (a: string, b: string) => boolean, config: OnboardConfig,
): InfraResult {
  const I = config.infra;
  const S = config.strengths;
  const ipFacts = new Map<string, { asOrg: string | null; city: string | null; country: string | null; lat: number | null; lon: number | null }>();
  for (const e of events) {
    const ip = residentialIp(e);
    const f = e.enrichment?.ip;
    if (ip && f && !ipFacts.has(ip)) ipFacts.set(ip, { asOrg: f.asOrg, city: f.city, country: f.country, lat: f.lat, lon: f.lon });
  }
  const edges: ClusterEdge[] = [];
  const alerts: Alert[] = [];

  const ipUse = buildUsage(events, residentialIp);
  const concurrent = concurrentGroups(events, I.concurrentMinutes);
  for (const [ip, byPerson] of ipUse) {
    if (byPerson.size < 2) continue;
    const f = ipFacts.get(ip);
    const where = [f?.asOrg, [f?.city, f?.country].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    const together = concurrent.get(ip);
    const ipEdges: ClusterEdge[] = [];
    for (const [a, b] of pairs([...byPerson.keys()])) {
      if (related(a, b)) continue; // a declared household shares its home connection
      const ua = byPerson.get(a)!;
      const ub = byPerson.get(b)!;
      if (!overlaps(ua, ub, I.overlapSlackDays)) continue;
      const atOnce = together?.get(`${a}\u0000${b}`) ?? 0;
      const days = sharedDays(ua, ub);
      const weekday = Math.round((100 * (ua.weekdayEvents + ub.weekdayEvents)) / Math.max(1, ua.events + ub.events));
      ipEdges.push(makeEdge(a, b, 'ip', atOnce > 0 ? S.residentialIpConcurrent : S.residentialIp, iso(Math.max(ua.first, ub.first)), iso(Math.min(ua.last, ub.last)),
        `${a} and ${b} sign in from the same residential IP ${ip}${where ? ` (${where})` : ''} on ${days} shared day(s), ${weekday}% on weekdays${atOnce ? `, ${atOnce} time(s) at once from different devices` : ''}`,
        { ip, asOrg: f?.asOrg ?? null, city: f?.city ?? null, country: f?.country ?? null, lat: f?.lat ?? null, lon: f?.lon ?? null, sharedDays: days, weekdayPct: weekday, concurrentBuckets: atOnce, eventIds: [...ua.eventIds.slice(0, 5), ...ub.eventIds.slice(0, 5)] }));
    }
    edges.push(...ipEdges);
    // Count only people linked to someone unrelated: a declared family of three is not "many accounts on one IP".
    const people = [...new Set(ipEdges.flatMap((x) => [x.a, x.b]))].sort();
    if (people.length >= 3) {
      const maxAtOnce = together ? Math.max(0, ...together.values()) : 0;
      for (const who of people) {
        alerts.push(makeAlert({
          ruleId: 'onboard.many_people_one_ip', dedupKey: ip, subjectId: who, time: iso(Math.max(...[...byPerson.values()].map((u) => u.last))),
          severity: 'medium', pillar: 'location', signals: ['B3', 'O1'], attack: ['T1078'],
          en: `${people.length} people sign in from one residential IP ${ip}${where ? ` (${where})` : ''}${maxAtOnce ? ', some at the same time from different company devices' : ''}.`,
          ja: `${people.length} 人が同じ家庭用回線の IP ${ip} からサインインしています${maxAtOnce ? '(一部は別々の会社端末から同時刻に)' : ''}。`,
          eventIds: byPerson.get(who)!.eventIds.slice(0, 10), facts: { ip, people, asOrg: f?.asOrg ?? null },
        }));
      }
    }
  }

  const deviceLike: [EdgeKind, number, (e: OnboardEvent) => string | null, string][] = [
    ['device', S.device, (e) => e.deviceId?.trim().toLowerCase() || attrKey(e, I.fingerprintAttrs), 'device'],
    ['hostname', S.hostname, hostKey, 'endpoint hostname'],
    ['authenticator', S.authenticator, (e) => attrKey(e, I.authenticatorAttrs), 'MFA authenticator'],
  ];
  for (const [kind, strength, valueOf, noun] of deviceLike) {
    edges.push(...sameThingEdges(buildUsage(events, valueOf), kind, strength, noun));
  }
  return { edges, alerts };
}

// A day of slack so two sign-ins an hour apart overlap; reassigned laptops sit idle far longer than that.
const DEVICE_SLACK_DAYS = 1;

/**
 * Same device/hostname/authenticator in overlapping periods. Sequential use (a laptop re-imaged and
 * reassigned after someone left) does not overlap and is not a link. Households are not exempt: a company
 * device or authenticator is personal.
 */
function sameThingEdges(index: UsageIndex, kind: EdgeKind, strength: number, noun: string): ClusterEdge[] {
  const out: ClusterEdge[] = [];
  for (const [value, byPerson] of index) {
    if (byPerson.size < 2) continue;
    for (const [a, b] of pairs([...byPerson.keys()])) {
      const ua = byPerson.get(a)!;
      const ub = byPerson.get(b)!;
      if (!overlaps(ua, ub, DEVICE_SLACK_DAYS)) continue;
      out.push(makeEdge(a, b, kind, strength, iso(Math.max(ua.first, ub.first)), iso(Math.min(ua.last, ub.last)),
        `${a} and ${b} use the same ${noun} ${value.length > 16 ? `${value.slice(0, 12)}…` : value} in the same period`,
        { value, eventIds: [...ua.eventIds.slice(0, 5), ...ub.eventIds.slice(0, 5)] }));
    }
  }
  return out;
}

/** ip → "a\0b" → number of time buckets in which both were active on that residential IP from different devices. */
function concurrentGroups(events: readonly OnboardEvent[], minutes: number): Map<string, Map<string, number>> {
  const buckets = new Map<string, Map<string, Set<string>>>();
  for (const e of events) {
    const ip = residentialIp(e);
    if (!ip || !e.personId || e.outcome === 'failure') continue;
    const t = Date.parse(e.time);
    if (Number.isNaN(t)) continue;
    const k = `${ip}\u0000${Math.floor(t / (minutes * 60_000))}`;
    const m = buckets.get(k) ?? new Map<string, Set<string>>();
    const devs = m.get(e.personId) ?? new Set<string>();
    devs.add(e.deviceId ?? e.deviceName ?? `?${e.personId}`);
    m.set(e.personId, devs);
    buckets.set(k, m);
  }
  const out = new Map<string, Map<string, number>>();
  for (const [k, m] of buckets) {
    if (m.size < 2) continue;
    const ip = k.split('\u0000')[0]!;
    const perIp = out.get(ip) ?? new Map<string, number>();
    for (const [a, b] of pairs([...m.keys()])) {
      const da = m.get(a)!;
      const db = m.get(b)!;
      if ([...da].every((d) => db.has(d))) continue; // the same device is a different kind of link
      const key = `${a}\u0000${b}`;
      perIp.set(key, (perIp.get(key) ?? 0) + 1);
    }
    out.set(ip, perIp);
  }
  return out;
}
