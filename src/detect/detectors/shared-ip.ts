// B3/O1: one residential IP signing in for several people — a laptop farm's home connection (cross-person, keyed by IP).
import type { Detector } from '../types.js';
import { DAY } from '../types.js';
import { isSuccessfulSignIn } from '../activity.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'shared-residential-ip', pillar: 'device', signals: ['B3', 'O1', 'M6'], attack: ['T1078'], windowMs: 7 * DAY };

export function sharedIp(o?: Record<string, unknown>): Detector<Record<string, never>> {
  const windowS = opt(o, 'windowDays', 7) * 86400;
  const minPeople = opt(o, 'minPeople', 3);
  return {
    id: 'shared-ip',
    categories: ['auth.login'],
    init: () => ({}),
    onEvent(_st, { ev, t, person }, shared) {
      const ip = ev.enrichment.ip;
      // Only residential lines: offices, VPNs, carrier NAT and relays put many people behind one address legitimately.
      if (!isSuccessfulSignIn(ev) || ip?.networkClass !== 'residential') return;
      const store = shared.get('ip') as Map<string, [string, number][]>;
      const now = Math.floor(t / 1000);
      const me = person.ctx.personId;
      const list = (store.get(ip.ip) ?? []).filter(([, s]) => now - s <= windowS);
      const mine = list.find(([p]) => p === me);
      if (mine) mine[1] = now; else list.push([me, now]);
      if (list.length > 12) list.shift();
      store.set(ip.ip, list);
      if (list.length < minPeople) return;
      const others = list.filter(([p]) => p !== me).map(([p]) => p);
      return [finding(META, {
        severity: 'medium', key: ip.ip, eventIds: [ev.id], facts: { ip: ip.ip, asOrg: ip.asOrg, people: list.length, otherPeople: others },
        en: `${list.length} people signed in from the same home internet line ${ip.ip} (${ip.asOrg ?? 'unknown ISP'}) within ${windowS / 86400} days`,
        ja: `${windowS / 86400} 日以内に ${list.length} 人が同じ家庭用回線 ${ip.ip} (${ip.asOrg ?? 'ISP 不明'}) からサインイン`,
      })];
    },
  };
}
