// M11/M10: a day's downloads, clones and artifact fetches far above the person's own daily baseline.
import type { Detector } from '../types.js';
import { DAY } from '../types.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'mass-download', pillar: 'behaviour', signals: ['M11', 'M10'], attack: ['T1530', 'T1213'], windowMs: DAY };

/** d: current day; c: count today; n: baseline days; m/v: EWMA mean and variance of daily counts; f: day already reported. */
export interface DownloadState { d: number; c: number; n: number; m: number; v: number; f: number }

export function massDownload(o?: Record<string, unknown>): Detector<DownloadState> {
  const alpha = opt(o, 'alpha', 0.2), minAbs = opt(o, 'minCount', 100), factor = opt(o, 'factor', 5);
  const noBaseline = opt(o, 'noBaselineCount', 500), minDays = opt(o, 'baselineDays', 5);
  return {
    id: 'mass-download',
    categories: ['data.download'],
    init: () => ({ d: -1, c: 0, n: 0, m: 0, v: 0, f: -1 }),
    onEvent(st, { ev, t }) {
      if (ev.outcome === 'failure') return;
      const day = Math.floor(t / DAY);
      if (day !== st.d) {
        // Close finished days into the baseline; quiet days in between count as zero (at most 30 of them).
        if (st.d >= 0) {
          const gap = Math.min(day - st.d - 1, 30);
          for (let i = -1; i < gap; i++) {
            const x = i === -1 ? st.c : 0;
            const d = x - st.m;
            st.m = st.n === 0 ? x : st.m + alpha * d;
            st.v = st.n === 0 ? 0 : (1 - alpha) * (st.v + alpha * d * d);
            st.n++;
          }
        }
        st.d = day; st.c = 0;
      }
      st.c++;
      if (st.f === day) return;
      const hasBaseline = st.n >= minDays;
      const limit = hasBaseline ? Math.max(minAbs, factor * st.m, st.m + 4 * Math.sqrt(st.v)) : noBaseline;
      if (st.c < limit) return;
      st.f = day;
      const mean = Math.round(st.m * 10) / 10;
      return [finding(META, {
        severity: hasBaseline ? 'medium' : 'low', eventIds: [ev.id],
        facts: { countToday: st.c, baselineDailyMean: hasBaseline ? mean : null, baselineDays: st.n, lastTarget: ev.target ?? null, type: ev.type },
        en: hasBaseline ? `${st.c} downloads/clones today against a usual ${mean} per day` : `${st.c} downloads/clones today with no baseline yet`,
        ja: hasBaseline ? `本日 ${st.c} 件のダウンロード/クローン (通常は 1 日 ${mean} 件)` : `本日 ${st.c} 件のダウンロード/クローン (基準値なし)`,
      })];
    },
  };
}
