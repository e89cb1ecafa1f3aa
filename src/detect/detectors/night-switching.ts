// M5: a working day that flips between local daytime and the middle of the night at the residence. A night-shift
// worker is at night every day and an office worker by day; someone working part of the days on another continent's
// clock switches between the two. Declared travel days are left out.
import type { Detector, PersonFacts } from '../types.js';
import { DAY, HOUR } from '../types.js';
import { zoneOffsetMinutes } from '../geo.js';
import { isHumanActivity } from '../activity.js';
import { onDeclaredTravel } from '../person-facts.js';
import ct from 'countries-and-timezones';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'night-day-switching', pillar: 'behaviour', signals: ['M5', 'H4'], attack: ['T1078'], windowMs: 30 * DAY };

/**
 * d: current work day (local, starting 06:00); hb: last counted hour bucket; n/w: active night (22–06) and
 * daytime (08–20) hours of that day; nd/dd: days that were mostly night / mostly daytime; f: days already reported at.
 */
export interface SwitchState { d: number; hb: number; n: number; w: number; nd: number; dd: number; f: number }

function residenceOffsetHours(p: PersonFacts, t: number): number | null {
  const zone = p.ctx.timezone ?? (p.ctx.residenceCountry ? ct.getCountry(p.ctx.residenceCountry)?.timezones[0] : undefined);
  const m = zone ? zoneOffsetMinutes(zone, t) : null;
  return m === null ? null : m / 60;
}

export function nightSwitching(o?: Record<string, unknown>): Detector<SwitchState> {
  const minEach = opt(o, 'minDaysEach', 3), minShare = opt(o, 'minMinorityShare', 0.2), minHours = opt(o, 'minHoursPerDay', 2);
  const close = (st: SwitchState) => {
    if (st.n >= minHours && st.n > st.w) st.nd++;
    else if (st.w >= minHours && st.w >= st.n) st.dd++;
    st.n = 0; st.w = 0;
  };
  return {
    id: 'night-switching',
    init: () => ({ d: -1, hb: -1, n: 0, w: 0, nd: 0, dd: 0, f: 0 }),
    onEvent(st, { ev, t, person }) {
      if (!isHumanActivity(ev)) return;
      const hb = Math.floor(t / HOUR);
      if (hb === st.hb) return;
      st.hb = hb;
      if (onDeclaredTravel(person, t, null)) return;
      const off = residenceOffsetHours(person, t);
      if (off === null) return;
      const local = t + off * HOUR;
      const day = Math.floor((local - 6 * HOUR) / DAY); // a night block belongs to the evening it started
      const hour = Math.floor(local / HOUR) % 24;
      if (day !== st.d) { if (st.d >= 0) close(st); st.d = day; }
      if (hour >= 22 || hour < 6) st.n++;
      else if (hour >= 8 && hour < 20) st.w++;
      const total = st.nd + st.dd;
      const minority = Math.min(st.nd, st.dd);
      if (minority < minEach || minority / total < minShare || total === st.f) return;
      // Re-raised as the pattern grows (dedup keeps one alert per window); facts carry the counts.
      st.f = total;
      return [finding(META, {
        severity: 'low', key: 'switching', eventIds: [ev.id],
        facts: { nightDays: st.nd, daytimeDays: st.dd, residenceOffsetHours: off },
        en: `Working day switches between local night (22:00–06:00, ${st.nd} days) and daytime (${st.dd} days) at the residence; a night shift keeps one of the two`,
        ja: `居住地の深夜 (22〜6 時、${st.nd} 日) と日中 (${st.dd} 日) の勤務が入れ替わっています。夜勤ならどちらか一方に偏ります`,
      })];
    },
  };
}
