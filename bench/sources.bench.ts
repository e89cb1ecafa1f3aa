// Source import benchmark: N Okta-shaped events (~1.8 KB) → raw read+JSON.parse, Trustline parse+normalize,
// and the full import (detect, parse, normalize, batch store) into a fresh embedded PGlite directory, with RSS.
// Run: node --import tsx --expose-gc bench/sources.bench.ts   (TRUSTLINE_BENCH_EVENTS=100000 for a quick run;
// TRUSTLINE_BENCH_PG=postgres://user@host/postgres also imports into a throwaway database on that server)
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { importFile } from '../src/pipeline/import-file.js';
import { readLineBatches } from '../src/sources/read/lines.js';
import { oktaSource } from '../src/sources/okta/okta-source.js';
import { sources } from '../src/sources/registry.js';
import { openDatabase } from '../src/store/db.js';
import postgres from 'postgres';
import { writeOktaLines } from './okta-lines.js';

const N = Number(process.env.TRUSTLINE_BENCH_EVENTS ?? 1_000_000);
const mib = (n: number) => `${Math.round(n / 1048576)} MiB`;
let peak = 0;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
sampler.unref();

/** Runs one phase; prints events/s and RSS before, after and at its peak (sampled every 50 ms). */
async function timed(label: string, fn: () => Promise<number>): Promise<{ wall: number; cpu: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  peak = before;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const n = await fn();
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const after = process.memoryUsage().rss;
  peak = Math.max(peak, after);
  const rate = n / s;
  // CPU time as well: on a shared machine wall time depends on what else runs; events per CPU-second does much less.
  console.log(`${label.padEnd(40)} ${n} events in ${s.toFixed(2)} s = ${Math.round(rate).toLocaleString('en')} events/s`
    + ` (${Math.round(n / cpuS).toLocaleString('en')} per CPU-s); rss ${mib(before)} → ${mib(after)} (peak ${mib(peak)})`);
  return { wall: rate, cpu: n / cpuS };
}
const pct = (a: number, b: number) => `${(100 * a / b).toFixed(0)}%`;

const dir = await mkdtemp(join(tmpdir(), 'trustline-bench-'));
try {
  const file = join(dir, 'okta.jsonl');
  await writeOktaLines(file, N);
  const size = (await stat(file)).size;
  console.log(`generated ${N} Okta events, ${(size / 1048576).toFixed(0)} MiB, ${Math.round(size / N)} bytes/event; rss ${mib(process.memoryUsage().rss)}`);

  // Two raw baselines: node:readline (the obvious way) and Trustline's own line reader; the faster one is the bar.
  const rawReadline = await timed('raw read (node:readline) + JSON.parse', async () => {
    let n = 0;
    for await (const text of createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })) {
      if (text) { JSON.parse(text); n++; }
    }
    return n;
  });
  const rawLines = await timed('raw read (line batches) + JSON.parse', async () => {
    let n = 0;
    for await (const batch of readLineBatches(createReadStream(file, { encoding: 'utf8' }))) {
      for (const { text } of batch) if (text) { JSON.parse(text); n++; }
    }
    return n;
  });
  const rawWall = Math.max(rawReadline.wall, rawLines.wall), rawCpu = Math.max(rawReadline.cpu, rawLines.cpu);
  const perItem = await timed('Trustline parse + normalize (per item)', async () => {
    let n = 0, bad = 0;
    for await (const item of oktaSource.parse(createReadStream(file), 'okta.jsonl')) { if (item.ok) n++; else bad++; }
    if (bad) throw new Error(`${bad} records rejected`);
    return n;
  });
  // The batched API is what importFile reads through: several items per await.
  const ours = await timed('Trustline parse + normalize (batches)', async () => {
    let n = 0, bad = 0;
    for await (const items of oktaSource.parseBatches!(createReadStream(file), 'okta.jsonl')) for (const item of items) { if (item.ok) n++; else bad++; }
    if (bad) throw new Error(`${bad} records rejected`);
    return n;
  });
  console.log(`normalize / raw = ${pct(ours.wall, rawWall)} wall, ${pct(ours.cpu, rawCpu)} CPU with batches;`
    + ` ${pct(perItem.wall, rawWall)} wall, ${pct(perItem.cpu, rawCpu)} CPU per item (target ≥ 80%)`);

  const dbDir = join(dir, 'db');
  const database = await openDatabase(dbDir);
  try {
    const full = await timed('full import into PGlite (importFile)', async () => {
      const s = await importFile({ db: database.db, tenantId: 'default', path: file, sources, rejectsDir: join(dir, 'rejects') });
      if (s.source !== 'okta' || s.rejected || s.fatal || s.accepted !== N) throw new Error(`unexpected import: ${JSON.stringify(s)}`);
      return s.accepted;
    });
    console.log(`full import = ${Math.round(full.wall).toLocaleString('en')} events/s wall, ${Math.round(full.cpu).toLocaleString('en')} per CPU-s (target ≥ 25,000)`);
  } finally {
    await database.close();
  }
  // Optional: the same import into a throwaway database on a PostgreSQL server (TRUSTLINE_BENCH_PG=postgres://…/postgres).
  const pgUrl = process.env.TRUSTLINE_BENCH_PG;
  if (pgUrl) {
    const name = `trustline_bench_${process.pid}`;
    const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const u = new URL(pgUrl); u.pathname = `/${name}`;
    const pg = await openDatabase(u.toString());
    try {
      await timed('full import into PostgreSQL (importFile)', async () => {
        const s = await importFile({ db: pg.db, tenantId: 'default', path: file, sources, rejectsDir: join(dir, 'rejects') });
        if (s.rejected || s.fatal || s.accepted !== N) throw new Error(`unexpected import: ${JSON.stringify(s)}`);
        return s.accepted;
      });
    } finally {
      await pg.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`).finally(() => admin.end());
    }
  }
} finally {
  clearInterval(sampler);
  await rm(dir, { recursive: true, force: true });
}
