// M4: consecutive successful sign-ins too far apart for the time between them, with the usual suppressions.
import type { Detector } from '../types.js';
import { DAY } from '../types.js';
import { distanceKm } from '../geo.js';
import { isSuccessfulSignIn, personalGeo } from '../activity.js';
import { onDeclaredTravel } from '../person-facts.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'impossible-travel', pillar: 'location', signals: ['M4'], attack: ['T1078'], windowMs: DAY };

/** a: the last place the person really was: [time s, lat, lon, ip, country, event id, 1 if a mobile network, asn (0 unknown)]. */
export interface TravelState { a: [number, number, number, string, string, string, number, number?] | null }

/**
 * Suppressed by design: failed sign-ins, VPN/relay/hosting/Tor/corporate/satellite egress (personalGeo), the same IP
 * re-geolocated, short hops, in-flight ASNs from configuration, and moves inside one country when either end is a mobile
 * network (carriers' addresses geolocate to far-away hubs of the same country) or both ends are one provider's.
 */
export function impossibleTravel(o?: Record<string, unknown>): Detector<TravelState> {
  const maxKmh = opt(o, 'maxKmh', 900);
  const minKm = opt(o, 'minKm', 500);
  const inflight = new Set((o?.['inflightAsns'] as number[] | undefined) ?? []);
  return {
    id: 'impossible-travel',
    categories: ['auth.login', 'auth.session'],
    init: () => ({ a: null }),
    onEvent(st, { ev, t, person }) {
      const geo = isSuccessfulSignIn(ev) ? personalGeo(ev) : null;
      if (!geo || (geo.asn !== null && inflight.has(geo.asn))) return;
      const now = Math.floor(t / 1000);
      const prev = st.a;
      st.a = [now, geo.lat, geo.lon, geo.ip, geo.country ?? '', ev.id, geo.networkClass === 'mobile' ? 1 : 0, geo.asn ?? 0];
      if (!prev) return;
      if (prev[3] === geo.ip) return; // same address, geolocation database changed its mind
      const km = distanceKm(prev[1], prev[2], geo.lat, geo.lon);
      if (km < minKm) return;
      if ((prev[6] === 1 || geo.networkClass === 'mobile') && prev[4] === geo.country) return;
      // One provider's addresses in one country: its pools geolocate all over the country, a person does not hop.
      if (prev[7] && prev[7] === geo.asn && prev[4] === geo.country) return;
      const hours = Math.max(now - prev[0], 60) / 3600;
      const kmh = km / hours;
      if (kmh <= maxKmh) return;
      const home = person.ctx.residenceCountry;
      const declared = onDeclaredTravel(person, t, geo.country);
      const severity = !declared && home && prev[4] !== home && geo.country !== home ? 'high' : 'medium';
      return [finding(META, {
        severity, key: `${prev[4]}>${geo.country ?? ''}`, eventIds: [prev[5], ev.id],
        facts: { fromIp: prev[3], fromCountry: prev[4], toIp: geo.ip, toCountry: geo.country, toCity: geo.city, km: Math.round(km), minutes: Math.round(hours * 60), kmh: Math.round(kmh), networkClass: geo.networkClass },
        en: `Sign-ins from ${prev[4]} and ${geo.country ?? '?'} ${Math.round(km)} km apart within ${Math.round(hours * 60)} minutes (${Math.round(kmh)} km/h)`,
        ja: `${Math.round(hours * 60)} 分以内に ${Math.round(km)} km 離れた ${prev[4]} と ${geo.country ?? '?'} からサインイン (時速 ${Math.round(kmh)} km)`,
      })];
    },
  };
}
