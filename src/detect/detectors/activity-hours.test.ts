import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEvent } from '../event-builder.js';
import type { EnrichedEvent } from '../types.js';
import { activityHours } from './activity-hours.js';
import { runDetector } from './test-kit.js';

/** One sign-in per listed UTC hour on every weekday between two dates, except the skipped days. */
function workdays(from: string, to: string, utcHours: number[], skip: string[] = []): EnrichedEvent[] {
  const out: EnrichedEvent[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    const dow = new Date(t).getUTCDay();
    if (dow === 0 || dow === 6 || skip.includes(day)) continue;
    for (const h of utcHours) out.push(buildEvent({ time: new Date(t + h * 3_600_000 + 600_000).toISOString(), category: 'auth.login', source: 'okta', type: 'user.session.start' }));
  }
  return out;
}
const us = { residenceCountry: 'US', timezone: 'America/Chicago' };

test('a US resident whose working day fits UTC+9 is flagged, with the inferred zone', () => {
  const { findings } = runDetector(activityHours(), workdays('2025-04-07', '2025-05-09', [0, 1, 2, 3, 4, 5, 6, 7, 8]), us);
  const tz = findings.filter((f) => f.ruleId === 'activity-timezone-mismatch');
  assert.ok(tz.length >= 1);
  assert.equal(tz[0]!.facts['inferredOffset'], 'UTC+09:00');
  assert.equal(tz[0]!.severity, 'medium');
});

test('office hours in Chicago are not flagged', () => {
  const { findings } = runDetector(activityHours(), workdays('2025-04-07', '2025-05-09', [14, 15, 16, 17, 18, 19, 20, 21, 22]), us);
  assert.equal(findings.filter((f) => f.ruleId === 'activity-timezone-mismatch').length, 0);
});

test('a night-shift worker is never more than medium on this signal', () => {
  // 22:00–06:00 Chicago (UTC−5 in April) = 03:00–11:00 UTC.
  const { findings } = runDetector(activityHours(), workdays('2025-04-07', '2025-05-09', [3, 4, 5, 6, 7, 8, 9, 10]), us);
  assert.ok(findings.every((f) => f.severity !== 'high' && f.severity !== 'critical'));
});

test('too little data says nothing', () => {
  const { findings } = runDetector(activityHours(), workdays('2025-04-07', '2025-04-09', [0, 1, 2, 3]), us);
  assert.equal(findings.length, 0);
});

test('working through US holidays while quiet on Chinese New Year is a holiday pattern; resting on them is not', () => {
  const hours = [15, 16, 17, 18, 19, 20];
  const bad = runDetector(activityHours(), workdays('2025-01-01', '2025-03-31', hours, ['2025-01-28', '2025-01-29', '2025-01-30']), us).findings.filter((f) => f.ruleId === 'holiday-pattern');
  assert.ok(bad.length >= 1);
  assert.equal(bad.at(-1)!.severity, 'medium');
  const usHol = ['2025-01-01', '2025-01-20', '2025-02-17'];
  const good = runDetector(activityHours(), workdays('2025-01-01', '2025-03-31', hours, usHol), us).findings.filter((f) => f.ruleId === 'holiday-pattern');
  assert.equal(good.length, 0);
});
