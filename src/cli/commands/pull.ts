// `trustline pull <connector>`: one live pull run (Okta, Graph, Google, GitHub) into the store, resuming from its checkpoint.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import type { NormalizedEvent } from '../../model/event.js';
import { connectorConfig, connectors, type ConnectorName } from '../../sources/pull/connectors.js';
import type { PullResult } from '../../sources/pull/types.js';
import { enrichEvents, sharedEnricher } from '../../pipeline/enrich-events.js';
import { checkpointsRepo } from '../../store/checkpoints-repo.js';
import type { Db } from '../../store/db.js';
import { writeRecords } from '../../store/writers.js';
import { effectiveCorporateRanges } from '../../store/settings-repo.js';
import { withDatabase } from '../context.js';
import type { EventPublisher } from '../../pipeline/event-publisher.js';
import { formatPublished, publishFailed, streamPublisherFor } from '../../pipeline/stream-mode.js';

/** What a pull needs from storage; the lead wires it to the store (checkpoint table + event batch insert). */
export interface PullStore {
  getCheckpoint(name: string): Promise<string | null>;
  setCheckpoint(name: string, value: string): Promise<void>;
  /** Idempotent on event id; resolves once the events are durable. */
  /** Stores idempotently; returns how many events were new (re-read ones are duplicates). */
  writeEvents(events: NormalizedEvent[]): Promise<number>;
  close?(): Promise<void>;
}


export async function runPull(name: ConnectorName, store: PullStore, opts: { config?: string; env?: Record<string, string | undefined>; log?: (m: string) => void }): Promise<PullResult> {
  let section: Record<string, unknown> = {};
  if (opts.config) {
    const file = parseYaml(await readFile(opts.config, 'utf8')) as Record<string, unknown> | null;
    section = (file?.[name] ?? (file as Record<string, Record<string, unknown>> | null)?.connectors?.[name] ?? {}) as Record<string, unknown>;
  }
  const config = connectorConfig(name, section, opts.env ?? process.env);
  return connectors[name](config, {
    fetch: globalThis.fetch,
    checkpoints: { get: (n) => store.getCheckpoint(`pull:${n}`), set: (n, v) => store.setCheckpoint(`pull:${n}`, v) },
    sink: (events) => store.writeEvents(events),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    log: opts.log,
  });
}

/**
 * The stored side of a pull: checkpoints table, and events enriched then written idempotently. In stream mode the
 * publisher is told once each page is stored; a failure there fails the page, so its checkpoint does not move.
 */
export function storePullStore(db: Db, tenantId: string, corporateRanges: string[], publisher?: EventPublisher): PullStore {
  const cps = checkpointsRepo(db, tenantId);
  return {
    getCheckpoint: (n) => cps.get(n),
    setCheckpoint: (n, v) => cps.set(n, v),
    writeEvents: async (events) => {
      const c = await writeRecords(db, tenantId, 'events', enrichEvents(sharedEnricher(corporateRanges), events) as unknown as Record<string, unknown>[]);
      await publisher?.stored('events');
      return c.inserted;
    },
  };
}

export function register(program: Command): void {
  program
    .command('pull')
    .description('pull new events once from a live API (okta, entra-signins, entra-audits, google-login, google-admin, google-token, github)')
    .argument('<connector>', 'connector name')
    .option('-c, --config <file>', 'YAML/JSON config with a section per connector (secrets may come from env instead)')
    .action(async (connector: string, opts: { config?: string }) => {
      if (!(connector in connectors)) throw new Error(`unknown connector "${connector}"; one of ${Object.keys(connectors).join(', ')}`);
      await withDatabase('pull', async ({ env, database }) => {
        // Stream mode: each stored page is published at once (a live feed arrives in time order).
        const publisher = await streamPublisherFor(database.db, env, 'batch');
        try {
          const ranges = await effectiveCorporateRanges(database.db, env.TRUSTLINE_TENANT, env.TRUSTLINE_CORPORATE_RANGES);
          const r = await runPull(connector as ConnectorName, storePullStore(database.db, env.TRUSTLINE_TENANT, ranges, publisher),
            { config: opts.config, log: (m) => process.stderr.write(`${m}\n`) });
          process.stdout.write(`${r.connector}: ${r.events} events in ${r.pages} pages (${r.rejected} rejected, ${r.retries} retries)\n`);
          // Also what an earlier interrupted run stored but did not hand on.
          if (publisher) {
            await publisher.flush().then(() => process.stderr.write(`${formatPublished(env.TRUSTLINE_TENANT, publisher.totals())}\n`), (err: unknown) => {
              process.stderr.write(`${publishFailed(err)}\n`);
              process.exitCode = 1;
            });
          }
        } finally { await publisher?.close(); }
      });
    });
}
