// H9 findings from persona clusters: one alert on the cluster, one on each member candidate, one per repeated requisition.
import type { Alert } from '../../model/alert.js';
import { makeAlert } from '../alerts/make-alert.js';
import type { PersonaCluster } from './graph.js';

const maskValue = (kind: string, v: string) => (kind === 'email' || kind === 'referee' ? v.replace(/^(.).*(@.*)$/, '$1***$2') : kind === 'phone' ? v.replace(/\d(?=\d{3})/g, '•') : v);

export function linkageAlerts(clusters: PersonaCluster[]): Alert[] {
  const out: Alert[] = [];
  for (const c of clusters) {
    if (c.candidates.length + c.employees.length < 2) continue;
    const severity: Alert['severity'] = c.score >= 0.95 || c.employees.length > 0 ? 'high' : c.score >= 0.7 ? 'medium' : 'low';
    const kinds = [...new Set(c.edges.map((e) => e.kind))].sort();
    const edges = c.edges.map((e) => ({ a: e.a, b: e.b, kind: e.kind, value: maskValue(e.kind, e.value), weight: e.weight }));
    const facts = { clusterId: c.id, members: c.members, score: c.score, linkKinds: kinds, edges, repeatedRequisitions: c.repeatedRequisitions };
    const en = `${c.members.length} records look like one actor (${kinds.join(', ')}; score ${c.score.toFixed(2)})${c.employees.length ? `, including employee(s) ${c.employees.join(', ')}` : ''}.`;
    const ja = `${c.members.length} 件の記録が同一人物の可能性（${kinds.join('、')}、スコア ${c.score.toFixed(2)}）${c.employees.length ? `。従業員 ${c.employees.join('、')} を含む` : ''}。`;
    out.push(makeAlert({ ruleId: 'screen.linkage.cluster', subjectKind: 'cluster', subjectId: c.id, severity, signals: ['H9'], en, ja, facts }));
    for (const id of c.candidates) {
      out.push(makeAlert({ ruleId: 'screen.linkage.persona', subjectId: id, dedupKey: c.id, severity, signals: ['H9'], en, ja, facts }));
    }
    for (const r of c.repeatedRequisitions) {
      out.push(makeAlert({
        ruleId: 'screen.linkage.repeat-application', subjectKind: 'cluster', subjectId: c.id, dedupKey: r.requisitionId, severity: 'high', signals: ['H9'],
        en: `One actor applied ${r.candidates.length} times to requisition ${r.requisitionId} under different candidate records.`,
        ja: `同一人物が求人 ${r.requisitionId} に別々の応募者として ${r.candidates.length} 回応募しています。`,
        facts: { clusterId: c.id, requisitionId: r.requisitionId, candidates: r.candidates },
      }));
    }
  }
  return out;
}
