// Runs rules, stateful detectors and later stages (correlation) over events in time order; deduplicates into stable alerts.
import type { Alert } from '../model/alert.js';
import { alertId } from './hash.js';
import { createReorderBuffer } from './reorder-buffer.js';
import { createRuleEngine, type RuleSet } from './rule-engine.js';
import { personFacts } from './person-facts.js';
import type { Detector, DetectorConfig, EnrichedEvent, EventView, Finding, PersonContext, SharedStores } from './types.js';

/** A stage after detection (correlation): sees every finding, may add its own. State is per person. */
export interface FindingStage<S = unknown> {
  id: string;
  init(): S;
  onFinding(state: S, f: Finding, view: EventView): Finding[] | undefined;
}

export interface AnalyzerConfig {
  /** How late an event may arrive and still be put in time order (ms). 0 = process on arrival. */
  lateWindowMs?: number;
  /** Values for `in_list` lists, overriding rules/lists.yaml (e.g. approved_remote_tools). */
  lists?: Record<string, string[]>;
  /** Per-detector settings, keyed by detector id. */
  detectors?: DetectorConfig;
}

export interface AnalyzerOptions {
  rules: RuleSet;
  detectors: Detector<any>[];
  stages?: FindingStage<any>[];
  config?: AnalyzerConfig;
}

/** Per-person state: detector states, dedup marks (key → bucket end, s) and stage states. */
export interface PersonState { d: Record<string, unknown>; dd: Record<string, number>; s: Record<string, unknown> }

interface Item { personId: string; ev: EnrichedEvent; person: PersonContext; t: number }

export function createAnalyzer(opts: AnalyzerOptions) {
  const cfg = opts.config ?? {};
  const engine = createRuleEngine(opts.rules, cfg.lists);
  const stages = opts.stages ?? [];
  const detectors = opts.detectors.map((d) => ({ d, cats: d.categories ? new Set(d.categories) : null }));
  const states = new Map<string, PersonState>();
  const sharedMaps = new Map<string, Map<string, unknown>>();
  const shared: SharedStores = { get(ns) { let m = sharedMaps.get(ns); if (!m) { m = new Map(); sharedMaps.set(ns, m); } return m; } };
  const buffer = createReorderBuffer<Item>(cfg.lateWindowMs ?? 0);
  let lastReleased = -Infinity;
  let processed = 0;
  let lateBeyondWindow = 0;

  function stateOf(personId: string): PersonState {
    let s = states.get(personId);
    if (!s) { s = { d: {}, dd: {}, s: {} }; states.set(personId, s); }
    return s;
  }

  /** Same rule + person + key + time bucket → same id; raised once per bucket. */
  function toAlert(st: PersonState, personId: string, f: Finding, view: EventView): Alert | null {
    const bucket = Math.floor(view.t / f.dedupWindowMs);
    const key = `${f.ruleId}|${f.dedupKey}`;
    const end = ((bucket + 1) * f.dedupWindowMs) / 1000;
    if (st.dd[key] === end) return null;
    for (const k in st.dd) if ((st.dd[k] as number) * 1000 <= view.t) delete st.dd[k];
    st.dd[key] = end;
    if (f.emit === false) return null;
    return {
      id: alertId([f.ruleId, personId, f.dedupKey, String(bucket)]),
      ruleId: f.ruleId,
      subjectKind: 'employee',
      subjectId: personId,
      time: view.ev.time,
      severity: f.severity,
      pillar: f.pillar,
      signals: f.signals,
      attack: f.attack,
      summary: f.summary,
      evidence: { eventIds: f.eventIds, facts: f.facts },
    };
  }

  function run(item: Item): Alert[] {
    processed++;
    if (item.t < lastReleased) lateBeyondWindow++;
    else lastReleased = item.t;
    const st = stateOf(item.personId);
    const view: EventView = { ev: item.ev, t: item.t, person: personFacts(item.person) };
    let findings = engine.evaluate(view);
    for (const { d, cats } of detectors) {
      if (cats && !cats.has(item.ev.category)) continue;
      let ds = st.d[d.id];
      if (ds === undefined) { ds = d.init(); st.d[d.id] = ds; }
      const out = d.onEvent(ds, view, shared);
      if (out?.length) findings = findings.concat(out);
    }
    // Later stages see each finding, and the findings they add, once.
    for (let i = 0; i < findings.length; i++) {
      for (const stage of stages) {
        let ss = st.s[stage.id];
        if (ss === undefined) { ss = stage.init(); st.s[stage.id] = ss; }
        const more = stage.onFinding(ss, findings[i]!, view);
        if (more?.length) findings.push(...more);
      }
    }
    const alerts: Alert[] = [];
    for (const f of findings) { const a = toAlert(st, item.personId, f, view); if (a) alerts.push(a); }
    return alerts;
  }

  return {
    /** Queues one event attributed to a person; returns the alerts of every event now released in time order. */
    process(personId: string, ev: EnrichedEvent, person: PersonContext): Alert[] {
      const t = Date.parse(ev.time);
      if (Number.isNaN(t)) return [];
      const ready = buffer.add(t, { personId, ev, person, t });
      if (ready.length === 0) return [];
      if (ready.length === 1) return run(ready[0]!);
      return ready.flatMap(run);
    },
    /** Processes everything still held for ordering. */
    flush(): Alert[] { return buffer.drain().flatMap(run); },
    /** JSON-serialisable state of one person (flush first to include held events). */
    exportState(personId: string): PersonState | undefined { return states.get(personId); },
    importState(personId: string, state: PersonState): void { states.set(personId, state); },
    /** Cross-person stores (device → people, IP → people), keyed so they can be partitioned by that key. */
    exportShared(): Record<string, [string, unknown][]> {
      return Object.fromEntries([...sharedMaps].map(([ns, m]) => [ns, [...m]]));
    },
    importShared(data: Record<string, [string, unknown][]>): void {
      for (const [ns, entries] of Object.entries(data)) sharedMaps.set(ns, new Map(entries));
    },
    people: () => [...states.keys()],
    stats: () => ({ processed, lateBeyondWindow, held: buffer.size(), people: states.size }),
  };
}
export type Analyzer = ReturnType<typeof createAnalyzer>;
