// Renders a simulated world into the vendor files, canonical CSVs, resumes, truth.json and a manifest — and writes them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SimulatedWorld } from './generate.js';
import { accountsCsv, candidatesCsv, endpointMetricsCsv, idvCsv, interviewsCsv, payrollCsv, peopleCsv, referencesCsv, shipmentsCsv, travelCsv } from './hr-csv.js';
import { payrollRows, shipmentRows } from './onboarding.js';
import { createRng } from './prng.js';
import { resumeDocx } from './resume-docx.js';
import { resumePdf } from './resume-pdf.js';
import { signalRecorder } from './types.js';
import { defenderWriter } from './writers/defender.js';
import { entraWriter } from './writers/entra.js';
import { githubWriter } from './writers/github.js';
import { githubExport } from './github-profiles.js';
import { googleWriter } from './writers/google.js';
import { oktaWriter } from './writers/okta.js';
import { VPN_MAPPING, vpnWriter } from './writers/vpn.js';
import { TruthSchema } from './truth.js';

export interface GeneratedFile { path: string; data: string | Uint8Array }

/** Where rendered files go: kept in memory (tests, API) or written straight to disk (CLI) to keep memory flat. */
export type FileSink = (file: GeneratedFile) => void;

export function memorySink(into: GeneratedFile[]): FileSink {
  return (f) => { into.push(f); };
}

export function diskSink(dir: string): FileSink {
  const made = new Set<string>();
  return (f) => {
    const target = join(dir, f.path);
    const d = dirname(target);
    if (!made.has(d)) { mkdirSync(d, { recursive: true }); made.add(d); }
    writeFileSync(target, f.data);
  };
}

export async function renderWorld(sim: SimulatedWorld, progress: (phase: string, done: number, total: number) => void = () => {}, sink?: FileSink): Promise<GeneratedFile[]> {
  const { world, candidates, truth } = sim;
  const rng = createRng(`${truth.seed}/render`);
  const files: GeneratedFile[] = [];
  const paths: string[] = [];
  const emit = sink ?? memorySink(files);
  // Text goes to UTF-8 bytes at once: one non-Latin-1 name would make V8 hold a 180 MB log as a two-byte string.
  const add = (path: string, data: string | Uint8Array) => { paths.push(path); emit({ path, data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data }); };
  const people = new Map(world.people.map((p) => [p.id, p]));

  progress('onboarding', 0, 1);
  const record = signalRecorder(truth.signals);
  const pay = payrollRows(world.people, rng.fork('payroll'), truth.window.start, record);
  const ship = shipmentRows(world.people, rng.fork('shipments'), record);
  add('hr/people.csv', peopleCsv(world.people));
  add('hr/accounts.csv', accountsCsv(world.people));
  add('hr/payroll.csv', payrollCsv(pay));
  add('hr/shipments.csv', shipmentsCsv(ship));
  // GitHub profile exports sit beside the CSV; candidates.csv names each in its `github_export` column.
  const ghRng = rng.fork('github-profiles');
  const exports = new Map<string, string>();
  for (const c of candidates) {
    const ex = githubExport(c, ghRng.fork(c.candidate_id));
    if (ex) exports.set(c.candidate_id, `github-profiles/${c.candidate_id}.json`);
    if (ex) add(`hr/github-profiles/${c.candidate_id}.json`, JSON.stringify(ex, null, 2) + '\n');
  }
  add('hr/candidates.csv', candidatesCsv(candidates, exports));
  add('hr/references.csv', referencesCsv(candidates));
  add('hr/interviews.csv', interviewsCsv(candidates));
  add('hr/idv.csv', idvCsv(candidates));
  add('hr/endpoint_metrics.csv', endpointMetricsCsv(world.sessions, people));
  add('hr/travel.csv', travelCsv(world.declaredTravel));

  progress('okta', 0, 1);
  add('okta/system-log.jsonl', oktaWriter(world, rng.fork('okta')));
  progress('entra', 0, 1);
  const entra = entraWriter(world, rng.fork('entra'));
  add('entra/signins.jsonl', entra.signIns);
  add('entra/directory-audits.jsonl', entra.audits);
  progress('google', 0, 1);
  add('google/activities.jsonl', googleWriter(world, rng.fork('google')));
  progress('github', 0, 1);
  add('github/audit-log.jsonl', githubWriter(world, rng.fork('github')));
  progress('defender', 0, 1);
  // Registry and certificate tables sit apart: Trustline's Defender source reads the four event tables (FORMATS.md) today.
  for (const [table, body] of Object.entries(defenderWriter(world, rng.fork('defender')))) {
    add(`${['DeviceRegistryEvents', 'DeviceFileCertificateInfo'].includes(table) ? 'defender-extra' : 'defender'}/${table}.json`, body);
  }
  add('vpn/vpn.csv', vpnWriter(world, rng.fork('vpn')));
  add('vpn/mapping.json', JSON.stringify(VPN_MAPPING, null, 2) + '\n');

  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    add(`hr/${c.resume.file}`, c.resume.format === 'pdf' ? await resumePdf(c.resume) : await resumeDocx(c.resume));
    if (i % 20 === 0) progress('resumes', i, candidates.length);
  }
  truth.signals.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : a.signal < b.signal ? -1 : a.signal > b.signal ? 1 : a.tradecraft < b.tradecraft ? -1 : 1));
  add('truth.json', JSON.stringify(TruthSchema.parse(truth), null, 2) + '\n');
  add('manifest.json', JSON.stringify({
    generator: 'trustline simulate', options: { ...sim.options }, organisation: world.org,
    window: { start: new Date(world.start).toISOString(), end: new Date(world.end).toISOString() },
    corporateVpnEgress: world.corporateEgress.map((n) => ({ ip: n.ip, asn: n.asn, asOrg: n.asOrg })),
    files: paths.filter((p) => !p.startsWith('hr/resumes/') && !p.startsWith('hr/github-profiles/')).sort(),
    resumes: candidates.length,
    attribution: 'IP geolocation: DB-IP (CC BY 4.0) via @ip-location-db; ASN ranges: @ip-location-db/asn (CC BY 4.0).',
  }, null, 2) + '\n');
  return sink ? paths.map((path) => ({ path, data: new Uint8Array(0) })) : files;
}

export async function writeFiles(dir: string, files: GeneratedFile[]): Promise<void> {
  const dirs = new Set(files.map((f) => dirname(join(dir, f.path))));
  for (const d of [...dirs].sort()) await mkdir(d, { recursive: true });
  for (const f of files) await writeFile(join(dir, f.path), f.data);
}
