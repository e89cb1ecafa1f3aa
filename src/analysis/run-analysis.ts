// One analysis pass over everything stored: attribute events, detect, check onboarding, and keep the findings.
import type { AnalyzerConfig } from '../detect/index.js';
import { METRIC_EVENT_TYPE } from '../detect/detectors/index.js';
import { analyzeOnboarding, type OnboardingInput } from '../onboard/index.js';
import type { OnboardEvent } from '../onboard/types.js';
import type { Db } from '../store/db.js';
import {
  insertAlerts, loadDetectionStates, loadPersonContexts, replaceClusters, saveDetectionStates,
} from '../store/analysis-repo.js';
import { attributeEvents, countUnattributed, eventsForOnboarding, markAnalysed, materializeMetricEvents, unanalysedEvents } from '../store/events-repo.js';
import { loadAccounts, loadPayroll, loadPeople, loadShipments } from '../store/hr-repo.js';
import { runDetection, type AnalyzeStore } from './detect-stage.js';
import { runScoring } from './score-stage.js';
import { runScreening } from './screen-stage.js';
import { screenAgainstWatchList } from '../response/post-termination.js';
import { sharedEnricher } from '../pipeline/enrich-events.js';
import { effectiveCorporateRanges } from '../store/settings-repo.js';
import { readCheckpoints } from '../stream/checkpoint-repo.js';
import { withResidenceCoordinates } from '../enrich/geocode.js';

export interface AnalysisSummary {
  attributed: number;
  unattributed: number;
  events: number;
  alerts: number;
  newAlerts: number;
  clusters: number;
  scored: number;
  /** Alerts whose subject matched no known person. */
  unattributedAlerts: number;
  /** Stream mode (docs/scale.md): `trustline worker` processes run detection for this tenant, so this pass did not. */
  detectionInWorkers: boolean;
  ms: number;
}

export function storeForDetection(db: Db, tenantId: string): AnalyzeStore {
  return {
    // Residence coordinates come from the offline gazetteer, so distance checks work inside a country too.
    loadPeople: async () => withResidenceCoordinates(await loadPersonContexts(db, tenantId)),
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
  await materializeMetricEvents(db, tenantId, METRIC_EVENT_TYPE);
  const attributed = await attributeEvents(db, tenantId);
  // A tenant whose stream partitions workers have claimed is detected there: running it here as well would analyse
  // events twice, with state the workers do not see.
  const detectionInWorkers = Object.keys(await readCheckpoints(db, tenantId)).length > 0;
  const det = detectionInWorkers ? { events: 0, alerts: 0, inserted: 0 } : await runDetection(storeForDetection(db, tenantId), config);
  const onboarding = analyzeOnboarding(await loadOnboardingInput(db, tenantId));
  const newOnboarding = await insertAlerts(db, tenantId, onboarding.alerts);
  const screening = await runScreening(db, tenantId, sharedEnricher(await effectiveCorporateRanges(db, tenantId, [])));
  const newScreening = await insertAlerts(db, tenantId, screening.alerts);
  // Post-termination watch: identifiers of people who left under a confirmed case, seen again anywhere.
  const shareKey = process.env.TRUSTLINE_SHARE_KEY;
  const watched = await screenAgainstWatchList(db, tenantId, { keys: shareKey ? { '*': shareKey } : {} });
  const newWatched = await insertAlerts(db, tenantId, watched);
  await replaceClusters(db, tenantId, onboarding.clusters);
  const scoring = await runScoring(db, tenantId);
  return {
    scored: scoring.people, unattributedAlerts: scoring.unattributedAlerts,
    attributed, unattributed: await countUnattributed(db, tenantId), events: det.events,
    alerts: det.alerts + onboarding.alerts.length + screening.alerts.length + watched.length,
    newAlerts: det.inserted + newOnboarding + newScreening + newWatched,
    clusters: onboarding.clusters.length, detectionInWorkers, ms: Date.now() - started,
  };
}
