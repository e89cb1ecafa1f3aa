// M1: successful sign-ins from a country other than the residence, or far from the geocoded residence inside it
// (another region), tolerant of declared travel. Sign-ins from a DPRK-linked country are also M3 ("third-country IP").
import type { Detector, Severity } from '../types.js';
import { DAY } from '../types.js';
import { distanceKm } from '../geo.js';
import { isSuccessfulSignIn, personalGeo } from '../activity.js';
import { onDeclaredTravel } from '../person-facts.js';
import { sameRegionName } from '../../enrich/place-names.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'far-from-residence', pillar: 'location', signals: ['M1', 'H4'], attack: ['T1078'], windowMs: 7 * DAY };
const META_THIRD_COUNTRY: DetectorMeta = { ...META, signals: ['M1', 'H4', 'M3'] };
/** Countries where DPRK IT workers are reported to live and work (US advisory, Google report); configurable. */
const DEFAULT_HIGH_RISK = ['KP', 'CN', 'RU', 'LA', 'KH', 'VN', 'MM'];

/** [first day, distinct days, last day] (day numbers since epoch). */
type DayCount = [number, number, number];
/**
 * c: foreign country → days seen there; d: days seen far inside the residence country; h: days located at all
 * (any personal sign-in), so "far on most days" (living elsewhere) tells apart from a trip.
 */
export interface FarState { c: Record<string, DayCount>; d?: DayCount; h?: DayCount }

function countDay(rec: DayCount | undefined, day: number): DayCount {
  const r = rec ?? [day, 0, -1];
  if (r[2] !== day) { r[1] += 1; r[2] = day; }
  return r;
}

export function farFromResidence(o?: Record<string, unknown>): Detector<FarState> {
  const domesticKm = opt(o, 'domesticKm', 500);
  const mediumDays = opt(o, 'mediumDays', 3);
  // City-level IP databases misplace many home lines by a state or more (a few percent of ordinary staff), so a far
  // line at home is context (info) that correlations (C1) and analysts use; an organisation with accurate
  // geolocation can raise it (`domesticSeverity: low`) and make it medium once the far days become the usual ones.
  const domesticBase: Severity = o?.['domesticSeverity'] === 'low' ? 'low' : 'info';
  const domesticMediumDays = opt(o, 'domesticMediumDays', Number.POSITIVE_INFINITY);
  const domesticMediumShare = opt(o, 'domesticMediumShare', 0.5);
  const highRisk = new Set((o?.['highRiskCountries'] as string[] | undefined) ?? DEFAULT_HIGH_RISK);
  return {
    id: 'far-from-residence',
    categories: ['auth.login', 'auth.session'],
    init: () => ({ c: {} }),
    onEvent(st, { ev, t, person }) {
      const home = person.ctx.residenceCountry;
      const geo = isSuccessfulSignIn(ev) ? personalGeo(ev) : null;
      if (!home || !geo?.country) return;
      const day = Math.floor(t / DAY);
      st.h = countDay(st.h, day);
      const facts = { ip: geo.ip, country: geo.country, region: geo.region, city: geo.city, asn: geo.asn, asOrg: geo.asOrg, networkClass: geo.networkClass, residenceCountry: home };
      if (onDeclaredTravel(person, t, geo.country)) return;
      const rLat = person.ctx.residenceLat, rLon = person.ctx.residenceLon;
      const km = rLat != null && rLon != null ? Math.round(distanceKm(rLat, rLon, geo.lat, geo.lon)) : null;
      if (geo.country === home) {
        // Mobile carriers geolocate to their gateways, often states away: no distance can be trusted there.
        if (km === null || km < domesticKm || geo.networkClass === 'mobile') return;
        // Inside the same region, a city-level IP database is often wrong by hundreds of km: only another region counts.
        if (sameRegionName(geo.region, person.ctx.residenceRegion) || sameRegionName(geo.region, person.ctx.residenceGeoRegion)) return;
        st.d = countDay(st.d, day);
        const days = st.d[1], located = st.h[1];
        const severity: Severity = days >= domesticMediumDays && days / Math.max(1, located) >= domesticMediumShare ? 'medium' : domesticBase;
        const where = geo.city ? `${geo.city}${geo.region ? `, ${geo.region}` : ''}` : geo.region ?? geo.country;
        return [finding(META, {
          severity, key: `${geo.country}|domestic|${severity}`, eventIds: [ev.id],
          facts: { ...facts, distanceKm: km, residenceCity: person.ctx.residenceCity ?? null, residenceRegion: person.ctx.residenceRegion ?? null, daysSeenFar: days, daysLocated: located },
          en: `Sign-in ${km} km from the registered residence (${where}) on ${days} of ${located} located day(s); no travel is declared`,
          ja: `登録住所から ${km} km 離れた場所 (${where}) からのサインイン (所在判明 ${located} 日中 ${days} 日)。出張申告なし`,
        })];
      }
      const rec = countDay(st.c[geo.country], day);
      st.c[geo.country] = rec;
      // Keep only the few most recent countries: state stays small.
      const keys = Object.keys(st.c);
      if (keys.length > 6) { keys.sort((a, b) => st.c[a]![2] - st.c[b]![2]); delete st.c[keys[0]!]; }
      const days = rec[1];
      const risky = highRisk.has(geo.country);
      const severity = risky && days >= 2 ? 'high' : days >= mediumDays ? 'medium' : 'low';
      return [finding(risky ? META_THIRD_COUNTRY : META, {
        severity, key: `${geo.country}|${severity}`, eventIds: [ev.id], facts: { ...facts, distanceKm: km, daysSeen: days, highRiskCountry: risky },
        en: `Sign-in from ${geo.country} (${geo.city ?? 'unknown city'}, ${geo.asOrg ?? 'AS' + String(geo.asn)}) on ${days} day(s); residence is ${home} and no travel is declared`,
        ja: `${geo.country} (${geo.city ?? '都市不明'}) から ${days} 日間サインイン。登録住所は ${home}、出張申告なし`,
      })];
    },
  };
}
