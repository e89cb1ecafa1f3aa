// Publishes stored events to the stream and marks them handed on: the events table is its own outbox.
import type { JetStreamClient } from '@nats-io/jetstream';
import type { Db } from '../store/db.js';
import { markAnalysed } from '../store/events-repo.js';
import type { Attributor } from './attribute.js';
import type { StreamConfig } from './partition.js';
import { publishEvents, type PublishSummary } from './publish.js';
import { storedEvents } from './stored-events.js';

export interface PublishStoredOptions {
  attribute?: Attributor;
  /** Re-publish every stored event from this time on, handed on or not (e.g. moving a tenant to stream mode). */
  since?: string;
  page?: number;
}

/**
 * In stream mode `events.analyzed` means "handed to the stream": detection is the workers' job, and a batch
 * `analyze` in stream mode skips detection. Each page is published in (time, id) order and only then marked, so
 * - a crash before the mark leaves the page pending: the next publish sends it again under the same message ids
 *   and JetStream drops what it already has (de-duplication window, 24 h by default);
 * - an event is never published before it is stored (it is read back from the database);
 * - a re-import of the same file stores nothing new, so nothing is published twice.
 */
export async function publishStored(db: Db, js: JetStreamClient, cfg: StreamConfig, opts: PublishStoredOptions = {}): Promise<PublishSummary> {
  const total: PublishSummary = { events: 0, attributed: 0, unattributed: 0, messages: 0, duplicates: 0 };
  const query = opts.since ? { since: opts.since, page: opts.page } : { pending: true, page: opts.page };
  for await (const page of storedEvents(db, cfg.tenant, query)) {
    const s = await publishEvents(js, cfg, page.map((e) => ({ event: e, personId: e.personId })), opts.attribute);
    await markAnalysed(db, cfg.tenant, page.map((e) => e.id));
    total.events += s.events; total.attributed += s.attributed; total.unattributed += s.unattributed;
    total.messages += s.messages; total.duplicates += s.duplicates;
  }
  return total;
}
