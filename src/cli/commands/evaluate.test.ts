// The evaluate command reads truth + results (file or injected store) and prints metrics; simulate's option parsing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEvaluate } from './evaluate.js';
import { parseFraudRate, phaseProgress } from './simulate.js';

const truth = {
  version: 1, seed: 's', window: { start: '2026-09-01', days: 5 }, counts: { employees: 2, candidates: 1 },
  fraudulentEmployees: [{ employeeId: 'E1', actorId: 'A1', candidateId: null, farmId: 'F1', tradecraft: ['laptop_farm', 'rmm_tools'], firstActivity: '2026-09-01T00:00:00.000Z' }],
  fraudulentCandidates: [], actors: [{ actorId: 'A1', operatorTimeZone: 'Asia/Shanghai', candidateIds: [], employeeIds: ['E1'] }],
  farms: [{ farmId: 'F1', facilitatorCity: 'Denver', facilitatorCountry: 'US', ip: '198.51.100.1', members: ['E1', 'E3'] }],
  signals: [{ signal: 'M6', subjectKind: 'employee', subjectId: 'E1', time: '2026-09-01T00:00:00.000Z', count: 3, tradecraft: 'rmm_tools' }],
  confounders: [{ subjectKind: 'employee', subjectId: 'E2', type: 'it_rmm' }],
};
const results = {
  people: [{ kind: 'employee', id: 'E1', score: 80, level: 'high' }, { kind: 'employee', id: 'E2', score: 75, level: 'high' }],
  clusters: [{ members: ['E1', 'E3'] }],
  alerts: [{ subjectId: 'E1', signals: ['M6'], time: '2026-09-03T12:00:00.000Z', severity: 'high' }],
};

test('evaluate: --results file, text and --json output; the injected source is used when no file is given', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'trustline-eval-'));
  try {
    await writeFile(join(dir, 'truth.json'), JSON.stringify(truth));
    await writeFile(join(dir, 'results.json'), JSON.stringify(results));
    let text = '';
    await runEvaluate({ truth: join(dir, 'truth.json'), results: join(dir, 'results.json') }, { write: (t) => { text += t; } });
    assert.match(text, /high\s+2\s+1\s+50\.0%\s+100\.0%/);
    assert.match(text, /Laptop farms found: 1\/1/);
    assert.match(text, /Median days .*: 2\.5/);
    assert.match(text, /it_rmm\s+1\/1/);
    let json = '';
    await runEvaluate({ truth: join(dir, 'truth.json'), json: true }, { write: (t) => { json += t; }, openSource: async () => ({ loadResults: async () => ({ ...results, people: [] } as never) }) });
    const ev = JSON.parse(json) as { employees: { level: string; flagged: number }[]; undetectedSignals: unknown[] };
    assert.equal(ev.employees.find((m) => m.level === 'low')?.flagged, 0);
    assert.deepEqual(ev.undetectedSignals, []);
    await assert.rejects(runEvaluate({ truth: join(dir, 'truth.json') }, { write: () => {} }), /--results/);
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ people: [{ kind: 'x' }] }));
    await assert.rejects(runEvaluate({ truth: join(dir, 'truth.json'), results: join(dir, 'bad.json') }, { write: () => {} }));
  } finally { await rm(dir, { recursive: true, force: true }); }
});

test('simulate: --fraud-rate parsing and a progress that only moves forward', () => {
  assert.deepEqual(parseFraudRate('0.03'), { employees: 0.03, candidates: 0.03 });
  assert.deepEqual(parseFraudRate('0.02,0.1'), { employees: 0.02, candidates: 0.1 });
  assert.throws(() => parseFraudRate('2'));
  assert.throws(() => parseFraudRate('abc'));
  const seen: number[] = [];
  const p = phaseProgress((pct) => seen.push(pct));
  p('networks', 0, 1); p('activity', 50, 100); p('resumes', 10, 10); p('write', 1, 1); p('unknown-phase', 1, 1);
  assert.deepEqual(seen, [...seen].sort((a, b) => a - b));
  assert.equal(seen.at(-1), 100);
  assert.equal(seen.length, 4);
});
