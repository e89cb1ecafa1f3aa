import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidateRecord, idvRecord } from '../alerts/test-records.js';
import { channelFindings } from './channel-findings.js';

test('H10: a freelance-platform applicant is context (info); an offer or hire from there without a passed ID check says so', () => {
  const applied = candidateRecord({ candidate_id: 'f1', source: 'freelance_platform', stage: 'screen', applied_at: '2025-03-01T10:00:00Z' });
  const [a] = channelFindings(applied, []);
  assert.equal(a?.severity, 'info');
  assert.deepEqual(a?.signals, ['H10']);
  const hired = candidateRecord({ candidate_id: 'f2', source: 'freelance_platform', stage: 'hired', applied_at: '2025-03-01T10:00:00Z' });
  const unverified = channelFindings(hired, [idvRecord({ subject_id: 'f2', result: 'review' })])[0];
  assert.equal(unverified?.severity, 'info', 'the missing ID check is H8\'s finding, not counted twice');
  assert.match(unverified?.summary.en ?? '', /without a passed identity-document check/);
  assert.equal(unverified?.evidence.facts['identityCheckPassed'], false);
  assert.equal(channelFindings(hired, [idvRecord({ subject_id: 'f2', result: 'pass' })])[0]?.evidence.facts['identityCheckPassed'], true);
  assert.equal(channelFindings(hired, [idvRecord({ subject_id: 'someone-else', result: 'pass' })])[0]?.evidence.facts['identityCheckPassed'], false, 'another person\'s check does not count');
});

test('H10: other channels raise nothing', () => {
  for (const source of ['job_board', 'referral', 'agency', 'direct', '']) {
    assert.deepEqual(channelFindings(candidateRecord({ candidate_id: 'x', source, stage: 'hired' }), []), [], source);
  }
});
