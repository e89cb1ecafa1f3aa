// B3/M11: an account worked around the clock (activity in most hours of a day) or one session lasting days.
import type { Detector } from '../types.js';
import { DAY, HOUR } from '../types.js';
import { fp } from '../hash.js';
import { isHumanActivity } from '../activity.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'round-the-clock-account', pillar: 'behaviour', signals: ['B3', 'M11', 'O5'], attack: ['T1078'], windowMs: DAY };
const SESSION_META: DetectorMeta = { ...META, ruleId: 'multi-day-session' };

/** hb: last hour bucket; m: bitmask of active hours among the last 24 (bit 0 = hb); s: [session fp, first seen s]. */
export interface SessionState { hb: number; m: number; s: [string, number][] }

const bits = (x: number) => { let n = 0; while (x) { n += x & 1; x >>>= 1; } return n; };

export function longSession(o?: Record<string, unknown>): Detector<SessionState> {
  const minHours = opt(o, 'activeHoursOf24', 20);
  const sessionH = opt(o, 'sessionHours', 36);
  return {
    id: 'long-session',
    init: () => ({ hb: -1, m: 0, s: [] }),
    onEvent(st, { ev, t }) {
      const out = [];
      const now = Math.floor(t / 1000);
      if (ev.sessionId && (ev.category.startsWith('auth.') || isHumanActivity(ev))) {
        const f = fp(ev.sessionId);
        const rec = st.s.find((x) => x[0] === f);
        if (!rec) { st.s.push([f, now]); if (st.s.length > 4) st.s.shift(); }
        else if ((now - rec[1]) / 3600 >= sessionH) {
          const h = Math.round((now - rec[1]) / 3600);
          out.push(finding(SESSION_META, {
            severity: h >= 72 ? 'medium' : 'low', key: f, eventIds: [ev.id], facts: { hours: h, session: ev.sessionId.slice(0, 12) },
            en: `One session has been in use for ${h} hours`, ja: `1 つのセッションが ${h} 時間使われ続けている`,
          }));
        }
      }
      if (!isHumanActivity(ev)) return out;
      const hb = Math.floor(t / HOUR);
      if (hb < st.hb) return out; // late event inside the same day: the mask already moved on
      const shift = hb - st.hb;
      st.m = shift >= 24 || st.hb < 0 ? 1 : ((st.m << shift) | 1) & 0xffffff;
      st.hb = hb;
      const active = bits(st.m);
      // A night shift covers ~8–10 hours; 20 of 24 means people taking turns on one account.
      if (shift === 0 || active < minHours) return out;
      out.push(finding(META, {
        severity: 'medium', eventIds: [ev.id], facts: { activeHoursOf24: active },
        en: `Hands-on activity in ${active} of the last 24 hours on this account (shared credentials or shifts)`,
        ja: `直近 24 時間のうち ${active} 時間で操作あり (認証情報の共有または交代制の利用)`,
      }));
      return out;
    },
  };
}
