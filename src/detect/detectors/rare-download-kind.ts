// M11: a person pulling several different repositories or files in a way almost nobody in the organisation uses —
// e.g. whole-repository archive downloads where everyone else clones. Volume detectors (mass-download, artifact-surge)
// compare counts; a handful of archive exports of different repositories is small in count but unusual in kind.
import type { Detector } from '../types.js';
import { DAY } from '../types.js';
import { fp } from '../hash.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'uncommon-bulk-download', pillar: 'behaviour', signals: ['M11'], attack: ['T1530', 'T1213'], windowMs: 7 * DAY };
/** Shared: download kind (event type) → [people who used it]; '*' → [people who downloaded anything]. */
const PEERS = 'download-kind-people';

/** k: kinds this person has used (fingerprints); r: recent downloads as [time s, kind fp, target fp]; f: [kind fp, day reported]. */
export interface RareKindState { k: string[]; r: [number, string, string][]; f: [string, number][] }

export function rareDownloadKind(o?: Record<string, unknown>): Detector<RareKindState> {
  const minTargets = opt(o, 'minTargets', 5), windowS = opt(o, 'windowDays', 7) * 86400;
  const maxShare = opt(o, 'maxKindShare', 0.05), minPeople = opt(o, 'minPeople', 20);
  return {
    id: 'rare-download-kind',
    categories: ['data.download'],
    init: () => ({ k: [], r: [], f: [] }),
    onEvent(st, { ev, t }, shared) {
      if (ev.outcome === 'failure' || !ev.target) return;
      const peers = shared.get(PEERS) as Map<string, number>;
      const kind = `${ev.source}:${ev.type}`;
      const kf = fp(kind);
      if (st.k.length === 0) peers.set('*', (peers.get('*') ?? 0) + 1);
      if (!st.k.includes(kf)) { st.k.push(kf); if (st.k.length > 16) st.k.shift(); peers.set(kind, (peers.get(kind) ?? 0) + 1); }
      const now = Math.floor(t / 1000);
      st.r = st.r.filter((x) => now - x[0] <= windowS);
      st.r.push([now, kf, fp(ev.target)]);
      if (st.r.length > 64) st.r.shift();
      const everyone = peers.get('*') ?? 0, withKind = peers.get(kind) ?? 0;
      // Judged only once enough people have downloaded anything, and only while this kind stays rare among them.
      if (everyone < minPeople || withKind / everyone > maxShare) return;
      const targets = new Set(st.r.filter((x) => x[1] === kf).map((x) => x[2])).size;
      if (targets < minTargets) return;
      const day = Math.floor(t / DAY);
      const last = st.f.find((x) => x[0] === kf);
      if (last && (day - last[1]) * DAY < windowS * 1000) return;
      if (last) last[1] = day; else st.f.push([kf, day]);
      return [finding(META, {
        severity: 'low', key: kind, eventIds: [ev.id],
        facts: { kind: ev.type, source: ev.source, distinctTargets: targets, windowDays: windowS / 86400, peopleUsingKind: withKind, peopleDownloading: everyone, lastTarget: ev.target },
        en: `${targets} different ${ev.source} items fetched as "${ev.type}" within ${windowS / 86400} days — a kind of download only ${withKind} of ${everyone} people who download anything use`,
        ja: `${windowS / 86400} 日以内に ${ev.source} の異なる ${targets} 件を「${ev.type}」で取得 (何らかのダウンロードをする ${everyone} 人中 ${withKind} 人しか使わない方法)`,
      })];
    },
  };
}
