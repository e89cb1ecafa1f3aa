// Stream mode's publisher for imports and pulls: after batches are stored, hands every not yet published event on.
import { jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { METRIC_EVENT_TYPE } from '../detect/detectors/index.js';
import type { EventPublisher } from '../pipeline/event-publisher.js';
import type { Target } from '../sources/types.js';
import type { Db } from '../store/db.js';
import { attributeEvents, materializeMetricEvents } from '../store/events-repo.js';
import { loadAccounts, loadPeople } from '../store/hr-repo.js';
import { createAttributor, type Attributor } from './attribute.js';
import { openStream, type PublishSummary, type StreamLimits } from './publish.js';
import { publishStored } from './publish-stored.js';
import { hasPending } from './stored-events.js';

export interface StreamPublisherOptions {
  db: Db;
  tenant: string;
  partitions: number;
  /** A nats:// URL (connected on first publish), or an open connection the caller keeps. */
  nats: string | NatsConnection;
  /**
   * 'batch': publish after every stored batch (live pulls: pages arrive in time order, latency matters).
   * 'flush': publish only on flush() (file imports: one pass in (time, id) order over everything the command stored,
   * as one `analyze` after the import would see it; per batch, a second log file's older events would arrive late).
   */
  publishOn: 'batch' | 'flush';
  limits?: StreamLimits;
}

export interface StreamPublisher extends EventPublisher {
  /**
   * Publishes every stored event not yet handed on, oldest first. Endpoint metrics stored through this publisher
   * become events first; `materializeMetrics` does it regardless (e.g. after a crash before the last flush).
   */
  flush(opts?: { materializeMetrics?: boolean }): Promise<PublishSummary>;
  /** Everything this publisher has published so far. */
  totals(): PublishSummary;
  close(): Promise<void>;
}

export function createStreamPublisher(o: StreamPublisherOptions): StreamPublisher {
  let nc: NatsConnection | null = typeof o.nats === 'string' ? null : o.nats;
  let opened = false;
  let attribute: Attributor | null = null;
  let metricsStored = false;
  let chain: Promise<unknown> = Promise.resolve();
  const total: PublishSummary = { events: 0, attributed: 0, unattributed: 0, messages: 0, duplicates: 0 };

  async function connection(): Promise<NatsConnection> {
    nc ??= await connect({ servers: o.nats as string, name: `trustline-publish-${o.tenant}` });
    if (!opened) { await openStream(nc, o.tenant, o.limits); opened = true; }
    return nc;
  }

  async function publishPending(materialize = false): Promise<PublishSummary> {
    // Endpoint measurements join the event stream as analyze does it, before the pass, so they are in time order.
    if (metricsStored || materialize) { await materializeMetricEvents(o.db, o.tenant, METRIC_EVENT_TYPE); metricsStored = false; }
    if (!(await hasPending(o.db, o.tenant))) return { events: 0, attributed: 0, unattributed: 0, messages: 0, duplicates: 0 };
    // The store's attribution first, as analyze does it: rules that need other events (a USB device belongs to whoever
    // was signed in at that machine) are SQL over the stored events; the in-memory attributor covers what remains.
    await attributeEvents(o.db, o.tenant);
    attribute ??= createAttributor(await loadPeople(o.db, o.tenant), await loadAccounts(o.db, o.tenant));
    const s = await publishStored(o.db, jetstream(await connection()), { tenant: o.tenant, partitions: o.partitions }, { attribute });
    for (const k of Object.keys(total) as (keyof PublishSummary)[]) total[k] += s[k];
    return s;
  }

  // One pass at a time: two overlapping passes would publish the same page twice (harmless, but wasted).
  const flush = (opts: { materializeMetrics?: boolean } = {}) => {
    const p = chain.then(() => publishPending(opts.materializeMetrics));
    chain = p.catch(() => undefined);
    return p;
  };

  return {
    async stored(target: Target) {
      if (target === 'people' || target === 'accounts') attribute = null; // HR changed: attribute with the new data
      if (target === 'endpoint_metrics') metricsStored = true;
      if (o.publishOn === 'batch' && (target === 'events' || target === 'endpoint_metrics')) await flush();
    },
    flush,
    totals: () => ({ ...total }),
    async close() {
      await chain;
      if (nc && typeof o.nats === 'string') await nc.drain().catch(() => undefined); // nothing left to lose: all is stored
    },
  };
}
