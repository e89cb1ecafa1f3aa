// One analysis pass over everything stored: attribute events, detect, check onboarding, and keep the findings.
import type { AnalyzerConfig } from '../detect/index.js';
import { analyzeOnboarding, type OnboardingInput } from '../onboard/index.js';
import type { OnboardEvent } from '../onboard/types.js';
import type { Db } from '../store/db.js';
import {
  insertAlerts, loadDetectionStates, loadPersonContexts, replaceClusters, saveDetectionStates,
} from '../store/analysis-repo.js';
import { attributeEvents, countUnattributed, eventsForOnboarding, markAnalysed, unanalysedEvents } from '../store/events-repo.js';
import { loadAccounts, loadPayroll, loadPeople, loadShipments } from '../store/hr-repo.js';
import { runDetection, type AnalyzeStore } from './detect-stage.js';

export interface AnalysisSummary {
  attributed: number;
  unattributed: number;
  events: number;
  alerts: number;
  newAlerts: number;
  clusters: number;
  ms: number;
}

export function storeForDetection(db: Db, tenantId: string): AnalyzeStore {
  return {
    loadPeople: () => loadPersonContexts(db, tenantId),
    async *unanalysedEvents(n) {
      for await (const batch of unanalysedEvents(db, tenantId, n)) yield batch.map((event) => ({ personId: event.personId!, event }));
    },
    loadStates: () => loadDetectionStates(db, tenantId),
    saveStates: (p, s) => saveDetectionStates(db, tenantId, p, s),
    upsertAlerts: (a) => insertAlerts(db, tenantId, a),
    markAnalysed: (ids) => markAnalysed(db, tenantId, ids),
  };
}

export async function loadOnboardingInput(db: Db, tenantId: string): Promise<OnboardingInput> {
  const [people, shipments, payroll, accounts, events] = await Promise.all([
    loadPeople(db, tenantId), loadShipments(db, tenantId), loadPayroll(db, tenantId), loadAccounts(db, tenantId),
    eventsForOnboarding(db, tenantId),
  ]);
  return { people, shipments, payroll, accounts, events: events as OnboardEvent[] };
}

export async function runAnalysis(db: Db, tenantId: string, config: AnalyzerConfig = {}): Promise<AnalysisSummary> {
  const started = Date.now();
  const attributed = await attributeEvents(db, tenantId);
  const det = await runDetection(storeForDetection(db, tenantId), config);
  const onboarding = analyzeOnboarding(await loadOnboardingInput(db, tenantId));
  const newOnboarding = await insertAlerts(db, tenantId, onboarding.alerts);
  await replaceClusters(db, tenantId, onboarding.clusters);
  return {
    attributed, unattributed: await countUnattributed(db, tenantId), events: det.events,
    alerts: det.alerts + onboarding.alerts.length, newAlerts: det.inserted + newOnboarding,
    clusters: onboarding.clusters.length, ms: Date.now() - started,
  };
}
