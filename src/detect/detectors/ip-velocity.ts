// M2: many distinct IPs, ASNs or countries signing in to one account within a short window.
import type { Detector } from '../types.js';
import { HOUR } from '../types.js';
import { fp } from '../hash.js';
import { isSuccessfulSignIn } from '../activity.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'ip-velocity', pillar: 'location', signals: ['M2', 'M3'], attack: ['T1078', 'T1090'], windowMs: 6 * HOUR };
/** Corporate egress, private space and relays rotate addresses by design; they say nothing about who signs in. */
const IGNORED = new Set(['corporate', 'private', 'relay']);

/** r: addresses signed in from within the window, as [last seen s, ip fingerprint, asn, country], oldest first. */
export interface VelocityState { r: [number, string, number, string][] }

export function ipVelocity(o?: Record<string, unknown>): Detector<VelocityState> {
  const windowS = opt(o, 'windowMinutes', 60) * 60;
  const maxIps = opt(o, 'ips', 6), maxAsns = opt(o, 'asns', 4), maxCountries = opt(o, 'countries', 3);
  return {
    id: 'ip-velocity',
    categories: ['auth.login', 'auth.session'],
    init: () => ({ r: [] }),
    onEvent(st, { ev, t }) {
      const ip = ev.enrichment.ip;
      if (!isSuccessfulSignIn(ev) || !ip || IGNORED.has(ip.networkClass)) return;
      const now = Math.floor(t / 1000);
      while (st.r.length && now - st.r[0]![0] > windowS) st.r.shift();
      const f = fp(ip.ip);
      const last = st.r[st.r.length - 1];
      if (last && last[1] === f) { last[0] = now; return; }
      // One entry per address, ordered by when it was last seen: switching back and forth between a home line and a
      // phone keeps two entries, not one per switch (the counts are of distinct values; the state stays small).
      const seen = st.r.findIndex((x) => x[1] === f);
      if (seen >= 0) st.r.splice(seen, 1);
      st.r.push([now, f, ip.asn ?? 0, ip.country ?? '']);
      if (st.r.length > 16) st.r.shift();
      const ips = new Set(st.r.map((x) => x[1])).size;
      const asns = new Set(st.r.map((x) => x[2]).filter((a) => a !== 0)).size;
      const countries = new Set(st.r.map((x) => x[3]).filter((c) => c !== '')).size;
      if (ips < maxIps && asns < maxAsns && countries < maxCountries) return;
      const severity = countries >= maxCountries + 1 ? 'high' : 'medium';
      return [finding(META, {
        severity, key: severity, eventIds: [ev.id], facts: { distinctIps: ips, distinctAsns: asns, distinctCountries: countries, windowMinutes: windowS / 60, lastIp: ip.ip },
        en: `${ips} IPs, ${asns} networks and ${countries} countries signed in to this account within ${windowS / 60} minutes`,
        ja: `${windowS / 60} 分以内に ${ips} 個の IP、${asns} 個のネットワーク、${countries} か国からこのアカウントにサインイン`,
      })];
    },
  };
}
