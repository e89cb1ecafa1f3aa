import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEvent, buildPerson } from '../detect/event-builder.js';
import { iso, signIn } from '../detect/detectors/test-kit.js';
import { DETECTOR_RULE_IDS } from '../detect/detectors/index.js';
import { loadRules } from '../detect/rule-loader.js';
import { analyzeAllWithCorrelation, createCorrelator, loadCorrelations, runCorrelationTests } from './index.js';
import { fires } from './tests.js';
import { CorrelationSchema } from './schema.js';

const t0 = '2025-03-10T14:00:00Z';

test('shipped correlations C1–C3 load, pass their in-file tests and reference only known rules', () => {
  const corr = loadCorrelations();
  assert.deepEqual(corr.map((c) => c.signals[0]).sort(), ['C1', 'C2', 'C3']);
  assert.deepEqual(runCorrelationTests(corr).filter((r) => !r.ok), []);
  const known = new Set<string>([...loadRules().rules.map((r) => r.id), ...DETECTOR_RULE_IDS]);
  for (const c of corr) for (const ids of Object.values(c.correlation.rules)) for (const id of ids) assert.ok(known.has(id), `${c.id} → ${id}`);
});

test('C2 end to end: EDR exclusion, Okta MFA reset and audit-stream change produce one critical alert', () => {
  const events = [
    buildEvent({ time: t0, source: 'defender', category: 'security.defense_change', type: 'AntivirusExclusionAdded', deviceName: 'lt-1' }),
    buildEvent({ time: iso(t0, 120), source: 'okta', category: 'auth.mfa_change', type: 'user.mfa.factor.reset_all' }),
    buildEvent({ time: iso(t0, 300), source: 'github', category: 'audit.config_change', type: 'audit_log_streaming.destroy' }),
  ];
  const people = [buildPerson({ personId: 'E9', hireDate: '2021-01-04' })];
  const alerts = analyzeAllWithCorrelation(events.map((event) => ({ personId: 'E9', event })), people);
  const c2 = alerts.filter((a) => a.ruleId === 'c2-edr-mfa-audit');
  assert.equal(c2.length, 1);
  assert.equal(c2[0]!.severity, 'critical');
  assert.deepEqual(new Set(c2[0]!.evidence.eventIds), new Set(events.map((e) => e.id)));
  const again = analyzeAllWithCorrelation(events.map((event) => ({ personId: 'E9', event })), people);
  assert.deepEqual(again.map((a) => a.id), alerts.map((a) => a.id));
  // Without the audit change nothing correlates.
  const two = analyzeAllWithCorrelation(events.slice(0, 2).map((event) => ({ personId: 'E9', event })), people);
  assert.equal(two.filter((a) => a.ruleId.startsWith('c2')).length, 0);
});

test('C1 end to end for a new hire; not for a traveller on declared travel using an approved tool', () => {
  const evs = () => [
    signIn(t0, 'paris', '80.1.1.1'),
    buildEvent({ time: iso(t0, 60), category: 'endpoint.process', deviceId: 'd1', enrichment: { remoteTool: { tool: 'AnyDesk', matchedOn: 'executable', value: 'anydesk.exe' } } }),
    buildEvent({ time: iso(t0, 90), category: 'data.transfer', type: 'session.clipboard', attrs: { mode: 'clipboard' } }),
  ];
  const hire = buildPerson({ personId: 'N1', hireDate: '2025-02-24' });
  const hit = analyzeAllWithCorrelation(evs().map((event) => ({ personId: 'N1', event })), [hire]);
  assert.equal(hit.filter((a) => a.ruleId === 'c1-geo-remote-control-transfer').length, 1);
  const traveller = buildPerson({ personId: 'N2', hireDate: '2025-02-24', travel: [{ from: '2025-03-08', to: '2025-03-15', country: 'FR' }] });
  const calm = analyzeAllWithCorrelation(evs().map((event) => ({ personId: 'N2', event })), [traveller], { config: { lists: { approved_remote_tools: ['AnyDesk'] } } });
  assert.deepEqual(calm.map((a) => a.ruleId), []);
});

test('event_count and value_count correlations', () => {
  const base = { title: { en: 't', ja: 't' }, description: { en: 'd', ja: 'd' }, severity: 'medium', pillar: 'location', signals: ['M2'],
    tests: { positive: [{ name: 'p', findings: [{ rule: 'x' }] }], negative: [{ name: 'n', findings: [{ rule: 'x' }] }] } };
  const count = CorrelationSchema.parse({ ...base, id: 'many', correlation: { type: 'event_count', rules: { a: ['x'] }, timespan: '1h', condition: { gte: 3 } } });
  const c = { ...count, file: 'm.yaml' };
  assert.equal(fires(c, { name: 'three in an hour', start: t0, findings: [{ rule: 'x', after: '0s', facts: {} }, { rule: 'x', after: '10m', facts: {} }, { rule: 'x', after: '20m', facts: {} }] }), true);
  assert.equal(fires(c, { name: 'three in three hours', start: t0, findings: [{ rule: 'x', after: '0s', facts: {} }, { rule: 'x', after: '70m', facts: {} }, { rule: 'x', after: '140m', facts: {} }] }), false);
  const vc = { ...CorrelationSchema.parse({ ...base, id: 'vals', correlation: { type: 'value_count', rules: { a: ['x'] }, timespan: '1d', condition: { gte: 2 }, field: 'facts.country' } }), file: 'v.yaml' };
  assert.equal(fires(vc, { name: 'two countries', start: t0, findings: [{ rule: 'x', after: '0s', facts: { country: 'US' } }, { rule: 'x', after: '1h', facts: { country: 'CN' } }] }), true);
  assert.equal(fires(vc, { name: 'one country twice', start: t0, findings: [{ rule: 'x', after: '0s', facts: { country: 'US' } }, { rule: 'x', after: '1h', facts: { country: 'US' } }] }), false);
  assert.throws(() => CorrelationSchema.parse({ ...base, id: 'bad', correlation: { type: 'value_count', rules: { a: ['x'] }, timespan: '1d', condition: { gte: 2 } } }), /needs field/);
  assert.equal(createCorrelator([]).onFinding({}, { ruleId: 'x' } as never, { ev: buildEvent({}), t: 0, person: null as never }), undefined);
});

test('temporal_ordered `within`: each step has its own longest wait, and any chain that fits counts', () => {
  const base = { title: { en: 't', ja: 't' }, description: { en: 'd', ja: 'd' }, severity: 'high', pillar: 'behaviour', signals: ['C3'],
    tests: { positive: [{ name: 'p', findings: [{ rule: 'a' }] }], negative: [{ name: 'n', findings: [{ rule: 'a' }] }] } };
  const rule = { ...CorrelationSchema.parse({ ...base, id: 'chain', correlation: { type: 'temporal_ordered', rules: { first: ['a'], second: ['b'], third: ['c'] }, timespan: '44d', within: { second: '30d', third: '14d' } } }), file: 'chain.yaml' };
  const f = (rule: string, after: string) => ({ rule, after, facts: {} });
  assert.equal(fires(rule, { name: 'b on day 27, c on day 31', start: t0, findings: [f('a', '0s'), f('b', '27d'), f('c', '31d')] }), true);
  assert.equal(fires(rule, { name: 'b on day 35', start: t0, findings: [f('a', '0s'), f('b', '35d'), f('c', '36d')] }), false);
  assert.equal(fires(rule, { name: 'c 20 days after b', start: t0, findings: [f('a', '0s'), f('b', '2d'), f('c', '22d')] }), false);
  // The first `a` is too early for `b`, a second one is not: the chain starts at the second.
  assert.equal(fires(rule, { name: 'second a', start: t0, findings: [f('a', '0s'), f('a', '10d'), f('b', '35d'), f('c', '38d')] }), true);
  assert.throws(() => CorrelationSchema.parse({ ...base, id: 'x', correlation: { type: 'temporal', rules: { first: ['a'], second: ['b'] }, timespan: '1d', within: { second: '1h' } } }), /temporal_ordered only/);
  assert.throws(() => CorrelationSchema.parse({ ...base, id: 'y', correlation: { type: 'temporal_ordered', rules: { first: ['a'], second: ['b'] }, timespan: '1d', within: { third: '1h' } } }), /which rules does not define/);
});
