import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Alert } from '../model/alert.js';
import type { AttributedEvent, PersonState } from '../detect/index.js';
import { buildEvent, buildPerson } from '../detect/event-builder.js';
import { iso, signIn } from '../detect/detectors/test-kit.js';
import { runDetection, type AnalyzeStore } from './detect-stage.js';
import { formatAlerts, runAlerts } from '../cli/commands/alerts.js';

/** An in-memory store with the shape the commands need. */
function memoryStore(events: AttributedEvent[]) {
  const alerts = new Map<string, Alert>();
  const done = new Set<string>();
  let people: Record<string, PersonState> = {};
  let shared: Record<string, [string, unknown][]> = {};
  const store: AnalyzeStore = {
    loadPeople: async () => [buildPerson({ personId: 'E1', hireDate: '2025-02-24' })],
    async *unanalysedEvents(n) {
      const todo = events.filter((e) => !done.has(e.event.id));
      for (let i = 0; i < todo.length; i += n) yield todo.slice(i, i + n);
    },
    loadStates: async () => JSON.parse(JSON.stringify({ people, shared })) as { people: typeof people; shared: typeof shared },
    saveStates: async (p, s) => { people = { ...people, ...JSON.parse(JSON.stringify(p)) }; shared = JSON.parse(JSON.stringify(s)); },
    upsertAlerts: async (list) => { let n = 0; for (const a of list) if (!alerts.has(a.id)) { alerts.set(a.id, a); n++; } return n; },
    markAnalysed: async (ids) => { for (const id of ids) done.add(id); },
  };
  return { store, alerts, done };
}

const t0 = '2025-03-10T14:00:00Z';
const events = (): AttributedEvent[] => [
  signIn(t0, 'austin', '73.1.1.1'),
  signIn(iso(t0, 40), 'shenyang', '36.1.1.1'),
  buildEvent({ time: iso(t0, 60), category: 'endpoint.process', deviceId: 'd', enrichment: { remoteTool: { tool: 'AnyDesk', matchedOn: 'executable', value: 'anydesk.exe' } } }),
  buildEvent({ time: iso(t0, 70), category: 'data.transfer', type: 'session.clipboard', attrs: { mode: 'clipboard' } }),
].map((event) => ({ personId: 'E1', event }));

test('detection stores alerts once, in small batches with state carried between them, and skips analysed events', async () => {
  const { store, alerts, done } = memoryStore(events());
  const r = await runDetection(store, {}, 2);
  assert.equal(r.events, 4);
  assert.ok(alerts.size >= 4);
  const ids = [...alerts.values()].map((a) => a.ruleId).sort();
  assert.ok(ids.includes('impossible-travel') && ids.includes('c1-geo-remote-control-transfer'), ids.join());
  assert.equal(done.size, 4);
  const again = await runDetection(store);
  assert.deepEqual(again, { events: 0, alerts: 0, inserted: 0 });
  // Forcing a full re-run over the same events inserts nothing new.
  done.clear();
  const rerun = memoryStore(events());
  await runDetection(rerun.store, {}, 100);
  assert.deepEqual([...rerun.alerts.keys()].sort(), [...alerts.keys()].sort());
});

test('alerts lists in English, Japanese or JSON and rejects unknown severities', async () => {
  const { store, alerts } = memoryStore(events());
  await runDetection(store);
  const list = [...alerts.values()];
  assert.match(formatAlerts(list, 'ja'), /サインイン/);
  let out = '';
  const deps = { openStore: async () => ({ listAlerts: async () => list }), write: (s: string) => { out += s; } };
  assert.equal(await runAlerts({ json: true }, deps), 0);
  assert.equal((JSON.parse(out) as { alerts: Alert[] }).alerts.length, list.length);
  assert.equal(await runAlerts({ severity: 'severe' }, deps), 2);
});
