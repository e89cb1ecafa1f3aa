// Benchmark: IP enrichment throughput (geo + ASN + network class) and memory, on one core.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEnricher } from '../src/enrich/index.js';
import { packageDir } from '../src/enrich/data-paths.js';

const mb = (n: number): string => `${(n / 1e6).toFixed(0)} MB`;
const mem = (label: string): void => {
  const m = process.memoryUsage();
  console.log(`${label}: rss ${mb(m.rss)}, heapUsed ${mb(m.heapUsed)}, external+arrayBuffers ${mb(m.external + m.arrayBuffers)}`);
};

/** Deterministic PRNG so runs compare. */
let seed = 42;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);

/** Addresses drawn from real routed ranges (the ASN CSV), ~85% IPv4 / 15% IPv6, plus some private ones. */
function sampleAddresses(n: number): string[] {
  const dir = packageDir('@ip-location-db/asn');
  const v4 = readFileSync(join(dir, 'asn-ipv4-num.csv'), 'utf8').split('\n').filter(Boolean);
  const v6 = readFileSync(join(dir, 'asn-ipv6.csv'), 'utf8').split('\n').filter(Boolean);
  const out: string[] = [];
  while (out.length < n) {
    const r = rand();
    if (r < 0.05) out.push(`10.${Math.floor(rand() * 256)}.${Math.floor(rand() * 256)}.${Math.floor(rand() * 256)}`);
    else if (r < 0.85) {
      const [s, e] = v4[Math.floor(rand() * v4.length)]!.split(',').map(Number) as [number, number];
      const ip = s + Math.floor(rand() * (e - s + 1));
      out.push(`${ip >>> 24}.${(ip >>> 16) & 255}.${(ip >>> 8) & 255}.${ip & 255}`);
    } else {
      const start = v6[Math.floor(rand() * v6.length)]!.split(',')[0]!;
      out.push(start.endsWith('::') ? `${start}${Math.floor(rand() * 65535).toString(16)}` : start);
    }
  }
  return out;
}

mem('start');
const enricher = createEnricher({ corporateRanges: ['203.0.113.0/24'], ipCacheSize: 100_000 });
const t0 = performance.now();
const stats = enricher.warm();
console.log(`load: ${(performance.now() - t0).toFixed(0)} ms total; ASN table ${stats.asn?.ranges} ranges, ${stats.asn?.orgs} orgs, ${mb(stats.asn?.bytes ?? 0)} typed arrays, built in ${stats.asn?.loadMs.toFixed(0)} ms; geo mmdb ${mb(stats.geo?.bytes ?? 0)} in ${stats.geo?.loadMs.toFixed(0)} ms`);
console.log('network lists:', JSON.stringify(stats.network));
mem('after load');

const unique = sampleAddresses(200_000);
// Log-like stream: a few addresses recur a lot (office, home, VPN exit), most are rare (Zipf-ish).
const stream: string[] = [];
for (let i = 0; i < 1_000_000; i++) stream.push(unique[Math.floor(unique.length * rand() ** 3)]!);

function run(label: string, ips: string[]): void {
  const t = performance.now();
  let classes = 0;
  for (const ip of ips) if (enricher.ipFacts(ip)?.networkClass !== 'unknown') classes++;
  const s = (performance.now() - t) / 1000;
  console.log(`${label}: ${ips.length} lookups in ${s.toFixed(2)} s = ${Math.round(ips.length / s).toLocaleString('en')} /s (${classes} classified)`);
}

run('cold, all distinct (cache misses)', unique.slice(100_000));
run('log-like mix (1M events, 200k distinct, LRU 100k)', stream);
mem('end');
