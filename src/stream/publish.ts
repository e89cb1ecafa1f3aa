// Publishes enriched, attributed events to the tenant's stream: person partitions, key partitions, unattributed.
import { jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { EnrichedEvent } from '../detect/index.js';
import type { Attributor } from './attribute.js';
import { crossKeys, withoutRaw, type KeyMessage, type PersonMessage, type UnattributedMessage } from './messages.js';
import { partitionOf, streamName, subjectRoot, unattributedSubject, unitSubject, type StreamConfig } from './partition.js';

export interface StreamLimits {
  /** How long a message stays (ms): a worker taking over must find everything after the last checkpoint. Default 14 days. */
  maxAgeMs?: number;
  /** JetStream's de-duplication window on message ids (ms): a re-publish inside it is dropped. Default 24 h. */
  duplicateWindowMs?: number;
  replicas?: number;
}

const nanos = (ms: number) => ms * 1_000_000;

/** Creates the tenant's stream, or updates its limits. Idempotent. */
export async function ensureStream(jsm: JetStreamManager, tenant: string, limits: StreamLimits = {}): Promise<void> {
  const cfg = {
    name: streamName(tenant), subjects: [`${subjectRoot(tenant)}.>`],
    max_age: nanos(limits.maxAgeMs ?? 14 * 86_400_000), duplicate_window: nanos(limits.duplicateWindowMs ?? 86_400_000),
    num_replicas: limits.replicas ?? 1,
  };
  try {
    await jsm.streams.info(cfg.name);
    await jsm.streams.update(cfg.name, cfg);
  } catch (e) {
    if (!/not found/i.test(String((e as Error).message))) throw e;
    await jsm.streams.add(cfg);
  }
}

export interface PublishInput { event: EnrichedEvent; personId?: string | null }
export interface PublishSummary { events: number; attributed: number; unattributed: number; messages: number; duplicates: number }

/**
 * Publishes in (time, id) order, so every partition receives its events in the order single-process mode analyses
 * them. The message id is the event id (per key message: event id + key), so JetStream drops a re-publish.
 */
export async function publishEvents(js: JetStreamClient, cfg: StreamConfig, input: PublishInput[], attribute?: Attributor, window = 2000): Promise<PublishSummary> {
  const sorted = [...input].sort((a, b) => (a.event.time < b.event.time ? -1 : a.event.time > b.event.time ? 1 : a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
  const s: PublishSummary = { events: sorted.length, attributed: 0, unattributed: 0, messages: 0, duplicates: 0 };
  let pending: Promise<{ duplicate: boolean }>[] = [];
  const drain = async () => { for (const a of await Promise.all(pending)) { s.messages++; if (a.duplicate) s.duplicates++; } pending = []; };
  const send = (subject: string, body: unknown, msgID: string) => { pending.push(js.publish(subject, JSON.stringify(body), { msgID })); };
  for (const { event, personId } of sorted) {
    const p = personId ?? attribute?.(event.source, event.actor, event) ?? null;
    if (!p) {
      s.unattributed++;
      send(unattributedSubject(cfg.tenant), { e: event } satisfies UnattributedMessage, `u:${event.id}`);
    } else {
      s.attributed++;
      send(unitSubject(cfg.tenant, { kind: 'events', index: partitionOf(p, cfg.partitions) }), { p, e: event } satisfies PersonMessage, event.id);
      for (const { ns, k } of crossKeys(event)) {
        send(unitSubject(cfg.tenant, { kind: 'keys', index: partitionOf(`${ns}:${k}`, cfg.partitions) }),
          { p, ns, k, e: withoutRaw(event) } satisfies KeyMessage, `${event.id}|${ns}|${k}`);
      }
    }
    if (pending.length >= window) await drain();
  }
  await drain();
  return s;
}

export async function openStream(nc: NatsConnection, tenant: string, limits?: StreamLimits): Promise<JetStreamManager> {
  const jsm = await jetstreamManager(nc);
  await ensureStream(jsm, tenant, limits);
  return jsm;
}
