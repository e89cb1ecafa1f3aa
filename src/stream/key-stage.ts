// Cross-person detection (shared device, shared residential IP) over one key partition: state keyed by device or IP.
import { alertId } from '../detect/hash.js';
import { keystrokeLatency, METRIC_EVENT_TYPE, sharedDevice, sharedIp } from '../detect/detectors/index.js';
import { personFacts, type Detector, type EnrichedEvent, type Finding } from '../detect/index.js';
import type { DetectorConfig } from '../detect/types.js';
import type { Alert } from '../model/alert.js';
import { narrowToKey, type KeyNs } from './messages.js';

/** Detector ids that need other people's events; they run here, keyed by the shared thing, never per person. */
export const CROSS_PERSON_DETECTORS: ReadonlySet<string> = new Set(['shared-device', 'shared-ip', 'keystroke-latency']);

/**
 * Stored per key: the detector's store entry and the dedup marks (person|rule|key → bucket end, s) raised on it.
 * For the latency baseline the metric's row holds the peer aggregate; each person's own running statistics for it
 * are a second row ("metric-own", `metric|person`) in the same partition, so no row grows with head count.
 */
export interface KeyRow { e?: unknown; dd: Record<string, number> }

/** The row key of a person's own statistics for one metric (namespace "metric-own", same partition as the metric). */
export const ownKey = (metric: string, personId: string) => `${metric}|${personId}`;

export function createKeyStage(config: DetectorConfig = {}) {
  const byNs: Record<KeyNs, Detector<any>> = {
    device: sharedDevice(config['shared-device']), ip: sharedIp(config['shared-ip']), metric: keystrokeLatency(config['keystroke-latency']),
  };
  /** The shared-store namespace each detector reads (see its source). */
  const storeNs: Record<KeyNs, string> = { device: 'device', ip: 'ip', metric: 'peer-metric' };
  const cats: Record<KeyNs, Set<string>> = {
    device: new Set(byNs.device.categories ?? []), ip: new Set(byNs.ip.categories ?? []), metric: new Set(byNs.metric.categories ?? []),
  };

  /** The analyzer's dedup, per key row: same rule + person + key + time bucket → same id, raised once. */
  function toAlert(row: KeyRow, personId: string, f: Finding, ev: EnrichedEvent, t: number): Alert | null {
    const bucket = Math.floor(t / f.dedupWindowMs);
    const mark = `${personId}\u0001${f.ruleId}|${f.dedupKey}`;
    const end = ((bucket + 1) * f.dedupWindowMs) / 1000;
    if (row.dd[mark] === end) return null;
    for (const m in row.dd) if ((row.dd[m] as number) * 1000 <= t) delete row.dd[m];
    row.dd[mark] = end;
    if (f.emit === false) return null;
    return {
      id: alertId([f.ruleId, personId, f.dedupKey, String(bucket)]), ruleId: f.ruleId, subjectKind: 'employee', subjectId: personId,
      time: ev.time, severity: f.severity, pillar: f.pillar, signals: f.signals, attack: f.attack, summary: f.summary,
      evidence: { eventIds: f.eventIds, facts: f.facts },
    };
  }

  return {
    /** One key of one event; `row` is that key's stored state and is updated in place. */
    process(row: KeyRow, personId: string, ns: KeyNs, key: string, event: EnrichedEvent, ownRow?: KeyRow): Alert[] {
      const t = Date.parse(event.time);
      if (Number.isNaN(t) || !cats[ns].has(event.category)) return [];
      const ev = narrowToKey(event, ns, key);
      if (ns === 'metric' && ev.type !== METRIC_EVENT_TYPE) return [];
      const store = new Map<string, unknown>();
      if (row.e !== undefined) store.set(key, row.e);
      const det = byNs[ns];
      let own: unknown = {};
      // Latency: the person's own statistics and dedup marks live in their own row; the peer aggregate in `row`.
      const marks = ns === 'metric' && ownRow ? ownRow : row;
      if (ns === 'metric' && ownRow) { ownRow.e ??= det.init(); own = ownRow.e; }
      const findings: Finding[] = det.onEvent(own, { ev, t, person: personFacts({ personId }) },
        { get: (name: string) => (name === storeNs[ns] ? store : new Map()) }) ?? [];
      const after = store.get(key);
      if (after !== undefined) row.e = after;
      const out: Alert[] = [];
      for (const f of findings) { const a = toAlert(marks, personId, f, ev, t); if (a) out.push(a); }
      return out;
    },
  };
}
export type KeyStage = ReturnType<typeof createKeyStage>;
