// Recomputes the worked example of docs/scoring.md and checks that every figure the page states is what the code gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { combineEvidence } from './combine.js';
import { scorePeople } from './score-people.js';
import { person } from './test-builders.js';
import { WORKED_ALERTS, WORKED_NOW } from './worked-example.js';

const doc = readFileSync(new URL('../../docs/scoring.md', import.meta.url), 'utf8');
const run = (ids?: string[]) => combineEvidence(
  WORKED_ALERTS.filter((a) => !ids || ids.includes(a.id)).map((alert) => ({ alert, personId: 'employee:E100', via: 'direct', confidence: 1, structural: false })),
  Date.parse(WORKED_NOW),
);
const f2 = (x: number) => x.toFixed(2);

test('docs/scoring.md worked example: weights, kinds, pillars, combined, boosted, score, level and points', () => {
  const c = run();
  assert.equal(c.score, 69);
  assert.equal(c.level, 'high');
  assert.match(doc, /Score \*\*69\*\*, level \*\*high\*\*/);
  assert.deepEqual(c.pillars, { identity: 22, location: 15, device: 11, behaviour: 20 });
  assert.match(doc, /identity \*\*22\*\*, location \*\*15\*\*, device \*\*11\*\*, behaviour \*\*20\*\*/);
  assert.ok(doc.includes(`**${f2(c.trace.combined)}**`), `combined ${f2(c.trace.combined)}`);
  assert.ok(doc.includes(`**${f2(c.trace.boosted)}**`), `boosted ${f2(c.trace.boosted)}`);
  assert.equal(c.trace.pillarsCorroborating, 3);
  assert.equal(c.trace.cap, null);
  for (const k of c.trace.kinds) assert.ok(doc.includes(`**${f2(k.points)}**`), `kind ${k.kind} ${f2(k.points)}`);
  // Each table row: "| a2 | … | 9.93 | 11 |"
  for (const r of c.reasons) {
    const row = doc.split('\n').find((l) => l.startsWith(`| ${r.alertId} |`));
    assert.ok(row, `row for ${r.alertId}`);
    const cells = row.split('|').map((s) => s.trim()).filter(Boolean);
    assert.equal(cells[cells.length - 2], f2(r.weight), `${r.alertId} weight`);
    assert.equal(Number(cells[cells.length - 1]), r.points, `${r.alertId} points`);
  }
  assert.equal(c.reasons.reduce((s, r) => s + r.points, 0), 69);
});

test('docs/scoring.md variants: without AnyDesk, and VPN sign-ins alone', () => {
  const noRmm = run(['a1', 'a2', 'a3', 'a5']);
  assert.equal(noRmm.score, 54);
  assert.ok(doc.includes(`combined ${f2(noRmm.trace.combined)} × 1.15 → score **54**`));
  const vpnOnly = run(['a1', 'a2']);
  assert.equal(vpnOnly.score, 15);
  assert.equal(vpnOnly.level, 'low');
  assert.match(doc, /here \*\*15\*\* \(low\)/);
});

test('the worked example scores the same through scorePeople', () => {
  const [s] = scorePeople({ people: [person({ employee_id: 'E100' })], candidates: [], accounts: [], alerts: WORKED_ALERTS, clusters: [], suppressions: [], now: WORKED_NOW });
  assert.equal(s!.score, 69);
  assert.equal(s!.personId, 'employee:E100');
});
