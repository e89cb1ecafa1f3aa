// M7: keystroke/session latency against the person's own baseline and against peers — weak alone by design.
import type { EndpointMetric } from '../../model/endpoint-metric.js';
import type { Detector, EnrichedEvent } from '../types.js';
import { DAY } from '../types.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'keystroke-latency', pillar: 'behaviour', signals: ['M7', 'M6'], attack: ['T1219'], windowMs: 7 * DAY };
export const METRIC_EVENT_TYPE = 'endpoint.metric';
const METRICS = new Set(['keystroke_latency_ms', 'session_rtt_ms']);

/** An endpoint_metrics.csv row as an event, so metrics go through the same time-ordered path. */
export function metricEvent(m: EndpointMetric, id: string): EnrichedEvent {
  return {
    id, time: m.at, source: 'other', sourceEventId: id, type: METRIC_EVENT_TYPE, category: 'other', outcome: 'unknown',
    deviceId: m.deviceId, attrs: { metric: m.metric, value: m.value }, raw: m, enrichment: {},
  } as EnrichedEvent;
}

/** m: metric → [n, EWMA mean, EWMA variance]. Shared "peer-metric": metric → [n, mean, M2] over all people (Welford). */
export interface LatencyState { m: Record<string, [number, number, number]> }

export function keystrokeLatency(o?: Record<string, unknown>): Detector<LatencyState> {
  const alpha = opt(o, 'alpha', 0.1), minN = opt(o, 'minSamples', 10), sigmas = opt(o, 'sigmas', 4), ratio = opt(o, 'ratio', 1.5);
  return {
    id: 'keystroke-latency',
    categories: ['other'],
    init: () => ({ m: {} }),
    onEvent(st, { ev }, shared) {
      if (ev.type !== METRIC_EVENT_TYPE) return;
      const metric = String(ev.attrs['metric']);
      const v = Number(ev.attrs['value']);
      if (!METRICS.has(metric) || !Number.isFinite(v) || v < 0) return;
      const peers = shared.get('peer-metric') as Map<string, [number, number, number]>;
      const pr = peers.get(metric) ?? [0, 0, 0];
      const [n, mean, vr] = st.m[metric] ?? [0, v, 0];
      const sd = Math.sqrt(vr);
      const out = [];
      const peerSd = pr[0] > 1 ? Math.sqrt(pr[2] / (pr[0] - 1)) : 0;
      const ownJump = n >= minN && v > mean + sigmas * Math.max(sd, mean * 0.05) && v > ratio * mean;
      const aboveOwn = n >= minN && mean > 0;
      const abovePeers = pr[0] >= 50 && peerSd > 0 && v > pr[1] + 3 * peerSd && (!aboveOwn || v > ratio * mean);
      if (ownJump || abovePeers) {
        const why = ownJump ? 'own' : 'peers';
        out.push(finding(META, {
          severity: 'low', key: `${metric}|${why}`, eventIds: [ev.id],
          facts: { metric, value: v, ownMean: Math.round(mean), ownSamples: n, peerMean: Math.round(pr[1]), peerSd: Math.round(peerSd), device: ev.deviceId },
          en: `${metric} ${v} ms is far above ${why === 'own' ? `this person's usual ${Math.round(mean)} ms` : `peers' ${Math.round(pr[1])} ms`} (remote control or relay adds delay; weak on its own)`,
          ja: `${metric} が ${v} ms で、${why === 'own' ? `本人の通常値 ${Math.round(mean)} ms` : `同僚の ${Math.round(pr[1])} ms`} を大きく上回る (遠隔操作や中継の可能性。単独では弱い兆候)`,
        }));
      }
      // Update own EWMA and the peers' running statistics after judging.
      const d = v - mean;
      st.m[metric] = [n + 1, n === 0 ? v : mean + alpha * d, n === 0 ? 0 : (1 - alpha) * (vr + alpha * d * d)];
      const pn = pr[0] + 1, pd = v - pr[1], pm = pr[1] + pd / pn;
      peers.set(metric, [pn, pm, pr[2] + pd * (v - pm)]);
      return out;
    },
  };
}
