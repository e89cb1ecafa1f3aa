// Determinism (same seed → same bytes) and the honesty of what is planted: varied tradecraft, clean confounders, valid truth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate } from './simulate.js';
import { TruthSchema } from './truth.js';
import { EMPLOYEE_TRADECRAFT } from './personas.js';

const small = { employees: 60, candidates: 40, days: 10, fraudRate: { employees: 0.1, candidates: 0.2 } };
const bytes = (d: string | Uint8Array) => (typeof d === 'string' ? Buffer.from(d) : Buffer.from(d));

test('two runs with the same seed give identical files; another seed does not', async () => {
  const a = await simulate({ seed: 42, ...small });
  const b = await simulate({ seed: 42, ...small });
  assert.deepEqual(a.files.map((f) => f.path), b.files.map((f) => f.path));
  for (let i = 0; i < a.files.length; i++) {
    assert.ok(bytes(a.files[i]!.data).equals(bytes(b.files[i]!.data)), `${a.files[i]!.path} differs between runs`);
  }
  const c = await simulate({ seed: 43, ...small });
  const people = (r: typeof a) => bytes(r.files.find((f) => f.path === 'hr/people.csv')!.data);
  assert.ok(!people(a).equals(people(c)), 'a different seed must give a different organisation');
  // Every resume format is covered and every file is non-empty.
  assert.ok(a.files.some((f) => f.path.endsWith('.pdf')) && a.files.some((f) => f.path.endsWith('.docx')));
  for (const f of a.files) if (!f.path.startsWith('defender/') && !f.path.endsWith('.jsonl')) assert.ok(bytes(f.data).length > 0, f.path);
});

test('truth: fraud is planted with varying subsets, never all of it, and confounders are not fraud', async () => {
  const { truth } = await simulate({ seed: 7, employees: 200, candidates: 80, days: 12, fraudRate: { employees: 0.06, candidates: 0.15 } });
  TruthSchema.parse(truth);
  assert.ok(truth.fraudulentEmployees.length >= 8);
  const all = Object.keys(EMPLOYEE_TRADECRAFT).length;
  const sets = new Set(truth.fraudulentEmployees.map((e) => [...e.tradecraft].sort().join(',')));
  assert.ok(sets.size >= truth.fraudulentEmployees.length - 1, 'tradecraft subsets should differ between workers');
  for (const e of truth.fraudulentEmployees) assert.ok(e.tradecraft.length >= 2 && e.tradecraft.length < all, `${e.employeeId} has ${e.tradecraft.length} traits`);
  // Laptop farms host several workers, and their members are fraudulent hires.
  const fraud = new Set(truth.fraudulentEmployees.map((e) => e.employeeId));
  for (const f of truth.farms) { assert.ok(f.members.length >= 2); for (const m of f.members) assert.ok(fraud.has(m)); }
  assert.ok(truth.farms.length >= 1);
  // One actor behind several personas.
  assert.ok(truth.actors.some((a) => a.candidateIds.length + a.employeeIds.length >= 3));
  // Planted signals belong to fraudulent subjects only; confounders are never fraudulent.
  const fraudCand = new Set(truth.fraudulentCandidates.map((c) => c.candidateId));
  for (const s of truth.signals) assert.ok(s.subjectKind === 'employee' ? fraud.has(s.subjectId) : fraudCand.has(s.subjectId), `${s.signal} on clean ${s.subjectId}`);
  for (const c of truth.confounders) assert.ok(!fraud.has(c.subjectId) && !fraudCand.has(c.subjectId));
  const types = new Set(truth.confounders.map((c) => c.type));
  for (const t of ['traveller', 'corporate_vpn', 'contractor_abroad', 'poor_network']) assert.ok(types.has(t as never), `no ${t} confounder`);
  // Counts are drawn, not fixed: planted signal counts per subject vary.
  const m3 = truth.signals.filter((s) => s.signal === 'M3' || s.signal === 'M6' || s.signal === 'M1').map((s) => s.count);
  assert.ok(new Set(m3).size > 1, 'counts of planted records should vary');
});
