// Who used which shared thing (IP, device, authenticator) when: per value, per person, first/last seen and days.
import type { OnboardEvent } from './types.js';

export interface PersonUse {
  first: number;
  last: number;
  days: Set<string>;
  eventIds: string[];
  devices: Set<string>;
  weekdayEvents: number;
  events: number;
}

/** value → person → use. `valueOf` returns null for events that do not count. */
export type UsageIndex = Map<string, Map<string, PersonUse>>;

const MAX_EVENT_IDS = 20;

export function buildUsage(events: readonly OnboardEvent[], valueOf: (e: OnboardEvent) => string | null): UsageIndex {
  const index: UsageIndex = new Map();
  for (const e of events) {
    if (!e.personId || e.outcome === 'failure') continue;
    const v = valueOf(e);
    if (!v) continue;
    const t = Date.parse(e.time);
    if (Number.isNaN(t)) continue;
    let byPerson = index.get(v);
    if (!byPerson) { byPerson = new Map(); index.set(v, byPerson); }
    let u = byPerson.get(e.personId);
    if (!u) { u = { first: t, last: t, days: new Set(), eventIds: [], devices: new Set(), weekdayEvents: 0, events: 0 }; byPerson.set(e.personId, u); }
    u.first = Math.min(u.first, t);
    u.last = Math.max(u.last, t);
    u.days.add(e.time.slice(0, 10));
    if (u.eventIds.length < MAX_EVENT_IDS) u.eventIds.push(e.id);
    if (e.deviceId) u.devices.add(e.deviceId);
    const dow = new Date(t).getUTCDay();
    if (dow !== 0 && dow !== 6) u.weekdayEvents++;
    u.events++;
  }
  return index;
}

/** Did the two use it in overlapping periods (with `slackDays` of tolerance)? */
export function overlaps(a: PersonUse, b: PersonUse, slackDays: number): boolean {
  const slack = slackDays * 86_400_000;
  return a.first <= b.last + slack && b.first <= a.last + slack;
}

export function sharedDays(a: PersonUse, b: PersonUse): number {
  let n = 0;
  for (const d of a.days) if (b.days.has(d)) n++;
  return n;
}

export const iso = (t: number) => new Date(t).toISOString();
