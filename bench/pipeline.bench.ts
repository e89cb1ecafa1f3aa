// End-to-end monitoring throughput: N Okta System Log lines for P people → parse + normalize + enrich (geo, ASN,
// network class) + every rule, stateful detector and correlation, compared in the same run with the raw read +
// JSON.parse of the same file; then the average per-person detection state. Storage is measured by sources.bench.
// Env: TRUSTLINE_BENCH_EVENTS (default 1,000,000), TRUSTLINE_BENCH_PEOPLE (default 5,000).
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCorrelator, loadCorrelations } from '../src/correlate/index.js';
import { createAnalyzer, defaultDetectors, loadRules, type EnrichedEvent, type PersonContext } from '../src/detect/index.js';
import { createEnricher } from '../src/enrich/index.js';
import { oktaSource } from '../src/sources/okta/okta-source.js';
import { readLineBatches } from '../src/sources/read/lines.js';
import { personAddresses, writeOktaLines } from './okta-lines.js';

const N = Number(process.env.TRUSTLINE_BENCH_EVENTS ?? 1_000_000);
const P = Number(process.env.TRUSTLINE_BENCH_PEOPLE ?? 5000);

async function timed(label: string, fn: () => Promise<number>): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const n = await fn();
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const perCpu = n / ((cpu.user + cpu.system) / 1e6);
  console.log(`${label.padEnd(58)} ${n} in ${s.toFixed(1)} s = ${Math.round(n / s).toLocaleString('en')} events/s (${Math.round(perCpu).toLocaleString('en')} per CPU-s)`);
  // Per CPU-second is the figure to compare: on a shared machine wall time depends on what else runs.
  return perCpu;
}

const dir = await mkdtemp(join(tmpdir(), 'trustline-pipeline-'));
try {
  const file = join(dir, 'okta.jsonl');
  await writeOktaLines(file, N, P);
  console.log(`generated ${N} Okta events for ${P} people`);

  const enricher = createEnricher();
  // Each person lives where their home line geolocates, so most sign-ins are ordinary and detectors do real work.
  const people = new Map<string, PersonContext>();
  for (let p = 0; p < P; p++) {
    const home = enricher.ipFacts(personAddresses(p)[0]!);
    people.set(`user${p}@example.com`, {
      personId: `E${p}`, employmentType: 'employee', hireDate: '2023-04-01', terminationDate: null,
      residenceCountry: home?.country ?? 'US', residenceCity: home?.city ?? null, residenceLat: home?.lat ?? null, residenceLon: home?.lon ?? null,
      timezone: home?.timeZone ?? 'UTC', travel: [],
    });
  }

  const raw = await timed('raw read + JSON.parse', async () => {
    let n = 0;
    for await (const batch of readLineBatches(createReadStream(file, { encoding: 'utf8' }))) for (const { text } of batch) if (text) { JSON.parse(text); n++; }
    return n;
  });

  const analyzer = createAnalyzer({ rules: loadRules(), detectors: defaultDetectors(), stages: [createCorrelator(loadCorrelations())] });
  let alerts = 0;
  const full = await timed('parse + normalize + enrich + detect + correlate', async () => {
    let n = 0;
    for await (const items of oktaSource.parseBatches!(createReadStream(file), 'okta.jsonl')) {
      for (const item of items) {
        if (!item.ok) throw new Error(`line ${item.line} rejected`);
        const ev = item.record;
        const person = people.get(ev.actor ?? '');
        if (!person) continue;
        const enriched = { ...ev, enrichment: enricher.enrich(ev) } as EnrichedEvent;
        alerts += analyzer.process(person.personId, enriched, person).length;
        n++;
      }
    }
    alerts += analyzer.flush().length;
    return n;
  });
  console.log(`end-to-end / raw JSON.parse = ${(100 * full / raw).toFixed(0)}% per CPU-s (target ≥ 60%); ${alerts} alerts`);

  let bytes = 0, max = 0;
  const ids = analyzer.people();
  for (const id of ids) { const s = JSON.stringify(analyzer.exportState(id)).length; bytes += s; max = Math.max(max, s); }
  // Which parts of the state weigh most (the first person's, by detector).
  const sample = (analyzer.exportState(ids[0]!) as { d?: Record<string, unknown> }).d ?? {};
  const parts = Object.entries(sample).map(([k, v]) => [k, JSON.stringify(v ?? null).length] as const).sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(`largest parts of one person's state: ${parts.map(([k, n]) => `${k} ${n} B`).join(', ')}`);
  console.log(`per-person detection state: average ${Math.round(bytes / ids.length)} B, max ${max} B over ${ids.length} people (target ≤ 2 KB average)`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
