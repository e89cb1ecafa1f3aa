// Message shapes on the stream and the cross-person keys an event carries (device, authenticator, residential IP).
import { z } from 'zod';
import { METRIC_EVENT_TYPE, sharedDevice, sharedIp } from '../detect/detectors/index.js';
import type { EnrichedEvent } from '../detect/index.js';

/** A person-partition message: the enriched event and the person it is attributed to. */
export interface PersonMessage { p: string; e: EnrichedEvent }
/** A key-partition message: one shared key of one event, with the person (no raw record: the key stage never reads it). */
export interface KeyMessage { p: string; ns: KeyNs; k: string; e: EnrichedEvent }
export interface UnattributedMessage { e: EnrichedEvent }
export type KeyNs = 'device' | 'ip' | 'metric';

// Edge validation: the stream is shared infrastructure, a message from an older or foreign publisher must not crash a worker.
const EventShape = z.object({ id: z.string(), time: z.string(), category: z.string() }).passthrough();
export const PersonMessageSchema = z.object({ p: z.string().min(1), e: EventShape });
export const KeyMessageSchema = z.object({ p: z.string().min(1), ns: z.enum(['device', 'ip', 'metric']), k: z.string().min(1), e: EventShape });
export const UnattributedMessageSchema = z.object({ e: EventShape });

/** attrs names of authenticator ids, as shared-device.ts reads them (src/sources/ATTRS.md). */
export const AUTHENTICATOR_ATTRS = ['authenticatorId', 'factorId', 'mfaDeviceId'];
const DEVICE_CATEGORIES = new Set(sharedDevice().categories ?? []);
const IP_CATEGORIES = new Set(sharedIp().categories ?? []);

/** Keys under which the cross-person detectors (shared device, shared IP, peer latency) would store this event; each goes to its key's partition. */
export function crossKeys(ev: EnrichedEvent): { ns: KeyNs; k: string }[] {
  const out: { ns: KeyNs; k: string }[] = [];
  // Endpoint latency samples: the peer baseline is one running aggregate per metric over everybody.
  if (ev.type === METRIC_EVENT_TYPE && typeof ev.attrs['metric'] === 'string') out.push({ ns: 'metric', k: ev.attrs['metric'] });
  if (ev.outcome !== 'success') return out;
  if (DEVICE_CATEGORIES.has(ev.category)) {
    if (ev.deviceId) out.push({ ns: 'device', k: `device:${ev.deviceId}` });
    const seen = new Set<string>();
    for (const a of AUTHENTICATOR_ATTRS) {
      const v = ev.attrs[a];
      if (typeof v === 'string' && v && !seen.has(v)) { seen.add(v); out.push({ ns: 'device', k: `authenticator:${v}` }); }
    }
  }
  const ip = ev.enrichment?.ip;
  if (IP_CATEGORIES.has(ev.category) && ip?.networkClass === 'residential') out.push({ ns: 'ip', k: ip.ip });
  return out;
}

/**
 * The event as the cross-person detector sees it when it is handed one key: only that identifier is left, so the
 * detector updates exactly the one store entry this partition owns (the others live in their own partitions).
 */
export function narrowToKey(ev: EnrichedEvent, ns: KeyNs, k: string): EnrichedEvent {
  if (ns !== 'device') return ev;
  const attrs: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(ev.attrs)) if (!AUTHENTICATOR_ATTRS.includes(name)) attrs[name] = v;
  if (k.startsWith('device:')) return { ...ev, deviceId: k.slice('device:'.length), attrs };
  const id = k.slice('authenticator:'.length);
  for (const a of AUTHENTICATOR_ATTRS) if (ev.attrs[a] === id) attrs[a] = id;
  return { ...ev, deviceId: null, attrs };
}

export function withoutRaw(ev: EnrichedEvent): EnrichedEvent { return { ...ev, raw: null }; }
