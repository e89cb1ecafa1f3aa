// Evaluator metrics on a tiny hand-made truth and result set whose right answers are worked out by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, type AnalysisResults } from './evaluate.js';
import { parseTruth } from './truth.js';

const truth = parseTruth({
  version: 1, seed: 't', window: { start: '2026-09-01', days: 10 }, counts: { employees: 6, candidates: 4 },
  fraudulentEmployees: [
    { employeeId: 'E1', actorId: 'A1', candidateId: 'C1', farmId: 'F1', tradecraft: ['laptop_farm'], firstActivity: '2026-09-02T00:00:00Z' },
    { employeeId: 'E2', actorId: 'A1', candidateId: null, farmId: 'F1', tradecraft: ['vpn_logins'], firstActivity: '2026-09-03T00:00:00Z' },
    { employeeId: 'E3', actorId: 'A2', candidateId: null, farmId: null, tradecraft: ['rmm_tools'], firstActivity: '2026-09-01T00:00:00Z' },
  ],
  fraudulentCandidates: [
    { candidateId: 'C1', actorId: 'A1', hiredEmployeeId: 'E1', tradecraft: ['shared_phone'], firstActivity: '2026-08-20T00:00:00Z' },
    { candidateId: 'C2', actorId: 'A1', hiredEmployeeId: null, tradecraft: ['shared_phone'], firstActivity: '2026-08-21T00:00:00Z' },
  ],
  actors: [
    { actorId: 'A1', operatorTimeZone: 'Asia/Shanghai', candidateIds: ['C1', 'C2'], employeeIds: ['E1', 'E2'] },
    { actorId: 'A2', operatorTimeZone: 'Asia/Pyongyang', candidateIds: [], employeeIds: ['E3'] },
  ],
  farms: [
    { farmId: 'F1', facilitatorCity: 'Nashville', facilitatorCountry: 'US', ip: '198.51.100.7', members: ['E1', 'E2', 'E9'] },
    { farmId: 'F2', facilitatorCity: 'Phoenix', facilitatorCountry: 'US', ip: '198.51.100.8', members: ['E7', 'E8'] },
  ],
  signals: [
    { signal: 'O1', subjectKind: 'employee', subjectId: 'E1', time: '2026-09-02T00:00:00Z', count: 1, tradecraft: 'laptop_farm' },
    { signal: 'M3', subjectKind: 'employee', subjectId: 'E2', time: '2026-09-03T00:00:00Z', count: 4, tradecraft: 'vpn_logins' },
    { signal: 'M6', subjectKind: 'employee', subjectId: 'E3', time: '2026-09-01T00:00:00Z', count: 2, tradecraft: 'rmm_tools' },
    { signal: 'H9', subjectKind: 'candidate', subjectId: 'C2', time: '2026-08-21T00:00:00Z', count: 1, tradecraft: 'shared_phone' },
  ],
  confounders: [
    { subjectKind: 'employee', subjectId: 'E4', type: 'traveller' },
    { subjectKind: 'employee', subjectId: 'E5', type: 'it_rmm' },
    { subjectKind: 'employee', subjectId: 'E6', type: 'it_rmm' },
  ],
});

const results: AnalysisResults = {
  people: [
    { kind: 'employee', id: 'E1', score: 90, level: 'critical' },
    { kind: 'employee', id: 'E2', score: 60, level: 'medium' },
    { kind: 'employee', id: 'E3', score: 10, level: 'low' },
    { kind: 'employee', id: 'E4', score: 70, level: 'high' },
    { kind: 'employee', id: 'E5', score: 30, level: 'medium' },
    { kind: 'employee', id: 'E6', score: 5, level: 'low' },
    { kind: 'candidate', id: 'C1', score: 80, level: 'high' },
    { kind: 'candidate', id: 'C3', score: 75, level: 'high' },
    { kind: 'candidate', id: 'C4', score: 1, level: 'low' },
  ],
  clusters: [{ members: ['E1', 'E2'] }, { members: ['E7', 'E3', 'E4', 'E5'] }],
  alerts: [
    { subjectId: 'E1', signals: ['O1', 'M1'], time: '2026-09-05T00:00:00Z', severity: 'high' },
    { subjectId: 'E1', signals: ['M6'], time: '2026-09-04T00:00:00Z', severity: 'medium' },
    { subjectId: 'E2', signals: ['M2'], time: '2026-09-04T00:00:00Z', severity: 'medium' },
    { subjectId: 'C1', signals: ['H9'], time: '2026-08-21T00:00:00Z', severity: 'critical' },
    { subjectId: 'C1', signals: ['H1'], time: '2026-08-30T00:00:00Z', severity: 'high' },
  ],
};

test('precision and recall at each level, employees and candidates apart', () => {
  const ev = evaluate(truth, results);
  const emp = Object.fromEntries(ev.employees.map((m) => [m.level, m]));
  // low: all six employees flagged, 3 of them fraudulent.
  assert.deepEqual([emp.low?.flagged, emp.low?.truePositives, emp.low?.precision, emp.low?.recall], [6, 3, 0.5, 1]);
  // medium: E1, E2, E4, E5 → 2 true.
  assert.deepEqual([emp.medium?.precision, emp.medium?.recall], [0.5, 2 / 3]);
  // high: E1, E4 → 1 true.
  assert.deepEqual([emp.high?.flagged, emp.high?.precision, emp.high?.recall], [2, 0.5, 1 / 3]);
  assert.deepEqual([emp.critical?.flagged, emp.critical?.precision, emp.critical?.recall], [1, 1, 1 / 3]);
  const cand = Object.fromEntries(ev.candidates.map((m) => [m.level, m]));
  assert.deepEqual([cand.high?.flagged, cand.high?.precision, cand.high?.recall], [2, 0.5, 0.5]);
  // Nobody critical among candidates: precision undefined, not 0 or 1.
  assert.equal(cand.critical?.precision, null);
  assert.equal(cand.critical?.recall, 0);
});

test('laptop farms: found only when the best cluster overlaps at Jaccard ≥ 0.5', () => {
  const ev = evaluate(truth, results);
  const f1 = ev.farms.find((f) => f.farmId === 'F1');
  const f2 = ev.farms.find((f) => f.farmId === 'F2');
  assert.equal(f1?.bestJaccard, 2 / 3);
  assert.equal(f1?.found, true);
  // {E7,E8} vs {E7,E3,E4,E5}: 1 shared of 5 → not found.
  assert.equal(f2?.bestJaccard, 1 / 5);
  assert.equal(f2?.found, false);
  assert.equal(ev.farmsFound, 1);
});

test('median days from first fraudulent activity to first high alert; medium alerts do not count', () => {
  const ev = evaluate(truth, results);
  // E1: 09-02 → 09-05 = 3 days; C1: 08-20 → 08-21 = 1 day. Median of [1, 3] = 2.
  assert.equal(ev.medianDaysToHighAlert, 2);
  assert.deepEqual(ev.fraudulentWithoutHighAlert.sort(), ['C2', 'E2', 'E3']);
});

test('planted signals never detected are listed; a signal on another subject does not count', () => {
  const ev = evaluate(truth, results);
  // E1 O1 detected; E2 M3 not (only M2); E3 M6 not (M6 was alerted on E1, not E3); C2 H9 not (H9 was on C1).
  assert.deepEqual(ev.undetectedSignals.map((u) => `${u.subjectId}:${u.signal}`).sort(), ['C2:H9', 'E2:M3', 'E3:M6']);
  assert.deepEqual(ev.undetectedBySignal, { M3: 1, M6: 1, H9: 1 });
});

test('false positives by confounder type count only high or critical', () => {
  const ev = evaluate(truth, results);
  assert.deepEqual(ev.falsePositivesByConfounder.traveller, { subjects: 1, flaggedHigh: 1, ids: ['E4'] });
  // E5 is medium and E6 low: it_rmm has no high false positive.
  assert.deepEqual(ev.falsePositivesByConfounder.it_rmm, { subjects: 2, flaggedHigh: 0, ids: [] });
});

test('truth.json is validated on read', () => {
  assert.throws(() => parseTruth({ ...truth, version: 2 }));
  assert.throws(() => parseTruth({ ...truth, signals: [{ signal: 'not-an-id', subjectKind: 'employee', subjectId: 'E1', time: 'x', count: 1, tradecraft: 'y' }] }));
});
