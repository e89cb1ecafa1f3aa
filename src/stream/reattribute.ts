// Re-attributes events parked on the unattributed subject once HR data names their person; the rest stay parked.
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Attributor } from './attribute.js';
import { UnattributedMessageSchema, type UnattributedMessage } from './messages.js';
import { streamName, unattributedSubject, type StreamConfig } from './partition.js';
import { publishEvents } from './publish.js';

export interface ReattributeSummary { seen: number; attributed: number; stillUnattributed: number }

/**
 * Reads every parked event once (an ephemeral consumer), publishes the ones that can now be attributed to their
 * person partition (message id = event id, so a second run cannot duplicate them) and deletes them from the stream.
 */
export async function reattributeParked(nc: NatsConnection, cfg: StreamConfig, attribute: Attributor): Promise<ReattributeSummary> {
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  const stream = streamName(cfg.tenant);
  const ci = await jsm.consumers.add(stream, {
    filter_subject: unattributedSubject(cfg.tenant), ack_policy: AckPolicy.None, deliver_policy: DeliverPolicy.All, inactive_threshold: 60_000_000_000,
  });
  const s: ReattributeSummary = { seen: 0, attributed: 0, stillUnattributed: 0 };
  try {
    const consumer = await js.consumers.get(stream, ci.name);
    let pending = ci.num_pending;
    while (pending > 0) {
      const found: { seq: number; msg: UnattributedMessage; personId: string }[] = [];
      const n = Math.min(1000, pending);
      const before = s.seen;
      for await (const m of await consumer.fetch({ max_messages: n, expires: 2000 })) {
        pending--; s.seen++;
        const parsed = UnattributedMessageSchema.safeParse(m.json());
        if (!parsed.success) continue;
        const msg = m.json<UnattributedMessage>();
        const p = attribute(msg.e.source, msg.e.actor, msg.e);
        if (p) found.push({ seq: m.seq, msg, personId: p }); else s.stillUnattributed++;
      }
      await publishEvents(js, cfg, found.map((f) => ({ event: f.msg.e, personId: f.personId })));
      for (const f of found) await jsm.streams.deleteMessage(stream, f.seq, false);
      s.attributed += found.length;
      if (s.seen === before) break; // nothing arrived: do not spin
    }
  } finally {
    await jsm.consumers.delete(stream, ci.name).catch(() => false);
  }
  return s;
}
