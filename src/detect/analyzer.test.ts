import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, type PersonState } from './analyzer.js';
import { loadRules } from './rule-loader.js';
import { defaultDetectors } from './detectors/index.js';
import { buildEvent, buildPerson } from './event-builder.js';
import { iso, signIn } from './detectors/test-kit.js';
import type { Detector, EnrichedEvent } from './types.js';

const rules = loadRules();
const person = buildPerson({ personId: 'E7', hireDate: '2025-01-06' });
const t0 = '2025-03-03T14:00:00Z';
const trip = () => [
  signIn(t0, 'austin', '73.1.1.1'),
  signIn(iso(t0, 50), 'shenyang', '36.1.1.1', { asn: 4837 }),
  signIn(iso(t0, 70), 'shenyang', '36.1.1.2', { asn: 4837 }),
  buildEvent({ time: iso(t0, 80), category: 'endpoint.process', deviceId: 'd1', enrichment: { remoteTool: { tool: 'AnyDesk', matchedOn: 'executable', value: 'anydesk.exe' } } }),
  buildEvent({ time: iso(t0, 90), category: 'endpoint.process', deviceId: 'd1', enrichment: { remoteTool: { tool: 'AnyDesk', matchedOn: 'executable', value: 'anydesk.exe' } } }),
  buildEvent({ time: iso(t0, 95), category: 'iam.oauth_consent', type: 'Consent to application' }),
];
const runAll = (events: EnrichedEvent[], a = createAnalyzer({ rules, detectors: defaultDetectors() })) =>
  [...events.flatMap((e) => a.process('E7', e, person)), ...a.flush()];

test('alerts carry stable ids: re-analysing the same events gives the same alerts, duplicates within a window collapse', () => {
  const events = trip();
  const first = runAll(events);
  const second = runAll(events);
  assert.deepEqual(first.map((a) => a.id), second.map((a) => a.id));
  const rules = first.map((a) => a.ruleId);
  assert.ok(rules.includes('impossible-travel') && rules.includes('rmm-tool-execution') && rules.includes('far-from-residence'));
  assert.equal(rules.filter((r) => r === 'rmm-tool-execution').length, 1, 'second AnyDesk run deduplicated');
  assert.equal(new Set(first.map((a) => a.id)).size, first.length);
  // Building blocks (oauth-consent) feed correlation but are never listed.
  assert.ok(!rules.includes('oauth-consent'));
  const rmm = first.find((a) => a.ruleId === 'rmm-tool-execution')!;
  assert.equal(rmm.subjectId, 'E7');
  assert.match(rmm.summary.en, /AnyDesk ran on/);
  assert.deepEqual(rmm.attack, ['T1219']);
  assert.equal(rmm.evidence.facts['enrichment.remoteTool.tool'], 'AnyDesk');
});

test('events arriving late within the window are processed in event-time order', () => {
  const seen: string[] = [];
  const spy: Detector<Record<string, never>> = { id: 'spy', init: () => ({}), onEvent: (_s, v) => { seen.push(v.ev.id); return undefined; } };
  const a = createAnalyzer({ rules: { rules: [], lists: {} }, detectors: [spy], config: { lateWindowMs: 10 * 60_000 } });
  const e = [0, 3, 1, 2, 20].map((m) => buildEvent({ id: `e${m}`, time: iso(t0, m) }));
  for (const ev of e) a.process('E7', ev, person);
  assert.deepEqual(seen, ['e0', 'e1', 'e2', 'e3'], 'e20 still held, the rest released in order');
  a.flush();
  assert.deepEqual(seen.at(-1), 'e20');
  assert.equal(a.stats().lateBeyondWindow, 0);
});

test('per-person state survives JSON export/import: split processing equals one pass', () => {
  const events = trip();
  const whole = runAll(events).map((a) => a.id);
  const a1 = createAnalyzer({ rules, detectors: defaultDetectors() });
  const part1 = [...events.slice(0, 2).flatMap((e) => a1.process('E7', e, person)), ...a1.flush()];
  const json = JSON.stringify(a1.exportState('E7'));
  assert.ok(json.length < 2048, `state ${json.length} bytes`);
  const a2 = createAnalyzer({ rules, detectors: defaultDetectors() });
  a2.importState('E7', JSON.parse(json) as PersonState);
  a2.importShared(JSON.parse(JSON.stringify(a1.exportShared())));
  const part2 = runAll(events.slice(2), a2);
  assert.deepEqual([...part1, ...part2].map((a) => a.id), whole);
});

test('a corporate-VPN user working normal hours raises nothing high', () => {
  const events: EnrichedEvent[] = [];
  for (let d = 0; d < 20; d++) for (let h = 0; h < 8; h++) {
    const time = new Date(Date.parse('2025-03-03T14:30:00Z') + d * 86_400_000 + h * 3_600_000).toISOString();
    events.push(h % 2 ? signIn(time, 'austin', '73.1.1.1') : signIn(time, 'newYork', '198.51.100.7', { networkClass: 'corporate' }));
  }
  const alerts = runAll(events);
  assert.deepEqual(alerts.filter((a) => a.severity === 'high' || a.severity === 'critical'), []);
});
