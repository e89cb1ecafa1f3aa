// Runs rules, detectors and correlations over every attributed event not yet analysed, resuming from stored state.
import { createCorrelator, loadCorrelations } from '../correlate/index.js';
import { createAnalyzer, defaultDetectors, loadRules, type AnalyzerConfig, type AttributedEvent, type PersonContext, type PersonState } from '../detect/index.js';
import type { Alert } from '../model/alert.js';

/** What the detection stage needs from storage. */
export interface AnalyzeStore {
  loadPeople(): Promise<PersonContext[]>;
  /** Enriched events not yet analysed, attributed to a person, in event-time order, in batches. */
  unanalysedEvents(batchSize: number): AsyncIterable<AttributedEvent[]>;
  loadStates(): Promise<{ people: Record<string, PersonState>; shared: Record<string, [string, unknown][]> }>;
  saveStates(people: Record<string, PersonState>, shared: Record<string, [string, unknown][]>): Promise<void>;
  /** Insert alerts; an existing id is left as it is. Returns how many were new. */
  upsertAlerts(alerts: Alert[]): Promise<number>;
  /** Marks events analysed, after their alerts and the state are saved. */
  markAnalysed(eventIds: string[]): Promise<void>;
}

export async function runDetection(store: AnalyzeStore, config: AnalyzerConfig = {}, batchSize = 10_000) {
  const people = new Map((await store.loadPeople()).map((p) => [p.personId, p]));
  const analyzer = createAnalyzer({
    rules: loadRules(), detectors: defaultDetectors(config.detectors), stages: [createCorrelator(loadCorrelations())],
    // Stored events come sorted; late arrivals from a later import are processed as they come.
    config: { ...config, lateWindowMs: 0 },
  });
  const saved = await store.loadStates();
  for (const [id, st] of Object.entries(saved.people)) analyzer.importState(id, st);
  analyzer.importShared(saved.shared);
  let events = 0, alerts = 0, inserted = 0;
  for await (const batch of store.unanalysedEvents(batchSize)) {
    const out: Alert[] = [];
    for (const { personId, event } of batch) out.push(...analyzer.process(personId, event, people.get(personId) ?? { personId }));
    out.push(...analyzer.flush());
    const states: Record<string, PersonState> = {};
    for (const id of new Set(batch.map((b) => b.personId))) { const s = analyzer.exportState(id); if (s) states[id] = s; }
    inserted += await store.upsertAlerts(out);
    await store.saveStates(states, analyzer.exportShared());
    await store.markAnalysed(batch.map((b) => b.event.id));
    events += batch.length;
    alerts += out.length;
  }
  return { events, alerts, inserted };
}
