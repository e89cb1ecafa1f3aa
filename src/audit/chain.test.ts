// Audit chain: records link and verify; any edit, deletion, insertion or reordering is found at the right seq.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { GENESIS_HASH, canonicalJson, nextRecord, verifyChain, type AuditRecord } from './chain.js';
import { auditLine, parseJsonLines, toJsonLines } from './export.js';

function chain(n: number): AuditRecord[] {
  const out: AuditRecord[] = [];
  const t0 = Date.parse('2026-04-01T09:00:00Z');
  for (let i = 0; i < n; i++) {
    out.push(nextRecord(out[i - 1] ?? null, {
      actor: `analyst${i % 3}`, action: i % 2 ? 'person.read' : 'export.csv', target: `person:E${String(i).padStart(6, '0')}`,
      detail: { i, fields: ['name', 'bank'], nested: { b: 2, a: [1, null, 'x'] } },
    }, new Date(t0 + i * 1000)));
  }
  return out;
}

it('links each record to the one before it and verifies a clean chain', () => {
  const c = chain(50);
  assert.equal(c[0]!.seq, 1);
  assert.equal(c[0]!.prevHash, GENESIS_HASH);
  assert.equal(c[1]!.prevHash, c[0]!.hash);
  assert.match(c[0]!.hash, /^[0-9a-f]{64}$/);
  assert.notEqual(c[0]!.hash, c[1]!.hash);
  assert.deepEqual(verifyChain(c), { ok: true, firstBadSeq: null, reason: null, checked: 50 });
  assert.deepEqual(verifyChain([]), { ok: true, firstBadSeq: null, reason: null, checked: 0 });
});

it('hashes canonical JSON: key order does not matter, values do', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } }), '{"a":{"c":"x","d":[1,2]},"b":1}');
  assert.equal(canonicalJson({ a: undefined, b: 1 }), '{"b":1}');
  assert.throws(() => canonicalJson({ n: Number.NaN }), /non-finite/);
  assert.throws(() => canonicalJson({ f: () => 1 }), /cannot record a function/);
  const at = new Date('2026-04-01T00:00:00Z');
  const a = nextRecord(null, { actor: 'a', action: 'x.y', target: 't', detail: { p: 1, q: 2 } }, at);
  const b = nextRecord(null, { actor: 'a', action: 'x.y', target: 't', detail: { q: 2, p: 1 } }, at);
  const c = nextRecord(null, { actor: 'a', action: 'x.y', target: 't', detail: { q: 2, p: 3 } }, at);
  assert.equal(a.hash, b.hash);
  assert.notEqual(a.hash, c.hash);
  assert.throws(() => nextRecord(null, { actor: '', action: 'x', target: 't' }), /needs actor/);
});

it('detects an edited field in any record, at that record', () => {
  for (const field of ['actor', 'action', 'target', 'at'] as const) {
    const c = chain(20);
    c[7] = { ...c[7]!, [field]: field === 'at' ? '2026-04-01T09:00:08.001Z' : 'someone-else' };
    assert.deepEqual([verifyChain(c).ok, verifyChain(c).firstBadSeq], [false, 8], field);
    assert.match(verifyChain(c).reason!, /seq 8 was changed/);
  }
  const c = chain(20);
  c[3] = { ...c[3]!, detail: { ...c[3]!.detail, i: 99 } };
  assert.equal(verifyChain(c).firstBadSeq, 4);
});

it('detects a re-hashed edit through the next record (the link breaks)', () => {
  const c = chain(20);
  const edited = { ...c[9]!, actor: 'mallory' };
  const { hash: _old, ...body } = edited;
  c[9] = nextRecord(c[8]!, { actor: 'mallory', action: body.action, target: body.target, detail: body.detail }, new Date(body.at));
  const v = verifyChain(c);
  assert.equal(v.ok, false);
  assert.equal(v.firstBadSeq, 11);
  assert.match(v.reason!, /does not point/);
});

it('detects deletion, insertion, reordering and a cut-off head', () => {
  const deleted = chain(20); deleted.splice(5, 1);
  assert.deepEqual([verifyChain(deleted).ok, verifyChain(deleted).firstBadSeq], [false, 6]);
  const reordered = chain(20); [reordered[4], reordered[5]] = [reordered[5]!, reordered[4]!];
  assert.deepEqual([verifyChain(reordered).ok, verifyChain(reordered).firstBadSeq], [false, 5]);
  const inserted = chain(20); inserted.splice(3, 0, { ...inserted[3]! });
  assert.equal(verifyChain(inserted).ok, false);
  assert.equal(verifyChain(inserted).firstBadSeq, 5);
  const head = chain(20).slice(1);
  assert.deepEqual([verifyChain(head).ok, verifyChain(head).firstBadSeq], [false, 1]);
  // A tail verifies when given the record it continues from, and not from a wrong one.
  const c = chain(20);
  assert.equal(verifyChain(c.slice(10), c[9]!).ok, true);
  assert.equal(verifyChain(c.slice(10), c[8]!).ok, false);
  // Truncating the end cannot be seen from the records alone: the caller compares with the last known seq.
  assert.equal(verifyChain(chain(20).slice(0, 15)).ok, true);
});

it('exports JSON lines that read back and verify, and catch edits made to the file', async () => {
  const c = chain(30);
  let text = '';
  for await (const line of toJsonLines(c)) text += line;
  assert.equal(text.split('\n').length, 31);
  assert.equal(text.split('\n')[0], auditLine(c[0]!));
  const back = parseJsonLines(text);
  assert.deepEqual(back, c);
  assert.equal(verifyChain(back).ok, true);
  const tampered = parseJsonLines(text.replace('"analyst1"', '"analyst9"'));
  assert.equal(verifyChain(tampered).ok, false);
  assert.equal(verifyChain(tampered).firstBadSeq, 2);
  assert.throws(() => parseJsonLines('{"seq":1}\n'), /line 1: not an audit record/);
  assert.throws(() => parseJsonLines(`${auditLine(c[0]!)}\n{oops\n`), /line 2/);
});
