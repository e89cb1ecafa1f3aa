// Load test: the real server (`trustline serve`, its own process) on loopback with a temporary PGlite directory and
// the small first-start organisation; an API token; then, for a bounded time, the people list and person dossiers
// are read by concurrent connections (autocannon) while a generated Okta log is imported through the API.
// Prints req/s, latency p50/p97.5/p99, errors and non-2xx answers, and the server's peak RSS; exits 1 on any error
// or non-2xx answer, a failed import, or an RSS above the bound.
//
//   npm run load                               (20 s, 10 connections)
//   LOAD_SECONDS=10 LOAD_CONNECTIONS=10 LOAD_IMPORT_DAYS=7 LOAD_MAX_RSS_MB=1536 npm run load
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const num = (name, dflt) => {
  const v = process.env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}=${v}: expected a positive number`);
  return n;
};
const SECONDS = num('LOAD_SECONDS', 20);
const CONNECTIONS = Math.max(2, Math.round(num('LOAD_CONNECTIONS', 10)));
const IMPORT_DAYS = Math.round(num('LOAD_IMPORT_DAYS', 7));
const MAX_RSS_MB = num('LOAD_MAX_RSS_MB', 1536);
const STARTUP_MS = num('LOAD_STARTUP_SECONDS', 300) * 1000;

const root = fileURLToPath(new URL('..', import.meta.url));
const log = (s) => process.stderr.write(`${s}\n`);

async function freePort() {
  const srv = createServer();
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

/** Resident set size of a process in MB (Linux /proc; elsewhere `ps`). */
function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch { /* not Linux, or the process is gone */ }
  return null;
}

/** An Okta System Log for the same simulated organisation, on the days after the demo's window: new events to import. */
async function generatedOktaLog() {
  const { simulate, FIRST_START_PRESET } = await import('../src/simulate/index.ts');
  const start = new Date(Date.parse(`${FIRST_START_PRESET.start}T00:00:00Z`) + FIRST_START_PRESET.days * 86_400_000).toISOString().slice(0, 10);
  const { files } = await simulate({ ...FIRST_START_PRESET, start, days: IMPORT_DAYS });
  const okta = files.find((f) => f.path === 'okta/system-log.jsonl');
  if (!okta?.data) throw new Error('the simulator wrote no okta/system-log.jsonl');
  return Buffer.from(okta.data);
}

function startServer(dataDir, port) {
  const child = spawn(process.execPath, [join(root, 'bin/trustline.mjs'), 'serve', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root, env: { ...process.env, TRUSTLINE_DB: dataDir, TRUSTLINE_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not listening after ${STARTUP_MS / 1000} s`)), STARTUP_MS);
    let err = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      err += chunk;
      // Only our own progress lines are echoed: the first start prints a one-time admin password, never shown here.
      for (const line of chunk.split('\n')) if (/^(Demo loaded|Trustline )/.test(line)) log(`server: ${line}`);
      if (/^Trustline .* on http/m.test(err)) { clearTimeout(timer); resolve(); }
    });
    child.stdout.resume();
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited (code ${code}) before listening`)); });
  });
  return { child, ready };
}

function stopServer(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => { clearTimeout(kill); resolve(); });
    child.kill('SIGTERM');
  });
}

async function api(base, path, token, init = {}) {
  const res = await fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
  const body = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: HTTP ${res.status} ${body.slice(0, 300)}`);
  return body ? JSON.parse(body) : null;
}

function hammer(title, base, token, connections, requests) {
  return autocannon({
    title, url: base, connections, duration: SECONDS, requests,
    headers: { authorization: `Bearer ${token}` },
  });
}

const fmt = (n, d = 0) => (n === null || n === undefined ? '—' : Number(n).toFixed(d));

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'trustline-load-'));
  const dataDir = join(tmp, 'data');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  log(`load: ${SECONDS} s, ${CONNECTIONS} connections, import of ${IMPORT_DAYS} days of Okta log; data in ${tmp}`);
  const t0 = Date.now();
  const okta = await generatedOktaLog();
  log(`load: generated Okta log ${(okta.length / 1e6).toFixed(1)} MB (${okta.toString('utf8').split('\n').filter(Boolean).length} events) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const { child, ready } = startServer(dataDir, port);
  let failed = [];
  try {
    const t1 = Date.now();
    await ready;
    log(`load: server up with the demo organisation in ${((Date.now() - t1) / 1000).toFixed(1)} s`);

    // Sign in with an API token (an analyst's), made with the local admin token the server wrote for the CLI.
    const local = readFileSync(join(dataDir, 'trustline.local-token'), 'utf8').trim();
    const { token } = await api(base, '/api/tokens', local, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'load test', role: 'analyst' }) });
    const risk = await api(base, '/api/risk?limit=500', token);
    const ids = risk.items.map((p) => p.personId).slice(0, 60);
    if (ids.length === 0) throw new Error('no people scored: the demo organisation did not load');
    const people = await api(base, '/api/people?limit=1', token);
    log(`load: ${people.total} people, ${risk.total} scored; dossiers of ${ids.length} read in turn`);

    // Unloaded reference: the same requests one at a time, before any concurrency or import.
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const timed = async (path) => { const t = performance.now(); await api(base, path, token); return performance.now() - t; };
    const single = { list: [], dossier: [] };
    for (let i = 0; i < 10; i++) {
      single.list.push(await timed('/api/people?limit=100'));
      single.dossier.push(await timed(`/api/risk/${encodeURIComponent(ids[i % ids.length])}`));
    }
    log(`load: one request at a time (median of 10): people list ${fmt(median(single.list))} ms, dossier ${fmt(median(single.dossier))} ms`);

    let maxRss = rssMb(child.pid) ?? 0;
    const rssAtStart = maxRss;
    const sampler = setInterval(() => { const r = rssMb(child.pid); if (r !== null) maxRss = Math.max(maxRss, r); }, 200);

    const listConns = Math.floor(CONNECTIONS / 2);
    const lists = hammer('people list', base, token, listConns, [
      { method: 'GET', path: '/api/people?limit=100' },
      { method: 'GET', path: '/api/risk?limit=50' },
      { method: 'GET', path: '/api/people?limit=100&offset=50&search=a' },
    ]);
    const dossiers = hammer('dossier', base, token, CONNECTIONS - listConns, ids.map((id) => ({ method: 'GET', path: `/api/risk/${encodeURIComponent(id)}` })));
    const importStarted = Date.now();
    const form = new FormData();
    form.append('file', new Blob([okta]), 'system-log.jsonl');
    const imported = fetch(`${base}/api/import`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form })
      .then(async (r) => ({ status: r.status, body: await r.json(), ms: Date.now() - importStarted }))
      .catch((e) => ({ status: 0, body: { error: { message: e.message } }, ms: Date.now() - importStarted }));
    const [l, d, imp] = await Promise.all([lists, dossiers, imported]);
    const health = await fetch(`${base}/api/health`).then((r) => r.status, () => 0);
    clearInterval(sampler);
    const rssAtEnd = rssMb(child.pid);

    log('');
    log('endpoint       conns  requests   req/s   p50 ms  p97.5 ms  p99 ms  max ms  errors  timeouts  non-2xx');
    for (const [name, r, c] of [['people list', l, listConns], ['dossier', d, CONNECTIONS - listConns]]) {
      log(`${name.padEnd(14)} ${String(c).padStart(5)}  ${String(r.requests.total).padStart(8)}  ${fmt(r.requests.average, 1).padStart(6)}  ${fmt(r.latency.p50).padStart(7)}  ${fmt(r.latency.p97_5).padStart(8)}  ${fmt(r.latency.p99).padStart(6)}  ${fmt(r.latency.max).padStart(6)}  ${String(r.errors).padStart(6)}  ${String(r.timeouts).padStart(8)}  ${String(r.non2xx).padStart(7)}`);
      if (r.errors || r.timeouts || r.non2xx) failed.push(`${name}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`);
      if (r.requests.total === 0) failed.push(`${name}: no request completed`);
    }
    const s = imp.body?.summary;
    log(`import         HTTP ${imp.status} in ${(imp.ms / 1000).toFixed(1)} s${s ? `: ${s.accepted} accepted, ${s.duplicate} duplicate, ${s.rejected} rejected (${s.source}, ${(s.accepted + s.duplicate) / (imp.ms / 1000) | 0} events/s)${s.fatal ? `; fatal: ${s.fatal}` : ''}` : ` ${JSON.stringify(imp.body).slice(0, 200)}`}`);
    log(`server RSS     ${fmt(rssAtStart)} MB before, ${fmt(maxRss)} MB peak, ${fmt(rssAtEnd)} MB after (bound ${MAX_RSS_MB} MB); /api/health after: ${health}`);
    if (imp.status < 200 || imp.status >= 300) failed.push(`import: HTTP ${imp.status}`);
    if (imp.ms > SECONDS * 1000) log(`load: note: the import outlasted the load window (${(imp.ms / 1000).toFixed(1)} s > ${SECONDS} s)`);
    if (maxRss > MAX_RSS_MB) failed.push(`server RSS peaked at ${fmt(maxRss)} MB, above ${MAX_RSS_MB} MB`);
    if (health !== 200) failed.push(`/api/health answered ${health} after the load`);
  } catch (e) {
    failed = [...failed, e.message];
  } finally {
    await stopServer(child);
    rmSync(tmp, { recursive: true, force: true });
  }
  if (failed.length) {
    log(`\nload: FAILED\n  ${failed.join('\n  ')}`);
    process.exit(1);
  }
  log('\nload: ok');
}

await main();
