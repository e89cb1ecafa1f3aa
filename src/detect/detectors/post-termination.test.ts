import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEvent } from '../event-builder.js';
import { postTermination } from './post-termination.js';
import { runDetector } from './test-kit.js';

test('activity after the termination day fires high; failed attempts medium', () => {
  const { findings } = runDetector(postTermination(), [
    buildEvent({ time: '2025-03-02T10:00:00Z', category: 'data.download', type: 'git.clone' }),
    buildEvent({ time: '2025-03-05T10:00:00Z', category: 'auth.login', type: 'user.session.start', outcome: 'failure' }),
  ], { terminationDate: '2025-03-01' });
  assert.deepEqual(findings.map((f) => [f.severity, f.facts['daysAfter']]), [['high', 1], ['medium', 4]]);
});

test('activity on the last day or with no termination date does not fire', () => {
  assert.equal(runDetector(postTermination(), [buildEvent({ time: '2025-03-01T23:00:00Z', category: 'auth.login' })], { terminationDate: '2025-03-01' }).findings.length, 0);
  assert.equal(runDetector(postTermination(), [buildEvent({ time: '2030-03-01T23:00:00Z', category: 'auth.login' })], { terminationDate: null }).findings.length, 0);
});
