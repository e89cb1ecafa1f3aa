// M11/M10: a week of downloads, clones and artifact fetches far above what peers do in a week (and above the person's
// own habit once known). Mass-download looks for hundreds in a day; this sees a new hire quietly pulling dozens of
// repositories over days, which is what "a surge of artifact access after the invitation" (C3) looks like in small orgs.
import type { Detector } from '../types.js';
import { DAY } from '../types.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'artifact-access-surge', pillar: 'behaviour', signals: ['M11', 'M10'], attack: ['T1530', 'T1213'], windowMs: 7 * DAY };
const PEERS = 'peer-artifact-week';

/**
 * d: current day; w: downloads on each of the last 7 days (w[0] = today); n: days of own history; m: EWMA of own
 * daily count; f: day a surge was last reported. Shared "peer-artifact-week": "all" → [n, mean, M2] (Welford) of
 * log(1 + 7-day count) over every person-day with downloads.
 */
export interface SurgeState { d: number; w: number[]; n: number; m: number; f: number }

export function artifactSurge(o?: Record<string, unknown>): Detector<SurgeState> {
  const minCount = opt(o, 'minWeekCount', 12), sigmas = opt(o, 'peerSigmas', 3), minPeers = opt(o, 'minPeerSamples', 30);
  const ownFactor = opt(o, 'ownFactor', 3), ownDays = opt(o, 'ownBaselineDays', 14), alpha = opt(o, 'alpha', 0.1);
  return {
    id: 'artifact-surge',
    categories: ['data.download'],
    init: () => ({ d: -1, w: [0, 0, 0, 0, 0, 0, 0], n: 0, m: 0, f: -1 }),
    onEvent(st, { ev, t }, shared) {
      if (ev.outcome === 'failure') return;
      const peers = shared.get(PEERS) as Map<string, [number, number, number]>;
      const day = Math.floor(t / DAY);
      if (day !== st.d) {
        if (st.d >= 0) {
          // The finished day joins the peers' picture of an ordinary week, and the person's own habit.
          const week = st.w.reduce((a, b) => a + b, 0);
          const p = peers.get('all') ?? [0, 0, 0];
          const x = Math.log1p(week), n = p[0] + 1, dm = x - p[1], mean = p[1] + dm / n;
          peers.set('all', [n, mean, p[2] + dm * (x - mean)]);
          for (let i = 0; i < Math.min(day - st.d, 30); i++) { st.m = st.n === 0 ? st.w[0]! : st.m + alpha * ((i === 0 ? st.w[0]! : 0) - st.m); st.n++; }
        }
        const shift = st.d < 0 ? 7 : Math.min(7, day - st.d);
        for (let i = 0; i < shift; i++) { st.w.pop(); st.w.unshift(0); }
        st.d = day;
      }
      st.w[0]! += 1;
      const week = st.w.reduce((a, b) => a + b, 0);
      if (week < minCount || (st.f >= 0 && day - st.f < 7)) return;
      const p = peers.get('all') ?? [0, 0, 0];
      if (p[0] < minPeers) return;
      const sd = Math.sqrt(p[2] / Math.max(1, p[0] - 1));
      const limit = Math.expm1(p[1] + sigmas * sd);
      if (week <= limit) return;
      const ownWeek = st.m * 7;
      if (st.n >= ownDays && week < ownFactor * Math.max(1, ownWeek)) return;
      st.f = day;
      const peerTypical = Math.round(Math.expm1(p[1]) * 10) / 10;
      return [finding(META, {
        severity: week >= 2 * Math.max(limit, minCount) ? 'medium' : 'low', eventIds: [ev.id],
        facts: { weekCount: week, peerTypicalWeek: peerTypical, peerLimit: Math.round(limit * 10) / 10, ownWeeklyMean: st.n >= ownDays ? Math.round(ownWeek * 10) / 10 : null, lastTarget: ev.target ?? null, type: ev.type },
        en: `${week} downloads/clones in 7 days, where peers typically have ${peerTypical} (limit ${Math.round(limit)})`,
        ja: `7 日間で ${week} 件のダウンロード/クローン (同僚の通常は ${peerTypical} 件、上限 ${Math.round(limit)} 件)`,
      })];
    },
  };
}
