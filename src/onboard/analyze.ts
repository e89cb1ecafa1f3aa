// Runs every onboarding check over one organisation's records and logs, and turns shared links into clusters.
import type { Account, Alert, Cluster, ClusterEdge, Person, PayrollRecord, Shipment } from '../model/index.js';
import { buildClusters } from './cluster-graph.js';
import { resolveConfig, type OnboardConfigInput } from './config.js';
import { checkLeastPrivilege } from './least-privilege.js';
import { makeAlert } from './make-alert.js';
import { checkPayroll } from './payroll-check.js';
import { findSharedAddresses } from './shared-addresses.js';
import { findSharedInfrastructure } from './shared-infrastructure.js';
import { checkMissingNamedAccounts, checkSharedAccountMappings, checkSharedLogins } from './shared-logins.js';
import { findSharedPayment } from './shared-payment.js';
import { checkShipments } from './shipments-check.js';
import { householdLookup, indexPeople, type Household, type OnboardEvent } from './types.js';

export interface OnboardingInput {
  people: readonly Person[];
  shipments?: readonly Shipment[];
  payroll?: readonly PayrollRecord[];
  accounts?: readonly Account[];
  events?: readonly OnboardEvent[];
  households?: readonly Household[];
  config?: OnboardConfigInput;
}

export interface OnboardingResult {
  alerts: Alert[];
  clusters: Cluster[];
  /** Every link found, including weak ones that made no cluster (for the graph view). */
  edges: ClusterEdge[];
}

const EDGE_SIGNALS: Record<ClusterEdge['kind'], string[]> = {
  address: ['O1'], bank: ['O2', 'B4'], wallet: ['O2', 'B4'], ip: ['B3'], device: ['B3'], hostname: ['B3'], authenticator: ['B3'],
};

export function analyzeOnboarding(input: OnboardingInput): OnboardingResult {
  const config = resolveConfig(input.config);
  const people = indexPeople(input.people);
  const related = householdLookup(input.households);
  const shipments = input.shipments ?? [];
  const payroll = input.payroll ?? [];
  const accounts = input.accounts ?? [];
  const events = input.events ?? [];

  const addr = findSharedAddresses(shipments, people, related, config);
  const pay = findSharedPayment(payroll, related, config);
  const infra = findSharedInfrastructure(events, related, config);
  const edges = [...addr.edges, ...pay.edges, ...infra.edges];
  const clusters = buildClusters(edges, config);

  const alerts: Alert[] = [
    ...checkShipments(shipments, people),
    ...addr.alerts,
    ...checkPayroll(payroll, people, config),
    ...pay.alerts,
    ...infra.alerts,
    ...checkLeastPrivilege(events, people, accounts, config),
    ...checkSharedLogins(events, people, config),
    ...checkSharedAccountMappings(accounts),
    ...checkMissingNamedAccounts(people, accounts, events),
    ...clusters.flatMap(clusterAlerts),
  ];
  return { alerts, clusters, edges };
}

/** One alert on the cluster, one on each member: a cluster raises every member's risk. */
export function clusterAlerts(c: Cluster): Alert[] {
  const signals = [...new Set(c.edges.flatMap((e) => EDGE_SIGNALS[e.kind]))].sort();
  const severity: Alert['severity'] = c.score >= 2 || (c.kind === 'laptop_farm' && c.members.length >= 3) ? 'high' : 'medium';
  const time = c.edges.map((e) => e.to ?? e.from).filter((t): t is string => !!t).sort().pop() ?? null;
  const facts = { clusterId: c.id, kind: c.kind, members: c.members, score: c.score, edgeKinds: [...new Set(c.edges.map((e) => e.kind))].sort(), location: c.location ?? null };
  const base = { ruleId: 'onboard.cluster', time, severity, pillar: 'location' as const, signals, attack: ['T1078'], facts };
  return [
    makeAlert({ ...base, dedupKey: c.id, subjectKind: 'cluster', subjectId: c.id, en: c.explanation.en, ja: c.explanation.ja }),
    ...c.members.map((m) => makeAlert({
      ...base, ruleId: 'onboard.cluster_member', dedupKey: c.id, subjectId: m,
      en: `${m} belongs to a ${c.kind.replace('_', ' ')} cluster (${c.id}). ${c.explanation.en}`,
      ja: `${m} はクラスタ ${c.id}(${c.kind})に含まれます。${c.explanation.ja}`,
    })),
  ];
}
