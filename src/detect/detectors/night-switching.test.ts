import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEvent } from '../event-builder.js';
import type { EnrichedEvent } from '../types.js';
import { nightSwitching } from './night-switching.js';
import { runDetector } from './test-kit.js';

/** Okta sign-ins once per hour over a block of `len` hours starting at UTC hour `h` on the given date. */
function block(date: string, h: number, len: number): EnrichedEvent[] {
  const t0 = Date.parse(`${date}T00:00:00Z`) + h * 3_600_000;
  return Array.from({ length: len }, (_, i) => buildEvent({ time: new Date(t0 + i * 3_600_000 + 300_000).toISOString(), category: 'auth.login', source: 'okta', type: 'user.session.start' }));
}
const dates = (n: number) => Array.from({ length: n }, (_, i) => new Date(Date.parse('2025-04-07T00:00:00Z') + i * 86_400_000).toISOString().slice(0, 10));
const chicago = { residenceCountry: 'US', timezone: 'America/Chicago' };
// Chicago in April is UTC−5: 09:00 local = 14:00 UTC; 21:30 Shanghai = 08:30 Chicago… the operator's 09:30 UTC+8 = 20:30 Chicago = 01:30 UTC.
const dayBlock = (d: string) => block(d, 14, 8);
const operatorBlock = (d: string) => block(d, 2, 8); // 21:00–05:00 Chicago

test('a US resident who works some days on an Asian clock and others by day is flagged low', () => {
  const evs = dates(14).flatMap((d, i) => (i % 3 === 0 ? dayBlock(d) : operatorBlock(d)));
  const { findings } = runDetector(nightSwitching(), evs, chicago);
  assert.ok(findings.length >= 1);
  assert.ok(findings.every((f) => f.severity === 'low'));
  assert.deepEqual(findings[0]!.signals, ['M5', 'H4']);
  assert.ok((findings.at(-1)!.facts['nightDays'] as number) >= 3 && (findings.at(-1)!.facts['daytimeDays'] as number) >= 3);
});

test('not flagged: office hours, a steady night shift, one late evening, and a declared trip abroad', () => {
  assert.equal(runDetector(nightSwitching(), dates(20).flatMap(dayBlock), chicago).findings.length, 0);
  assert.equal(runDetector(nightSwitching(), dates(20).flatMap(operatorBlock), chicago).findings.length, 0, 'night shift');
  const oneLate = dates(20).flatMap((d, i) => (i === 5 ? operatorBlock(d) : dayBlock(d)));
  assert.equal(runDetector(nightSwitching(), oneLate, chicago).findings.length, 0);
  // Ten days in Tokyo look like nights in Chicago: declared, they are left out.
  const trip = dates(20).flatMap((d, i) => (i >= 5 && i < 15 ? operatorBlock(d) : dayBlock(d)));
  assert.equal(runDetector(nightSwitching(), trip, { ...chicago, travel: [{ from: '2025-04-12', to: '2025-04-21', country: 'JP' }] }).findings.length, 0);
  assert.ok(runDetector(nightSwitching(), trip, chicago).findings.length > 0, 'the same trip undeclared is seen');
});
