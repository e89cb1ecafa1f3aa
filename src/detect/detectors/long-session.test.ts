import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEvent } from '../event-builder.js';
import { longSession } from './long-session.js';
import { iso, runDetector } from './test-kit.js';

const act = (minutes: number, sessionId?: string) => buildEvent({ time: iso('2025-03-03T00:00:00Z', minutes), category: 'auth.login', type: 'user.session.start', source: 'okta', sessionId });

test('hands-on activity in 22 of 24 hours fires', () => {
  const evs = Array.from({ length: 22 }, (_, h) => act(h * 60 + 5));
  const { findings } = runDetector(longSession(), evs);
  const rc = findings.filter((f) => f.ruleId === 'round-the-clock-account');
  assert.ok(rc.length >= 1);
  assert.equal(rc[0]!.facts['activeHoursOf24'], 20);
});

test('a night shift (10 hours) and background token refreshes around the clock do not fire', () => {
  const night = Array.from({ length: 10 }, (_, h) => act((22 + h) * 60));
  assert.equal(runDetector(longSession(), night).findings.length, 0);
  const refresh = Array.from({ length: 24 }, (_, h) => buildEvent({ time: iso('2025-03-03T00:00:00Z', h * 60), category: 'auth.session', type: 'token.refresh' }));
  assert.equal(runDetector(longSession(), refresh).findings.filter((f) => f.ruleId === 'round-the-clock-account').length, 0);
});

test('one session used for four days fires medium; a normal-length session does not', () => {
  const long = [act(0, 'sess-1'), act(60 * 40, 'sess-1'), act(60 * 96, 'sess-1')];
  const f = runDetector(longSession(), long).findings.filter((x) => x.ruleId === 'multi-day-session');
  assert.deepEqual(f.map((x) => x.severity), ['low', 'medium']);
  assert.equal(runDetector(longSession(), [act(0, 's2'), act(600, 's2')]).findings.length, 0);
});
