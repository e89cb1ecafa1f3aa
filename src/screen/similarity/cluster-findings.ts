// H2 findings: one alert per candidate whose resume is reused by, or shares an authoring fingerprint with, others.
import type { Alert } from '../../model/alert.js';
import { makeAlert } from '../alerts/make-alert.js';
import type { ResumeCluster } from './resume-clusters.js';

export function resumeClusterAlerts(clusters: ResumeCluster[]): Alert[] {
  const out: Alert[] = [];
  for (const c of clusters) {
    if (c.subjects.length < 2) continue;
    for (const subject of c.subjects) {
      const mine = c.edges.filter((e) => e.subjects.includes(subject));
      const others = [...new Set(mine.flatMap((e) => e.subjects).filter((s) => s !== subject))].sort();
      const best = Math.max(0, ...mine.map((e) => e.score));
      const kinds = [...new Set(mine.flatMap((e) => e.kinds))].sort();
      const signals = kinds.includes('metadata') ? ['H2', 'H1', 'H9'] : ['H2', 'H9'];
      out.push(makeAlert({
        ruleId: 'screen.resume.reused', subjectId: subject, dedupKey: c.id, severity: best >= 0.8 ? 'high' : 'medium', signals,
        en: `Resume matches ${others.length} other candidate${others.length === 1 ? '' : 's'} (${kinds.join(', ')}; best score ${best.toFixed(2)}): likely one document reused across personas.`,
        ja: `履歴書が他の応募者 ${others.length} 名と一致（${kinds.join('、')}、最高スコア ${best.toFixed(2)}）：同一文書が複数の人物で使い回されている可能性があります。`,
        facts: {
          clusterId: c.id, otherCandidates: others, clusterSize: c.subjects.length, kinds, score: best,
          edges: mine.map((e) => ({ docs: [e.a, e.b], kinds: e.kinds, textJaccard: e.textJaccard, layoutSimilarity: e.layoutSimilarity, sharedMetadata: e.sharedMetadata, passages: e.passages.slice(0, 3) })),
        },
      }));
    }
  }
  return out;
}
