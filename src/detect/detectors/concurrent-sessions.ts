// M4/B3: two places far apart taking turns on one account (A, B, A) within minutes: concurrent sessions, not travel.
import type { Detector } from '../types.js';
import { HOUR } from '../types.js';
import { distanceKm } from '../geo.js';
import { isSuccessfulSignIn, personalGeo } from '../activity.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'concurrent-sessions', pillar: 'location', signals: ['M4', 'B3', 'O5'], attack: ['T1078'], windowMs: 24 * HOUR };

/** p: recent located activity [time s, lat, lon, event id, country, 1 if a mobile network, asn (0 unknown)]. */
export interface ConcurrentState { p: [number, number, number, string, string, number, number?][] }

interface Where { country: string; mobile: boolean; asn: number }
/**
 * Carriers' addresses geolocate to far-away hubs of the same country, and one provider's address pools to anywhere
 * in it: a phone and a home line taking turns, or two addresses of one ISP, are one person, not two places. Across a
 * border the distance still counts.
 */
const unreliableDistance = (a: Where, b: Where) =>
  a.country !== '' && a.country === b.country && (a.mobile || b.mobile || (a.asn !== 0 && a.asn === b.asn));

export function concurrentSessions(o?: Record<string, unknown>): Detector<ConcurrentState> {
  const windowS = opt(o, 'windowMinutes', 30) * 60;
  const farKm = opt(o, 'farKm', 500);
  const nearKm = opt(o, 'nearKm', 100);
  return {
    id: 'concurrent-sessions',
    categories: ['auth.login', 'auth.session'],
    init: () => ({ p: [] }),
    onEvent(st, { ev, t }) {
      const geo = isSuccessfulSignIn(ev) ? personalGeo(ev) : null;
      if (!geo) return;
      const now = Math.floor(t / 1000);
      while (st.p.length && now - st.p[0]![0] > windowS) st.p.shift();
      const here: Where = { country: geo.country ?? '', mobile: geo.networkClass === 'mobile', asn: geo.asn ?? 0 };
      let hit: { a: string; b: string; km: number } | null = null;
      // Look for an earlier point here (i) followed by a point far away (j): the account is used in both places at once.
      for (let j = st.p.length - 1; j >= 0 && !hit; j--) {
        const pj = st.p[j]!;
        const km = distanceKm(pj[1], pj[2], geo.lat, geo.lon);
        if (km < farKm || unreliableDistance(here, { country: pj[4], mobile: pj[5] === 1, asn: pj[6] ?? 0 })) continue;
        for (let i = j - 1; i >= 0; i--) {
          const pi = st.p[i]!;
          if (distanceKm(pi[1], pi[2], geo.lat, geo.lon) <= nearKm) { hit = { a: pi[3], b: pj[3], km }; break; }
        }
      }
      st.p.push([now, geo.lat, geo.lon, ev.id, here.country, here.mobile ? 1 : 0, here.asn]);
      if (st.p.length > 6) st.p.shift();
      if (!hit) return;
      return [finding(META, {
        severity: 'medium', eventIds: [hit.a, hit.b, ev.id], facts: { km: Math.round(hit.km), windowMinutes: windowS / 60, ip: geo.ip, country: geo.country },
        en: `The account was used alternately from two places ${Math.round(hit.km)} km apart within ${windowS / 60} minutes (concurrent sessions)`,
        ja: `${windowS / 60} 分以内に ${Math.round(hit.km)} km 離れた 2 か所から交互に利用 (同時セッション)`,
      })];
    },
  };
}
