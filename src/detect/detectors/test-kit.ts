// Fixture builders for detector tests: located sign-ins and a runner that feeds events through one detector.
import type { IpFacts } from '../../model/enrichment.js';
import { buildEvent, buildPerson, ipFacts } from '../event-builder.js';
import { personFacts } from '../person-facts.js';
import type { Detector, EnrichedEvent, Finding, PersonContext, SharedStores } from '../types.js';

/** Well-known places for fixtures: [lat, lon, country, city, tz]. */
export const PLACES = {
  austin: [30.27, -97.74, 'US', 'Austin', 'America/Chicago'],
  dallas: [32.78, -96.8, 'US', 'Dallas', 'America/Chicago'],
  elPaso: [31.76, -106.49, 'US', 'El Paso', 'America/Denver'],
  newYork: [40.71, -74.0, 'US', 'New York', 'America/New_York'],
  seattle: [47.6, -122.33, 'US', 'Seattle', 'America/Los_Angeles'],
  shenyang: [41.8, 123.43, 'CN', 'Shenyang', 'Asia/Shanghai'],
  paris: [48.86, 2.35, 'FR', 'Paris', 'Europe/Paris'],
  london: [51.5, -0.12, 'GB', 'London', 'Europe/London'],
  moscow: [55.75, 37.62, 'RU', 'Moscow', 'Europe/Moscow'],
} as const satisfies Record<string, readonly [number, number, string, string, string]>;
export type Place = keyof typeof PLACES;

/** An Okta-like successful sign-in from a place (raw kept in the vendor's shape). */
export function signIn(time: string, place: Place, ip: string, extra: Partial<IpFacts> = {}, ev: Partial<EnrichedEvent> = {}): EnrichedEvent {
  const [lat, lon, country, city, tz] = PLACES[place];
  return buildEvent({
    time, source: 'okta', type: 'user.session.start', category: 'auth.login', outcome: 'success', actor: 'dev@example.com', ip,
    raw: { eventType: 'user.session.start', published: time, outcome: { result: 'SUCCESS' }, client: { ipAddress: ip, geographicalContext: { country, city } } },
    ...ev,
    enrichment: { ip: ipFacts({ ip, lat, lon, country, city, timeZone: tz, ...extra }) },
  });
}

export function createShared(): SharedStores {
  const maps = new Map<string, Map<string, unknown>>();
  return { get(ns) { let m = maps.get(ns); if (!m) { m = new Map(); maps.set(ns, m); } return m; } };
}

/** Feeds events (in order) through one detector for one person; returns every finding and the final state. */
export function runDetector<S>(d: Detector<S>, events: EnrichedEvent[], person: Partial<PersonContext> = {}, shared = createShared()) {
  const p = personFacts(buildPerson(person));
  const st = d.init();
  const findings: Finding[] = [];
  for (const ev of events) {
    if (d.categories && !d.categories.includes(ev.category)) continue;
    findings.push(...(d.onEvent(st, { ev, t: Date.parse(ev.time), person: p }, shared) ?? []));
  }
  return { findings, state: st };
}

export const iso = (base: string, plusMinutes: number) => new Date(Date.parse(base) + plusMinutes * 60_000).toISOString();
