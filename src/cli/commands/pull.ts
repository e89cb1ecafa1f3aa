// `trustline pull <connector>`: one live pull run (Okta, Graph, Google) into the store, resuming from its checkpoint.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import type { NormalizedEvent } from '../../model/event.js';
import { connectorConfig, connectors, type ConnectorName } from '../../sources/pull/connectors.js';
import type { PullResult } from '../../sources/pull/types.js';

/** What a pull needs from storage; the lead wires it to the store (checkpoint table + event batch insert). */
export interface PullStore {
  getCheckpoint(name: string): Promise<string | null>;
  setCheckpoint(name: string, value: string): Promise<void>;
  /** Idempotent on event id; resolves once the events are durable. */
  writeEvents(events: NormalizedEvent[]): Promise<void>;
  close?(): Promise<void>;
}

let openStore: (() => Promise<PullStore>) | null = null;
/** Called once at start-up by whoever owns the store. */
export function usePullStore(factory: () => Promise<PullStore>): void { openStore = factory; }

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

export function register(program: Command): void {
  program
    .command('pull')
    .description('pull new events once from a live API (okta, entra-signins, entra-audits, google-login, google-admin, google-token)')
    .argument('<connector>', 'connector name')
    .option('-c, --config <file>', 'YAML/JSON config with a section per connector (secrets may come from env instead)')
    .action(async (connector: string, opts: { config?: string }) => {
      if (!(connector in connectors)) throw new Error(`unknown connector "${connector}"; one of ${Object.keys(connectors).join(', ')}`);
      if (!openStore) throw new Error('no store configured for pull');
      const store = await openStore();
      try {
        const r = await runPull(connector as ConnectorName, store, { config: opts.config, log: (m) => process.stderr.write(`${m}\n`) });
        process.stdout.write(`${r.connector}: ${r.events} events in ${r.pages} pages (${r.rejected} rejected, ${r.retries} retries)\n`);
      } finally { await store.close?.(); }
    });
}
