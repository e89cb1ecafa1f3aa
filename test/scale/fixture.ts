// Realistic scale-out test data: a small simulated organisation imported through the real parsers into PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importSimulationDir } from '../../src/analysis/import-simulation.js';
import { runDetection, type AnalyzeStore } from '../../src/analysis/detect-stage.js';
import type { PersonContext } from '../../src/detect/index.js';
import type { Alert } from '../../src/model/alert.js';
import { simulateToDir } from '../../src/simulate/index.js';
import { withResidenceCoordinates } from '../../src/enrich/geocode.js';
import { loadPersonContexts } from '../../src/store/analysis-repo.js';
import type { Db } from '../../src/store/db.js';
import type { StoredEvent } from '../../src/store/events-repo.js';
import { storedEvents } from '../../src/stream/index.js';
import { sql } from 'drizzle-orm';

export const SMALL = { seed: 'scale-out-1', employees: 50, candidates: 8, days: 10, start: '2026-09-01', fraudRate: { employees: 0.12, candidates: 0.1 } };

/** Imports a simulated organisation, returns its events, then clears the analysis so workers start from nothing. */
export async function loadSimulated(db: Db, tenantId: string, opts = SMALL): Promise<StoredEvent[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tl-scale-'));
  try {
    await simulateToDir(dir, opts);
    await importSimulationDir(db, tenantId, dir, join(dir, 'rejects'));
  } finally { rmSync(dir, { recursive: true, force: true }); }
  const out: StoredEvent[] = [];
  for await (const page of storedEvents(db, tenantId)) out.push(...page);
  await db.execute(sql`DELETE FROM alerts WHERE tenant_id = ${tenantId}`);
  await db.execute(sql`DELETE FROM detection_state WHERE tenant_id = ${tenantId}`);
  return out;
}

/** Single-process detection (runDetection) over the same attributed events, in memory: the reference result. */
export async function singleProcessAlerts(db: Db, tenantId: string, events: StoredEvent[]): Promise<Alert[]> {
  // As analyze and the workers see people: with residence coordinates from the offline gazetteer.
  const people: PersonContext[] = withResidenceCoordinates(await loadPersonContexts(db, tenantId));
  const attributed = events.filter((e) => e.personId).map((e) => ({ personId: e.personId!, event: e }));
  const alerts = new Map<string, Alert>();
  const store: AnalyzeStore = {
    loadPeople: async () => people,
    async *unanalysedEvents() { yield attributed; },
    loadStates: async () => ({ people: {}, shared: {} }),
    saveStates: async () => {},
    upsertAlerts: async (list) => { let n = 0; for (const a of list) if (!alerts.has(a.id)) { alerts.set(a.id, a); n++; } return n; },
    markAnalysed: async () => {},
  };
  await runDetection(store);
  return [...alerts.values()];
}

/** Alerts as comparable JSON, sorted by id. */
export function comparable(list: Alert[]): string[] {
  return list.map((a) => canonical({ ...a, time: new Date(a.time).toISOString() })).sort();
}

/** JSON with keys sorted at every level (jsonb does not keep key order). */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
