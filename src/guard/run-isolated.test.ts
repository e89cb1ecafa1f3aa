// run-isolated: results come back; hangs, heap blow-ups, crashes and thrown errors are stopped and named,
// and the calling thread keeps working throughout.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { IsolationError, runIsolated } from './run-isolated.js';

const fixtures = new URL('./fixtures/hostile-functions.ts', import.meta.url);
const kind = (k: IsolationError['kind']) => (e: unknown) => e instanceof IsolationError && e.kind === k;

it('returns the function result (structured-cloned)', async () => {
  const r = await runIsolated<{ sum: number; bytes: Uint8Array }>(fixtures, 'add', [2, 3], { timeoutMs: 10_000 });
  assert.equal(r.sum, 5);
  assert.deepEqual([...r.bytes], [2, 3]);
});

it('stops a function that loops forever, and one that never settles, at the time limit; the main thread keeps running', async () => {
  let ticks = 0;
  const tick = setInterval(() => { ticks++; }, 10);
  const t0 = Date.now();
  await assert.rejects(runIsolated(fixtures, 'loopForever', [], { timeoutMs: 1500 }), kind('timeout'));
  const took = Date.now() - t0;
  clearInterval(tick);
  assert.ok(took >= 1400 && took < 8000, `stopped after ${took} ms`);
  assert.ok(ticks > 20, `main thread ticked ${ticks} times while the worker spun`);
  await assert.rejects(runIsolated(fixtures, 'waitsForever', [], { timeoutMs: 800 }), kind('timeout'));
  await assert.rejects(runIsolated(fixtures, 'neverSettles', [], { timeoutMs: 10_000 }), (e: unknown) => e instanceof IsolationError && e.kind === 'crashed' && /never settles/.test(e.message));
});

it('stops a function that allocates without bound at the heap limit', async () => {
  const before = process.memoryUsage().heapUsed;
  await assert.rejects(runIsolated(fixtures, 'allocateForever', [], { timeoutMs: 15_000, maxHeapMb: 64 }), kind('out_of_memory'));
  assert.ok(process.memoryUsage().heapUsed - before < 64 * 1024 * 1024, 'the main heap did not take the hit');
});

it('passes a thrown error back with its name, code and message', async () => {
  await assert.rejects(runIsolated(fixtures, 'throwsCoded', [], { timeoutMs: 10_000 }), (e: unknown) =>
    e instanceof IsolationError && e.kind === 'failed' && e.innerName === 'DocumentError' && e.innerCode === 'corrupt' && e.message === 'bad input at byte 7');
  await assert.rejects(runIsolated(fixtures, 'deepRecursion', [1e7], { timeoutMs: 10_000, stackSizeMb: 1 }), (e: unknown) =>
    e instanceof IsolationError && e.kind === 'failed' && e.innerName === 'RangeError');
  await assert.rejects(runIsolated(fixtures, 'exitsThread', [], { timeoutMs: 10_000 }), kind('crashed'));
  await assert.rejects(runIsolated(fixtures, 'noSuchExport', [], { timeoutMs: 10_000 }), (e: unknown) => e instanceof IsolationError && /no function export/.test(e.message));
  // After all of that the main thread still works normally.
  assert.equal((await runIsolated<{ sum: number }>(fixtures, 'add', [40, 2], { timeoutMs: 10_000 })).sum, 42);
});
