// Stream mode for the commands that store events (import, pull): a publisher when TRUSTLINE_NATS is set, else none.
import type { Env } from '../config/env.js';
import type { Db } from '../store/db.js';
import type { StreamPublisher } from '../stream/event-publisher.js';
import type { PublishSummary } from '../stream/publish.js';

/** Loads the NATS client only in stream mode: single-machine mode never imports it. */
export async function streamPublisherFor(db: Db, env: Env, publishOn: 'batch' | 'flush'): Promise<StreamPublisher | undefined> {
  if (!env.TRUSTLINE_NATS) return undefined;
  const { createStreamPublisher } = await import('../stream/event-publisher.js');
  return createStreamPublisher({ db, tenant: env.TRUSTLINE_TENANT, partitions: env.TRUSTLINE_STREAM_PARTITIONS, nats: env.TRUSTLINE_NATS, publishOn });
}

export function formatPublished(tenant: string, s: PublishSummary): string {
  return `stream: published ${s.events} events to trustline-${tenant} (${s.unattributed} parked as unattributed; `
    + `${s.duplicates} of ${s.messages} messages were already in the stream)`;
}

/** What to tell the operator when events are stored but could not be handed on (never the URL: it may hold credentials). */
export function publishFailed(e: unknown): string {
  return `stream: events are stored but publishing failed (${e instanceof Error ? e.message : String(e)}); `
    + 'they stay pending and go out with the next import or pull, or with `trustline worker publish`';
}
