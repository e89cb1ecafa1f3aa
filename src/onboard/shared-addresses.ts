// Unrelated people whose laptops go to, or who declare, the same normalised address: laptop-farm candidates (O1).
import type { Alert, ClusterEdge, Person, Shipment } from '../model/index.js';
import type { OnboardConfig } from './config.js';
import { makeEdge, minMax, pairs } from './edge.js';
import { daysBetween, makeAlert } from './make-alert.js';
import { shareSurname } from './names.js';
import { residenceOf, shipToOf } from './residence.js';

interface AtAddress {
  display: string;
  country: string | null;
  city: string | null;
  postal: string | null;
  /** person → shipments to this address */
  shipments: Map<string, Shipment[]>;
  residents: Set<string>;
}

export interface SharedAddressResult {
  edges: ClusterEdge[];
  alerts: Alert[];
}

function collect(shipments: readonly Shipment[], people: ReadonlyMap<string, Person>): Map<string, AtAddress> {
  const byKey = new Map<string, AtAddress>();
  const at = (key: string, display: string, country: string | null, city: string | null, postal: string | null) => {
    let e = byKey.get(key);
    if (!e) { e = { display, country, city, postal, shipments: new Map(), residents: new Set() }; byKey.set(key, e); }
    return e;
  };
  for (const s of shipments) {
    const n = shipToOf(s);
    if (!n.key) continue;
    const e = at(n.key, n.display, n.country, n.city, n.postal?.value ?? null);
    e.shipments.set(s.employeeId, [...(e.shipments.get(s.employeeId) ?? []), s]);
  }
  for (const p of people.values()) {
    const n = residenceOf(p);
    if (n.key) at(n.key, n.display, n.country, n.city, n.postal?.value ?? null).residents.add(p.employeeId);
  }
  return byKey;
}

export function findSharedAddresses(
  shipments: readonly Shipment[], people: ReadonlyMap<string, Person>, related: (a: string, b: string) => boolean,
  config: OnboardConfig,
): SharedAddressResult {
  const S = config.strengths;
  const edges: ClusterEdge[] = [];
  const alerts: Alert[] = [];
  for (const [key, e] of collect(shipments, people)) {
    const members = [...new Set([...e.shipments.keys(), ...e.residents])].filter((m) => people.has(m));
    if (members.length < 2) continue;
    const unrelated = (a: string, b: string) => !related(a, b) && !shareSurname(people.get(a)?.fullName, people.get(b)?.fullName);
    // Three or more unrelated people receiving company laptops at one door is the farm pattern itself.
    const receivers = [...e.shipments.keys()].filter((m) => people.has(m));
    const farmSized = receivers.filter((m) => receivers.some((o) => o !== m && unrelated(m, o))).length >= 3;
    const pairEdges: ClusterEdge[] = [];
    for (const [a, b] of pairs(members)) {
      if (!unrelated(a, b)) continue;
      const shippedA = e.shipments.get(a) ?? [];
      const shippedB = e.shipments.get(b) ?? [];
      const hireA = people.get(a)?.hireDate;
      const hireB = people.get(b)?.hireDate;
      const closeHire = !!hireA && !!hireB && daysBetween(hireA, hireB) <= config.closeHireDays;
      const anyShip = shippedA.length > 0 || shippedB.length > 0;
      const strength = !anyShip ? S.residenceShared
        : farmSized && shippedA.length > 0 && shippedB.length > 0 ? 1
          : closeHire ? S.shipToSharedCloseHire : S.shipToShared;
      const dates: (string | null | undefined)[] = anyShip ? [...shippedA, ...shippedB].map((s) => s.shippedAt) : [hireA, hireB];
      const { from, to } = minMax(dates);
      const how = (m: string, list: Shipment[]) => `${m}: ${list.length ? `${list.length} device(s) shipped there` : 'declares it as residence'}`;
      pairEdges.push(makeEdge(a, b, 'address', strength, from, to,
        `${e.display} — ${how(a, shippedA)}; ${how(b, shippedB)}${closeHire ? `; hired within ${config.closeHireDays} days of each other` : ''}`,
        { addressKey: key, display: e.display, country: e.country, city: e.city, postalCode: e.postal, assetIds: [...shippedA, ...shippedB].map((s) => s.assetId), residents: [...e.residents].filter((r) => r === a || r === b), closeHire }));
    }
    if (pairEdges.length === 0) continue;
    edges.push(...pairEdges);
    const involved = [...new Set(pairEdges.flatMap((x) => [x.a, x.b]))].sort();
    const laptops = [...e.shipments.entries()].filter(([m]) => involved.includes(m)).reduce((n, [, l]) => n + l.length, 0);
    const latest = minMax(pairEdges.map((x) => x.to)).to;
    for (const who of involved) {
      alerts.push(makeAlert({
        ruleId: 'onboard.shared_address', dedupKey: key, subjectId: who, time: latest,
        severity: farmSized ? 'high' : 'medium', pillar: 'location', signals: ['O1'],
        en: `${involved.length} unrelated people share the address ${e.display}: ${laptops} company device(s) shipped there (possible laptop farm).`,
        ja: `血縁・同居の申告がない ${involved.length} 人が同じ住所(${e.display})を共有し、会社支給端末 ${laptops} 台がそこへ配送されています(ラップトップファームの可能性)。`,
        facts: { addressKey: key, members: involved, laptops, farmSized },
      }));
    }
  }
  return { edges, alerts };
}
