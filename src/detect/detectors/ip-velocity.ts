// M2: many distinct IPs, ASNs or countries signing in to one account within a short window — within the hour, and
// within a day from several different (non-mobile) networks.
import type { Detector, Finding } from '../types.js';
import { DAY, HOUR } from '../types.js';
import { fp } from '../hash.js';
import { ANONYMISING_CLASSES, isSuccessfulSignIn } from '../activity.js';
import { onDeclaredTravel } from '../person-facts.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'ip-velocity', pillar: 'location', signals: ['M2', 'M3'], attack: ['T1078', 'T1090'], windowMs: 6 * HOUR };
const DAY_META: DetectorMeta = { ruleId: 'many-networks-one-day', pillar: 'location', signals: ['M2'], attack: ['T1078', 'T1090'], windowMs: DAY };
/** Corporate egress, private space and relays rotate addresses by design; they say nothing about who signs in. */
const IGNORED = new Set(['corporate', 'private', 'relay']);
/**
 * Over a day, a phone's carrier and an in-flight or satellite link are ordinary extra networks beside home and office;
 * what a day of ordinary work does not show is three or more fixed networks in turn with a VPN or hosting exit among
 * them, or in two countries. Three home-style lines in one country (home, a café, a friend's, a carrier whose phones
 * share its broadband ASN) are an ordinary day out.
 */
const NOT_A_PLACE_OVER_A_DAY = new Set(['mobile', 'satellite']);

/**
 * r: addresses signed in from within the window, as [last seen s, ip fingerprint, asn, country], oldest first;
 * d: fixed networks signed in from within the last day, as [asn, last seen s, country, 1 if VPN/hosting/Tor].
 */
export interface VelocityState { r: [number, string, number, string][]; d?: [number, number, string, number][] }

export function ipVelocity(o?: Record<string, unknown>): Detector<VelocityState> {
  const windowS = opt(o, 'windowMinutes', 60) * 60;
  const maxIps = opt(o, 'ips', 6), maxAsns = opt(o, 'asns', 4), maxCountries = opt(o, 'countries', 3);
  const dayS = opt(o, 'dayHours', 24) * 3600, dayNetworks = opt(o, 'dayNetworks', 3);
  return {
    id: 'ip-velocity',
    categories: ['auth.login', 'auth.session'],
    init: () => ({ r: [], d: [] }),
    onEvent(st, { ev, t, person }) {
      const ip = ev.enrichment.ip;
      if (!isSuccessfulSignIn(ev) || !ip || IGNORED.has(ip.networkClass)) return;
      const now = Math.floor(t / 1000);
      const out: Finding[] = [];
      // A day of sign-ins from several networks: travellers who declared the trip pass through airports and hotels.
      if (ip.asn && !NOT_A_PLACE_OVER_A_DAY.has(ip.networkClass) && !onDeclaredTravel(person, t, null)) {
        const d = (st.d ??= []).filter((x) => now - x[1] <= dayS);
        const seen = d.find((x) => x[0] === ip.asn);
        if (seen) seen[1] = now; else d.push([ip.asn, now, ip.country ?? '', ANONYMISING_CLASSES.has(ip.networkClass) ? 1 : 0]);
        if (d.length > 8) d.shift();
        st.d = d;
        const countries = new Set(d.map((x) => x[2]).filter(Boolean)).size;
        if (!seen && d.length >= dayNetworks && (countries >= 2 || d.some((x) => x[3] === 1))) {
          out.push(finding(DAY_META, {
            severity: 'low', key: 'day', eventIds: [ev.id],
            facts: { distinctNetworks: d.length, distinctCountries: countries, anonymisingNetworks: d.filter((x) => x[3] === 1).length, windowHours: dayS / 3600, lastIp: ip.ip, lastNetwork: ip.asOrg ?? null, networkClass: ip.networkClass },
            en: `${d.length} different networks (not counting mobile carriers) signed in to this account within ${dayS / 3600} hours, in ${countries} countr${countries === 1 ? 'y' : 'ies'}`,
            ja: `${dayS / 3600} 時間以内に ${d.length} 種類のネットワーク (携帯回線を除く、${countries} か国) からこのアカウントにサインイン`,
          }));
        }
      }
      while (st.r.length && now - st.r[0]![0] > windowS) st.r.shift();
      const f = fp(ip.ip);
      const last = st.r[st.r.length - 1];
      if (last && last[1] === f) { last[0] = now; return out; }
      // One entry per address, ordered by when it was last seen: switching back and forth between a home line and a
      // phone keeps two entries, not one per switch (the counts are of distinct values; the state stays small).
      const seen = st.r.findIndex((x) => x[1] === f);
      if (seen >= 0) st.r.splice(seen, 1);
      st.r.push([now, f, ip.asn ?? 0, ip.country ?? '']);
      if (st.r.length > 16) st.r.shift();
      const ips = new Set(st.r.map((x) => x[1])).size;
      const asns = new Set(st.r.map((x) => x[2]).filter((a) => a !== 0)).size;
      const countries = new Set(st.r.map((x) => x[3]).filter((c) => c !== '')).size;
      if (ips < maxIps && asns < maxAsns && countries < maxCountries) return out;
      const severity = countries >= maxCountries + 1 ? 'high' : 'medium';
      out.push(finding(META, {
        severity, key: severity, eventIds: [ev.id], facts: { distinctIps: ips, distinctAsns: asns, distinctCountries: countries, windowMinutes: windowS / 60, lastIp: ip.ip },
        en: `${ips} IPs, ${asns} networks and ${countries} countries signed in to this account within ${windowS / 60} minutes`,
        ja: `${windowS / 60} 分以内に ${ips} 個の IP、${asns} 個のネットワーク、${countries} か国からこのアカウントにサインイン`,
      }));
      return out;
    },
  };
}
