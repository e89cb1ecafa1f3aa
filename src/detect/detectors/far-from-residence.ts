// M1: successful sign-ins from a country other than the residence (or very far inside it), tolerant of declared travel.
import type { Detector } from '../types.js';
import { DAY } from '../types.js';
import { distanceKm } from '../geo.js';
import { isSuccessfulSignIn, personalGeo } from '../activity.js';
import { onDeclaredTravel } from '../person-facts.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'far-from-residence', pillar: 'location', signals: ['M1', 'H4'], attack: ['T1078'], windowMs: 7 * DAY };
/** Countries where DPRK IT workers are reported to live and work (US advisory, Google report); configurable. */
const DEFAULT_HIGH_RISK = ['KP', 'CN', 'RU', 'LA', 'KH', 'VN', 'MM'];

/** c: country → [first day, distinct days, last day] (day numbers since epoch). */
export interface FarState { c: Record<string, [number, number, number]> }

export function farFromResidence(o?: Record<string, unknown>): Detector<FarState> {
  const domesticKm = opt(o, 'domesticKm', 2500);
  const mediumDays = opt(o, 'mediumDays', 3);
  const highRisk = new Set((o?.['highRiskCountries'] as string[] | undefined) ?? DEFAULT_HIGH_RISK);
  return {
    id: 'far-from-residence',
    categories: ['auth.login', 'auth.session'],
    init: () => ({ c: {} }),
    onEvent(st, { ev, t, person }) {
      const home = person.ctx.residenceCountry;
      const geo = isSuccessfulSignIn(ev) ? personalGeo(ev) : null;
      if (!home || !geo?.country) return;
      const facts = { ip: geo.ip, country: geo.country, city: geo.city, asn: geo.asn, asOrg: geo.asOrg, networkClass: geo.networkClass, residenceCountry: home };
      if (onDeclaredTravel(person, t, geo.country)) return;
      const rLat = person.ctx.residenceLat, rLon = person.ctx.residenceLon;
      const km = rLat != null && rLon != null ? Math.round(distanceKm(rLat, rLon, geo.lat, geo.lon)) : null;
      if (geo.country === home) {
        if (km === null || km < domesticKm) return;
        return [finding(META, {
          severity: 'low', key: `${geo.country}|domestic`, eventIds: [ev.id], facts: { ...facts, distanceKm: km },
          en: `Sign-in ${km} km from the registered residence (${geo.city ?? geo.country})`,
          ja: `登録住所から ${km} km 離れた場所 (${geo.city ?? geo.country}) からのサインイン`,
        })];
      }
      const day = Math.floor(t / DAY);
      const rec = st.c[geo.country] ?? [day, 0, -1];
      if (rec[2] !== day) { rec[1] += 1; rec[2] = day; }
      st.c[geo.country] = rec;
      // Keep only the few most recent countries: state stays small.
      const keys = Object.keys(st.c);
      if (keys.length > 6) { keys.sort((a, b) => st.c[a]![2] - st.c[b]![2]); delete st.c[keys[0]!]; }
      const days = rec[1];
      const severity = highRisk.has(geo.country) && days >= 2 ? 'high' : days >= mediumDays ? 'medium' : 'low';
      return [finding(META, {
        severity, key: `${geo.country}|${severity}`, eventIds: [ev.id], facts: { ...facts, distanceKm: km, daysSeen: days },
        en: `Sign-in from ${geo.country} (${geo.city ?? 'unknown city'}, ${geo.asOrg ?? 'AS' + String(geo.asn)}) on ${days} day(s); residence is ${home} and no travel is declared`,
        ja: `${geo.country} (${geo.city ?? '都市不明'}) から ${days} 日間サインイン。登録住所は ${home}、出張申告なし`,
      })];
    },
  };
}
