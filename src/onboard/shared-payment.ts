// O2/B4: one bank account, wallet or payment-service account receiving pay for several people.
import type { Alert, ClusterEdge, PayrollRecord } from '../model/index.js';
import { payDestination } from './bank-identity.js';
import type { OnboardConfig } from './config.js';
import { makeEdge, minMax, pairs } from './edge.js';
import { makeAlert, stableHash } from './make-alert.js';

export function findSharedPayment(
  payroll: readonly PayrollRecord[], related: (a: string, b: string) => boolean, config: OnboardConfig,
): { edges: ClusterEdge[]; alerts: Alert[] } {
  const byKey = new Map<string, { label: string; labelJa: string; method: PayrollRecord['method']; records: PayrollRecord[] }>();
  for (const r of payroll) {
    const d = payDestination(r);
    if (!d.key) continue;
    const e = byKey.get(d.key) ?? { label: d.label, labelJa: d.labelJa, method: r.method, records: [] };
    e.records.push(r);
    byKey.set(d.key, e);
  }
  const edges: ClusterEdge[] = [];
  const alerts: Alert[] = [];
  for (const [key, e] of byKey) {
    const members = [...new Set(e.records.map((r) => r.employeeId))].sort();
    if (members.length < 2) continue;
    const kind = e.method === 'crypto' ? 'wallet' : 'bank';
    const strength = e.method === 'crypto' ? config.strengths.wallet
      : e.method === 'payment_service' ? config.strengths.paymentService : config.strengths.bank;
    // Keys carry account numbers: facts get a hash, never the number itself.
    const ref = stableHash([key], 16);
    const made: ClusterEdge[] = [];
    for (const [a, b] of pairs(members)) {
      if (related(a, b)) continue; // a declared household's joint account is normal
      const { from, to } = minMax(e.records.filter((r) => r.employeeId === a || r.employeeId === b).map((r) => r.effectiveDate));
      made.push(makeEdge(a, b, kind, strength, from, to, `pay for ${a} and ${b} goes to one ${e.label}`, { destinationRef: ref, method: e.method }));
    }
    if (made.length === 0) continue;
    edges.push(...made);
    const involved = [...new Set(made.flatMap((x) => [x.a, x.b]))].sort();
    const last = minMax(e.records.map((r) => r.effectiveDate)).to;
    for (const who of involved) {
      alerts.push(makeAlert({
        ruleId: 'onboard.shared_pay_destination', dedupKey: ref, subjectId: who, time: last,
        severity: 'high', pillar: 'identity', signals: ['O2', 'B4'],
        en: `Pay for ${involved.length} people goes to one ${e.label} (${involved.join(', ')}).`,
        ja: `${involved.length} 人分の給与が同じ ${e.labelJa} に振り込まれています(${involved.join('、')})。`,
        facts: { destinationRef: ref, method: e.method, members: involved },
      }));
    }
  }
  return { edges, alerts };
}
