// `trustline analyze`: runs rules, detectors and correlations over every event not yet analysed and stores the alerts.
import type { Command } from 'commander';
import type { Alert } from '../../model/alert.js';
import { createAnalyzer, defaultDetectors, loadRules, type AnalyzerConfig, type AttributedEvent, type PersonContext, type PersonState } from '../../detect/index.js';
import { createCorrelator, loadCorrelations } from '../../correlate/index.js';

/** What `analyze` needs from storage; the lead wires the store to it. */
export interface AnalyzeStore {
  /** People with declared travel and accounts, keyed by employee id. */
  loadPeople(): Promise<PersonContext[]>;
  /** Enriched events not yet analysed, attributed to a person, in event-time order, in batches. */
  unanalysedEvents(batchSize: number): AsyncIterable<AttributedEvent[]>;
  /** Detection state saved by earlier runs (per person, and the cross-person stores). */
  loadStates(): Promise<{ people: Record<string, PersonState>; shared: Record<string, [string, unknown][]> }>;
  saveStates(people: Record<string, PersonState>, shared: Record<string, [string, unknown][]>): Promise<void>;
  /** Insert alerts; an existing id is left as it is (ids are stable, so re-analysis never duplicates). */
  upsertAlerts(alerts: Alert[]): Promise<number>;
  /** Marks the events as analysed (after their alerts and the state are saved). */
  markAnalysed(eventIds: string[]): Promise<void>;
}

export interface AnalyzeDeps { openStore: () => Promise<AnalyzeStore>; write: (s: string) => void; config?: AnalyzerConfig }

export async function runAnalyze(deps: AnalyzeDeps, batchSize = 10_000): Promise<{ events: number; alerts: number; inserted: number }> {
  const store = await deps.openStore();
  const people = new Map((await store.loadPeople()).map((p) => [p.personId, p]));
  const analyzer = createAnalyzer({
    rules: loadRules(), detectors: defaultDetectors(deps.config?.detectors), stages: [createCorrelator(loadCorrelations())],
    // Stored events come sorted; late arrivals from a previous import are processed as they come.
    config: { ...deps.config, lateWindowMs: 0 },
  });
  const saved = await store.loadStates();
  for (const [id, st] of Object.entries(saved.people)) analyzer.importState(id, st);
  analyzer.importShared(saved.shared);
  let events = 0, alerts = 0, inserted = 0;
  for await (const batch of store.unanalysedEvents(batchSize)) {
    const out: Alert[] = [];
    for (const { personId, event } of batch) out.push(...analyzer.process(personId, event, people.get(personId) ?? { personId }));
    out.push(...analyzer.flush());
    const touched = [...new Set(batch.map((b) => b.personId))];
    const states: Record<string, PersonState> = {};
    for (const id of touched) { const s = analyzer.exportState(id); if (s) states[id] = s; }
    inserted += await store.upsertAlerts(out);
    await store.saveStates(states, analyzer.exportShared());
    await store.markAnalysed(batch.map((b) => b.event.id));
    events += batch.length;
    alerts += out.length;
  }
  deps.write(`analysed ${events} events, ${alerts} alerts (${inserted} new)\n`);
  return { events, alerts, inserted };
}

const defaultDeps: AnalyzeDeps = {
  openStore: async () => { throw new Error('no data store is wired for `trustline analyze` yet'); },
  write: (s) => process.stdout.write(s),
};

export function register(program: Command, deps: AnalyzeDeps = defaultDeps): void {
  program.command('analyze')
    .description('run detections and correlations over every event not yet analysed (M1–M12, C1–C3)')
    .action(async () => {
      try { await runAnalyze(deps); } catch (e) {
        process.stderr.write(`trustline analyze: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 2;
      }
    });
}
