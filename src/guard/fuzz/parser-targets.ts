// Every parser that reads outside input, as fuzz properties: any input ends in records or clear problems,
// never a crash, a hang or a programming error. Shared by the CI test (few runs) and `npm run fuzz` (many).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { readCsv } from '../../sources/read/csv.js';
import { readJsonRecords } from '../../sources/read/json-records.js';
import { sources } from '../../sources/registry.js';
import type { Source } from '../../sources/types.js';
import { chunk, chunkSizes, hostileInput } from './hostile-text.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const HANG_MS = 15_000;

/** The first few KB of every vendor fixture, plus CSV samples: realistic starting points for mutation. */
export function seedCorpus(): string[] {
  const seeds: string[] = [];
  const dir = join(root, 'test/fixtures');
  for (const vendor of ['okta', 'entra-signin', 'entra-audit', 'google', 'github', 'defender', 'vpn']) {
    let names: string[] = [];
    try { names = readdirSync(join(dir, vendor)); } catch { continue; }
    for (const n of names) if (/\.(jsonl?|csv)$/.test(n)) seeds.push(readFileSync(join(dir, vendor, n), 'utf8').slice(0, 6000));
  }
  seeds.push('employee_id,name,email,hire_date,country\nE1,Ann Lee,ann@example.com,2024-01-02,JP\nE2,"Bo, Jr",bo@example.com,2023-13-40,US\n');
  seeds.push('employee_id,effective_date,method,account_number,bic,wallet_address\nE1,2024-02-01,bank,GB33BUKB20201555555555,BUKBGB22,\n');
  return seeds;
}

/** Settles or fails after HANG_MS: an async parser that stops making progress is a failure, not a stuck suite. */
async function withinTime<T>(work: Promise<T>, what: string): Promise<T> {
  let t: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<never>((_, rej) => { t = setTimeout(() => rej(new Error(`HANG: ${what} did not finish in ${HANG_MS} ms`)), HANG_MS); })]);
  } finally { clearTimeout(t); }
}

/** A thrown error is acceptable only when it says something: not a bare TypeError/ReferenceError from a bug. */
export function assertClearError(e: unknown, what: string): void {
  assert.ok(e instanceof Error, `${what} threw a non-Error: ${String(e)}`);
  assert.ok(!/^HANG/.test(e.message), e.message);
  assert.ok(!(e instanceof TypeError) && !(e instanceof ReferenceError) && !(e instanceof SyntaxError), `${what} failed with a programming error: ${e.name}: ${e.message}`);
  assert.ok(e.message.trim().length > 0, `${what} threw an error without a message`);
}

function checkItem(it: { ok: boolean; line: number } & Record<string, unknown>, what: string): void {
  assert.ok(Number.isInteger(it.line) && it.line >= 0, `${what}: bad line ${String(it.line)}`);
  if (it.ok) {
    const rec = it.record ?? it.value ?? it.row;
    assert.ok(typeof rec === 'object' && rec !== null, `${what}: ok item without a record`);
  } else {
    const problems = (it.problems as { reason: unknown }[] | undefined) ?? [{ reason: it.reason }];
    assert.ok(problems.length > 0, `${what}: rejected item without problems`);
    for (const p of problems) assert.ok(typeof p.reason === 'string' && p.reason.length > 0, `${what}: problem without a reason`);
  }
}

async function drain(iter: AsyncIterable<unknown>, what: string): Promise<number> {
  let n = 0;
  try {
    await withinTime((async () => {
      for await (const it of iter) { checkItem(it as never, what); n++; }
    })(), what);
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e;
    assertClearError(e, what);
  }
  return n;
}

export interface FuzzTarget { name: string; property(runs: number): Promise<void> }

/** fast-check options; FUZZ_SEED and FUZZ_PATH (printed with a failure) replay one counterexample. */
export const runOpts = (numRuns: number) => ({
  numRuns, endOnFailure: true,
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
  ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
});

function sourceTarget(source: Source, seeds: string[]): FuzzTarget {
  return {
    name: `source ${source.name}`,
    property: (numRuns) => fc.assert(fc.asyncProperty(hostileInput(seeds), chunkSizes, async (bytes, sizes) => {
      const head = Buffer.from(bytes.subarray(0, 65536)).toString('utf8');
      const conf = source.detect({ fileName: `fuzz.${head.startsWith('{') ? 'jsonl' : 'csv'}`, head });
      assert.ok(typeof conf === 'number' && conf >= 0 && conf <= 1, `${source.name}.detect returned ${conf}`);
      await drain(source.parse(Readable.from(chunk(bytes, sizes)), 'fuzz-input'), `${source.name}.parse`);
      if (source.parseBatches) {
        const flat = (async function* () { for await (const b of source.parseBatches!(Readable.from(chunk(bytes, sizes)), 'fuzz-input')) yield* b; })();
        await drain(flat, `${source.name}.parseBatches`);
      }
    }), runOpts(numRuns)),
  };
}

export function parserTargets(): FuzzTarget[] {
  const seeds = seedCorpus();
  return [
    {
      name: 'JSON record reader',
      property: (numRuns) => fc.assert(fc.asyncProperty(hostileInput(seeds), chunkSizes, async (bytes, sizes) => {
        await drain(readJsonRecords(Readable.from(chunk(bytes, sizes))), 'readJsonRecords');
      }), runOpts(numRuns)),
    },
    {
      name: 'CSV reader',
      property: (numRuns) => fc.assert(fc.asyncProperty(hostileInput(seeds), chunkSizes, async (bytes, sizes) => {
        await drain(readCsv(Readable.from(chunk(bytes, sizes))), 'readCsv');
      }), runOpts(numRuns)),
    },
    ...sources.map((s) => sourceTarget(s, seeds)),
  ];
}
