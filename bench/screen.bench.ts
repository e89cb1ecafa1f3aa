// Benchmark: near-duplicate resume clustering at scale (MinHash + LSH) with recall against exact Jaccard,
// and PDF/DOCX parse throughput. Env: SCREEN_BENCH_N, SCREEN_BENCH_SAMPLE, SCREEN_BENCH_DOCS, SCREEN_BENCH_BANDS/ROWS/SHINGLE.
import { buildDocx, buildPdf } from '../src/screen/documents/fixture-builders.js';
import { parseDocument } from '../src/screen/documents/parse-document.js';
import { clusterResumes, exactJaccardPairs, findNearDuplicates } from '../src/screen/similarity/index.js';
import { createWatchlistIndex, emptyEntry } from '../src/screen/watchlist/index.js';

const N = Number(process.env.SCREEN_BENCH_N ?? 100_000);
const SAMPLE = Math.min(N, Number(process.env.SCREEN_BENCH_SAMPLE ?? 5_000));
const DOCS = Number(process.env.SCREEN_BENCH_DOCS ?? 200);
const FULL = Number(process.env.SCREEN_BENCH_FULL ?? 10_000);
const WL = Number(process.env.SCREEN_BENCH_WATCHLIST ?? 20_000);
const params = {
  bands: Number(process.env.SCREEN_BENCH_BANDS ?? 20),
  rows: Number(process.env.SCREEN_BENCH_ROWS ?? 5),
  shingle: Number(process.env.SCREEN_BENCH_SHINGLE ?? 4),
  threshold: 0.8,
};

let seed = 42;
const rnd = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 2 ** 32; };
const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)] as T;
const syll = ['ka', 'lo', 'min', 'tra', 'vel', 'son', 'ri', 'dex', 'po', 'lan', 'ter', 'qu', 'zen', 'mar', 'tis', 'ob', 'el', 'fin', 'gor', 'hu'];
const vocab = Array.from({ length: 20_000 }, () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(syll)).join(''));
// Stock phrases every resume generator and template reuses: realistic boilerplate shared by unrelated resumes.
const stock = [
  'responsible for designing and implementing scalable services', 'collaborated with cross-functional teams to deliver features',
  'improved performance and reliability of production systems', 'mentored junior engineers and reviewed code',
  'worked in an agile environment with two week sprints', 'built rest apis and integrated third party services',
];
const headings = ['SUMMARY', 'EXPERIENCE', 'EDUCATION', 'SKILLS'];

function resume(): string[] {
  const w: string[] = [];
  for (const h of headings) {
    w.push(h.toLowerCase());
    const n = 40 + Math.floor(rnd() * 40);
    for (let i = 0; i < n; i++) w.push(rnd() < 0.05 ? pick(stock) : pick(vocab));
  }
  return w.join(' ').split(' ');
}

function mutate(base: string[], rate: number): string[] {
  const out = base.map((t) => (rnd() < rate ? pick(vocab) : t));
  out[0] = pick(vocab); // new persona name
  out[1] = pick(vocab);
  return out;
}

// Families are contiguous so a prefix sample holds whole families (pairs to measure recall on).
const tGen = performance.now();
const texts: string[] = [];
while (texts.length < N) {
  const base = resume();
  texts.push(base.join(' '));
  if (rnd() < 0.3) {
    const variants = 1 + Math.floor(rnd() * 4);
    for (let v = 0; v < variants && texts.length < N; v++) texts.push(mutate(base, rnd() * 0.12).join(' '));
  }
}
const genMs = performance.now() - tGen;

const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const nd = findNearDuplicates(texts, params);
const clusterMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const clusters = new Map<number, number>();
for (const l of nd.labels) clusters.set(l, (clusters.get(l) ?? 0) + 1);
const multi = [...clusters.values()].filter((n) => n > 1);

const t1 = performance.now();
const truth = exactJaccardPairs(nd.shingles.slice(0, SAMPLE), params.threshold);
const truthMs = performance.now() - t1;
const found = truth.filter(([i, j]) => nd.labels[i] === nd.labels[j]).length;
const recall = truth.length ? found / truth.length : 1;

console.log(`near-duplicate clustering: N=${N} docs (generated in ${(genMs / 1000).toFixed(1)} s), shingle=${params.shingle} bands=${params.bands} rows=${params.rows} threshold=${params.threshold}`);
console.log(`  time: ${(clusterMs / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU (${Math.round(N / (clusterMs / 1000))} docs/s)  target < 60 s: ${clusterMs < 60_000 ? 'PASS' : 'FAIL'}`);
console.log(`  candidate pairs from LSH: ${nd.candidatePairs}, verified pairs: ${nd.pairs.length}, clusters (size>1): ${multi.length}, largest: ${Math.max(0, ...multi)}`);
console.log(`  heap growth: ${Math.round((process.memoryUsage().heapUsed - heapBefore) / 1048576)} MiB`);
console.log(`recall vs exact Jaccard ≥ ${params.threshold} on a ${SAMPLE}-doc sample: ${found}/${truth.length} = ${recall.toFixed(4)}  target ≥ 0.95: ${recall >= 0.95 ? 'PASS' : 'FAIL'} (exact join ${(truthMs / 1000).toFixed(2)} s)`);

// Parse throughput on real files built with pdf-lib and OOXML parts.
const lines = texts.slice(0, DOCS).map((t) => t.split(' ').reduce<string[]>((acc, w, i) => { if (i % 12 === 0) acc.push(w); else acc[acc.length - 1] += ` ${w}`; return acc; }, []));
const pdfs = await Promise.all(lines.map((l) => buildPdf(l, { author: 'Bench', created: new Date('2024-01-01T00:00:00Z') })));
const docxs = await Promise.all(lines.map((l) => buildDocx(l, { author: 'Bench', created: new Date('2024-01-01T00:00:00Z') })));
for (const [label, files] of [['PDF', pdfs], ['DOCX', docxs]] as const) {
  const bytes = files.reduce((n, f) => n + f.byteLength, 0);
  const s = performance.now();
  for (let i = 0; i < files.length; i++) await parseDocument(files[i] as Uint8Array, `f${i}.${label.toLowerCase()}`);
  const ms = performance.now() - s;
  console.log(`${label} parse: ${files.length} files, ${(bytes / 1048576).toFixed(1)} MiB, ${(files.length / (ms / 1000)).toFixed(1)} docs/s, ${(bytes / 1048576 / (ms / 1000)).toFixed(2)} MiB/s`);
}

// Full screening clustering (text + layout + metadata edges, shared passages) on a smaller resume set with line structure.
{
  const docs = texts.slice(0, FULL).map((t, i) => ({ docId: `d${i}`, subjectId: `c${i}`, text: t.replace(/ (summary|experience|education|skills) /g, '\n$1\n').replace(/((?:\S+ ){12})/g, '$1\n') }));
  const s = performance.now();
  const clusters = clusterResumes(docs);
  const ms = performance.now() - s;
  console.log(`clusterResumes (text+layout+metadata, passages): ${FULL} docs in ${(ms / 1000).toFixed(2)} s, ${clusters.length} clusters`);
}

// Watch-list: transliteration-aware name matching against a list the size of the OFAC SDN list.
{
  const fam = ['Kim', 'Pak', 'Ri', 'Choe', 'Jong', 'Kang', 'Han', 'Yun', 'O', 'Sin', 'Jang', 'Ryu', 'Hwang', 'Song', 'Jo'];
  const syl = ['Chol', 'Song', 'Il', 'Yong', 'Hyok', 'Jin', 'Nam', 'Su', 'Myong', 'Hak', 'Un', 'Ho', 'Gwang', 'Hui', 'Ok', 'Sok', 'Min', 'Jun'];
  const entries = Array.from({ length: WL }, (_, i) => {
    const e = emptyEntry(`ofac-sdn:${i}`, 'ofac-sdn', 'individual');
    e.names.push({ name: `${pick(fam).toUpperCase()}, ${pick(syl)} ${pick(syl)}`, kind: 'primary' });
    if (rnd() < 0.3) e.names.push({ name: `${pick(fam)} ${pick(syl)}-${pick(syl).toLowerCase()}`, kind: 'aka' });
    return e;
  });
  const s0 = performance.now();
  const idx = createWatchlistIndex(entries);
  const buildMs = performance.now() - s0;
  const queries = Array.from({ length: 10_000 }, () => `${pick(['Gim', 'Park', 'Lee', 'Choi', 'Jeong', 'Smith', 'Garcia'])} ${pick(syl)}-${pick(syl).toLowerCase()}`);
  const s1 = performance.now();
  let hits = 0;
  for (const q of queries) hits += idx.screen({ names: [q], emails: [`${q.replace(/\W/g, '').toLowerCase()}@example.com`] }).length;
  const ms = performance.now() - s1;
  console.log(`watch-list: ${WL} entries indexed in ${buildMs.toFixed(0)} ms; ${queries.length} candidates screened in ${(ms / 1000).toFixed(2)} s (${((ms * 1000) / queries.length).toFixed(0)} µs each), ${hits} explained hits`);
}
