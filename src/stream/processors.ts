// Processes one batch of one partition: load state lazily, detect, insert alerts, then commit state + sequence.
import { createCorrelator, loadCorrelations } from '../correlate/index.js';
import { createAnalyzer, defaultDetectors, loadRules, type AnalyzerConfig, type PersonContext } from '../detect/index.js';
import type { Alert } from '../model/alert.js';
import { insertAlerts } from '../store/analysis-repo.js';
import type { Db } from '../store/db.js';
import { commitBatch, loadKeyStates, loadPersonStates, type BatchCommit } from './checkpoint-repo.js';
import { createKeyStage, CROSS_PERSON_DETECTORS, ownKey, type KeyRow } from './key-stage.js';
import { KeyMessageSchema, PersonMessageSchema, type KeyMessage, type PersonMessage } from './messages.js';

export interface StreamMessage { seq: number; data: Uint8Array }
export interface BatchResult { events: number; alerts: number; inserted: number; skipped: number; bad: number }
export interface PartitionProcessor { process(batch: StreamMessage[]): Promise<BatchResult> }

export interface ProcessorContext {
  db: Db;
  tenantId: string;
  /** "events.3" / "keys.3" and the lease epoch that fences its checkpoint. */
  partition: string;
  epoch: number;
  /** Messages at or below this sequence are already covered by the checkpoint (a redelivery): skipped. */
  resumeAfter: number;
  config?: AnalyzerConfig;
}

const decoder = new TextDecoder();

function decode<T>(m: StreamMessage, schema: { safeParse(v: unknown): { success: boolean } }): T | null {
  try {
    const v = JSON.parse(decoder.decode(m.data)) as unknown;
    return schema.safeParse(v).success ? (v as T) : null;
  } catch { return null; }
}

/** Per-person detection for one person partition; the cross-person detectors run in the key partitions instead. */
export function createPersonProcessor(ctx: ProcessorContext, people: Map<string, PersonContext>): PartitionProcessor {
  const config = ctx.config ?? {};
  const analyzer = createAnalyzer({
    rules: loadRules(),
    detectors: defaultDetectors(config.detectors).filter((d) => !CROSS_PERSON_DETECTORS.has(d.id)),
    stages: [createCorrelator(loadCorrelations())],
    config: { ...config, lateWindowMs: 0 },
  });
  const loaded = new Set<string>();
  let covered = ctx.resumeAfter;
  return {
    async process(batch) {
      const fresh = batch.filter((m) => m.seq > covered);
      const msgs = fresh.map((m) => decode<PersonMessage>(m, PersonMessageSchema));
      const valid = msgs.filter((m): m is PersonMessage => m !== null);
      const unseen = [...new Set(valid.map((m) => m.p))].filter((p) => !loaded.has(p));
      const saved = await loadPersonStates(ctx.db, ctx.tenantId, unseen);
      for (const p of unseen) { loaded.add(p); const s = saved[p]; if (s) analyzer.importState(p, s); }
      const alerts: Alert[] = [];
      for (const m of valid) alerts.push(...analyzer.process(m.p, m.e, people.get(m.p) ?? { personId: m.p }));
      alerts.push(...analyzer.flush());
      return finish(ctx, batch, fresh.length, msgs.length - valid.length, alerts, () => {
        const states: Record<string, NonNullable<ReturnType<typeof analyzer.exportState>>> = {};
        for (const p of new Set(valid.map((m) => m.p))) { const s = analyzer.exportState(p); if (s) states[p] = s; }
        return { people: states };
      }, (seq) => { covered = seq; });
    },
  };
}

/** Cross-person detection for one key partition: state rows keyed by (namespace, device/authenticator/IP). */
export function createKeyProcessor(ctx: ProcessorContext): PartitionProcessor {
  const stage = createKeyStage(ctx.config?.detectors);
  const rows = new Map<string, KeyRow>();
  const id = (ns: string, k: string) => `${ns}\u0000${k}`;
  let covered = ctx.resumeAfter;
  return {
    async process(batch) {
      const fresh = batch.filter((m) => m.seq > covered);
      const msgs = fresh.map((m) => decode<KeyMessage>(m, KeyMessageSchema));
      const valid = msgs.filter((m): m is KeyMessage => m !== null);
      // Rows this batch needs: each message's key row, and for latency samples the person's own row too.
      const need = new Map<string, { ns: string; k: string }>();
      for (const m of valid) {
        need.set(id(m.ns, m.k), { ns: m.ns, k: m.k });
        if (m.ns === 'metric') need.set(id('metric-own', ownKey(m.k, m.p)), { ns: 'metric-own', k: ownKey(m.k, m.p) });
      }
      for (const ns of ['device', 'ip', 'metric', 'metric-own']) {
        const missing = [...need.values()].filter((n) => n.ns === ns && !rows.has(id(ns, n.k))).map((n) => n.k);
        const saved = await loadKeyStates(ctx.db, ctx.tenantId, ns, missing);
        for (const k of missing) rows.set(id(ns, k), (saved.get(k) as KeyRow | undefined) ?? { dd: {} });
      }
      const alerts: Alert[] = [];
      for (const m of valid) {
        const own = m.ns === 'metric' ? rows.get(id('metric-own', ownKey(m.k, m.p))) : undefined;
        alerts.push(...stage.process(rows.get(id(m.ns, m.k))!, m.p, m.ns, m.k, m.e, own));
      }
      return finish(ctx, batch, fresh.length, msgs.length - valid.length, alerts, () => ({
        keys: [...need].map(([i, n]) => ({ ns: n.ns, key: n.k, state: rows.get(i)! })),
      }), (seq) => { covered = seq; });
    },
  };
}

/** Alerts first (insert-or-ignore: a replay re-inserts nothing), then state + sequence in one transaction; the caller acks after. */
async function finish(ctx: ProcessorContext, batch: StreamMessage[], fresh: number, bad: number, alerts: Alert[],
  state: () => Pick<BatchCommit, 'people' | 'keys'>,
  advance: (seq: number) => void): Promise<BatchResult> {
  const last = batch.length ? batch[batch.length - 1]!.seq : 0;
  if (fresh === 0) return { events: 0, alerts: 0, inserted: 0, skipped: batch.length, bad: 0 };
  const inserted = await insertAlerts(ctx.db, ctx.tenantId, alerts);
  await commitBatch(ctx.db, ctx.tenantId, { partition: ctx.partition, epoch: ctx.epoch, seq: last, ...state() });
  advance(last);
  return { events: fresh - bad, alerts: alerts.length, inserted, skipped: batch.length - fresh, bad };
}
