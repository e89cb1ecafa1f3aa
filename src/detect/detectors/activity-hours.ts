// M5/H4: infers the time zone a person's working day really fits (weeks of activity) and checks holiday behaviour.
import ct from 'countries-and-timezones';
import type { Detector, PersonFacts } from '../types.js';
import { DAY, HOUR } from '../types.js';
import { formatOffset, zoneOffsetMinutes } from '../geo.js';
import { isHumanActivity } from '../activity.js';
import { countHolidays, countWeekdays, isHoliday, isWeekday } from '../holidays.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const TZ_META: DetectorMeta = { ruleId: 'activity-timezone-mismatch', pillar: 'behaviour', signals: ['M5', 'H4'], attack: ['T1078'], windowMs: 30 * DAY };
const HOL_META: DetectorMeta = { ruleId: 'holiday-pattern', pillar: 'behaviour', signals: ['M5', 'H4'], attack: [], windowMs: 30 * DAY };

/**
 * h: active hours per UTC hour of day; hb: last counted hour bucket; fd/ld: first/last active local day;
 * aw: active ordinary weekdays; ah: active residence holidays; ac: active holidays of the comparison country; ev: last evaluated day.
 */
export interface HoursState { h: number[]; hb: number; fd: number; ld: number; aw: number; ah: number; ac: number; ev: number }

/** UTC offsets (hours) a residence allows: the declared zone, or every zone of the residence country. */
function residenceOffsets(p: PersonFacts, t: number): number[] {
  const zones = p.ctx.timezone ? [p.ctx.timezone] : p.ctx.residenceCountry ? (ct.getCountry(p.ctx.residenceCountry)?.timezones ?? []) : [];
  const out = new Set<number>();
  for (const z of zones) { const m = zoneOffsetMinutes(z, t); if (m !== null) out.add(Math.round(m / 60)); }
  return [...out];
}

/** Share of active hours falling in [from, to) local time at offset o (default 08:00–20:00, a generous working day). */
function fit(h: number[], total: number, o: number, from = 8, to = 20): number {
  let s = 0;
  for (let local = from; local < to; local++) s += h[(((local - o) % 24) + 24) % 24]!;
  return s / total;
}

/** The offset whose working day holds the most activity; ties broken by the 10:00–17:00 core, then the middle one. */
function bestOffset(h: number[], total: number): number {
  const score = (o: number) => fit(h, total, o) + 0.5 * fit(h, total, o, 10, 17);
  let max = -1;
  const all: [number, number][] = [];
  for (let o = -12; o <= 14; o++) { const s = score(o); all.push([o, s]); if (s > max) max = s; }
  const top = all.filter(([, s]) => s >= max - 0.02).map(([o]) => o);
  return top[Math.floor((top.length - 1) / 2)]!;
}

const circ = (a: number, b: number) => { const d = Math.abs(a - b) % 24; return Math.min(d, 24 - d); };

export function activityHours(o?: Record<string, unknown>): Detector<HoursState> {
  const minHours = opt(o, 'minActiveHours', 60), minDays = opt(o, 'minActiveDays', 10), minShift = opt(o, 'minShiftHours', 5);
  const compare = (o?.['compareHolidayCountry'] as string | undefined) ?? 'CN';
  return {
    id: 'activity-hours',
    init: () => ({ h: new Array(24).fill(0), hb: -1, fd: -1, ld: -1, aw: 0, ah: 0, ac: 0, ev: -1 }),
    onEvent(st, { ev, t, person }) {
      if (!isHumanActivity(ev)) return;
      const hb = Math.floor(t / HOUR);
      if (hb === st.hb) return;
      st.hb = hb;
      st.h[hb % 24]! += 1;
      const offs = residenceOffsets(person, t);
      const day = Math.floor((t + (offs[0] ?? 0) * HOUR) / DAY); // the residence's local date
      if (day === st.ld) return;
      const home = person.ctx.residenceCountry;
      if (st.fd < 0) st.fd = day;
      st.ld = day;
      if (isWeekday(day)) {
        if (home && isHoliday(home, day)) st.ah++;
        else st.aw++;
        if (compare !== home && isHoliday(compare, day)) st.ac++;
      }
      if (st.ev >= 0 && day - st.ev < 7) return;
      st.ev = day;
      return [...timezoneCheck(st, offs, ev.id, minHours, minDays, minShift), ...holidayCheck(st, home, compare, ev.id)];
    },
  };
}

function timezoneCheck(st: HoursState, offs: number[], evId: string, minHours: number, minDays: number, minShift: number) {
  const total = st.h.reduce((a, b) => a + b, 0);
  if (offs.length === 0 || total < minHours || st.aw + st.ah < minDays) return [];
  const best = bestOffset(st.h, total);
  const bestFit = fit(st.h, total, best);
  const homeFit = Math.max(...offs.map((o) => fit(st.h, total, o)));
  const shift = Math.min(...offs.map((o) => circ(o, best)));
  if (shift < minShift || bestFit < 0.75 || homeFit > 0.45) return [];
  // Night shifts look the same: never above medium on this signal alone.
  const severity = shift >= 6 && bestFit >= 0.85 ? 'medium' : 'low';
  const zone = formatOffset(best * 60);
  return [finding(TZ_META, {
    severity, key: String(best), eventIds: [evId],
    facts: { inferredOffset: zone, fitInferred: Math.round(bestFit * 100) / 100, fitResidence: Math.round(homeFit * 100) / 100, residenceOffsets: offs.map((x) => formatOffset(x * 60)), activeHours: total, hourHistogramUtc: [...st.h] },
    en: `Working hours over ${st.aw + st.ah} active days fit ${zone} (${Math.round(bestFit * 100)}%), not the residence time zone (${Math.round(homeFit * 100)}%)`,
    ja: `${st.aw + st.ah} 日間の稼働時間は ${zone} に一致 (${Math.round(bestFit * 100)}%)、居住地のタイムゾーンには一致しない (${Math.round(homeFit * 100)}%)`,
  })];
}

function holidayCheck(st: HoursState, home: string | null | undefined, compare: string, evId: string) {
  if (!home || st.fd < 0) return [];
  const weekdays = countWeekdays(st.fd, st.ld);
  const homeHol = countHolidays(home, st.fd, st.ld);
  const workRate = st.aw / Math.max(1, weekdays - homeHol);
  if (homeHol < 3 || workRate < 0.3) return [];
  const homeRate = st.ah / homeHol;
  if (homeRate < 0.8 * workRate) return [];
  const cmpHol = compare !== home ? countHolidays(compare, st.fd, st.ld) : 0;
  const quietOnCompare = cmpHol >= 3 && st.ac / cmpHol < 0.3 * workRate;
  return [finding(HOL_META, {
    severity: quietOnCompare ? 'medium' : 'low', key: quietOnCompare ? 'both' : 'home', eventIds: [evId],
    facts: { residenceHolidays: homeHol, activeOnResidenceHolidays: st.ah, workdayRate: Math.round(workRate * 100) / 100, compareCountry: compare, compareHolidays: cmpHol, activeOnCompareHolidays: st.ac },
    en: `Active on ${st.ah} of ${homeHol} ${home} public holidays as on ordinary days${quietOnCompare ? `, but quiet on ${compare} holidays (${st.ac} of ${cmpHol})` : ''}`,
    ja: `${home} の祝日 ${homeHol} 日中 ${st.ah} 日に平日同様に稼働${quietOnCompare ? `、一方 ${compare} の祝日には稼働が少ない (${cmpHol} 日中 ${st.ac} 日)` : ''}`,
  })];
}
