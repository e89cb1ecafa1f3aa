// GitHub audit-log live pull against a local server answering as GitHub does: Link rel="next" with an `after` cursor,
// newest first, `phrase=created:>=…`, 429 Retry-After, rate-limit 403s, a cut page, crash + resume, permission errors.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import type { NormalizedEvent } from '../../model/event.js';
import { collect } from '../conformance.js';
import { connectorConfig, connectors } from '../pull/connectors.js';
import { recordingDeps as deps, startServer, type FakeServer } from '../pull/test-servers.js';
import { githubSource } from './github-source.js';
import { createdPhrase, pullGitHub } from './pull.js';

const servers: FakeServer[] = [];
const dirs: string[] = [];
after(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const TOKEN = 'ghp_TESTTOKEN0000000000000000000000000000';
const retry = { maxRetries: 4, baseDelayMs: 100, maxDelayMs: 1000 };
const t0 = Date.parse('2024-05-22T09:00:00Z');

interface AuditEvent { '@timestamp': number; created_at: number; _document_id: string; action: string; [k: string]: unknown }

/** An audit event as GET /orgs/{org}/audit-log returns it (epoch ms times, `_document_id`). */
function auditEvent(i: number, at: number, action = 'git.clone'): AuditEvent {
  return {
    '@timestamp': at, created_at: at, _document_id: `doc-${String(i).padStart(3, '0')}-Xq9vTn`, action,
    actor: `dev${i % 3}`, actor_id: 5000 + (i % 3), actor_ip: '203.0.113.24', actor_location: { country_code: 'SG' },
    org: 'example-corp', org_id: 4242, business: 'example-holdings', repo: 'example-corp/payments-api',
    repository: 'example-corp/payments-api', repository_public: false, transport_protocol_name: 'http',
    programmatic_access_type: 'OAuth access token', token_scopes: 'repo,workflow', hashed_token: 'k3Yq0d7Nn2Vb8s3lS0H1pQ==',
    user_agent: 'git/2.45.1', operation_type: 'access',
  };
}

/** GitHub's order: newest first; ties by document id, also descending. */
const newestFirst = (a: AuditEvent, b: AuditEvent) => b['@timestamp'] - a['@timestamp'] || b._document_id.localeCompare(a._document_id);

/**
 * The audit-log endpoint: `phrase=created:>=…` filter, `per_page`, an opaque `after` cursor naming the last event
 * served (so events filed meanwhile do not shift pages), and next links on GitHub's /organizations/{id} path.
 */
async function githubServer(events: () => AuditEvent[], path: string) {
  const seen: { accept: string; version: string; ua: string; phrase: string | null }[] = [];
  const s = await startServer((req, url, base) => {
    seen.push({ accept: String(req.headers.accept), version: String(req.headers['x-github-api-version']), ua: String(req.headers['user-agent']), phrase: url.searchParams.get('phrase') });
    if (!['/orgs/example-corp/audit-log', '/organizations/4242/audit-log', '/enterprises/acme/audit-log', '/api/v3/enterprises/acme/audit-log'].includes(url.pathname)
      || url.searchParams.get('include') !== 'all') return { status: 404, body: { message: 'Not Found' } };
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const phrase = url.searchParams.get('phrase');
    const since = phrase ? Date.parse(/^created:>=(\S+)$/.exec(phrase)![1]!) : -Infinity;
    const sorted = events().filter((e) => e['@timestamp'] >= since).sort(newestFirst);
    const cursor = url.searchParams.get('after');
    const last = cursor ? Buffer.from(cursor, 'base64url').toString().split('|') : null;
    const start = last ? sorted.findIndex((e) => newestFirst(e, { '@timestamp': Number(last[0]), _document_id: last[1]! } as AuditEvent) > 0) : 0;
    const page = start < 0 ? [] : sorted.slice(start, start + perPage);
    const more = start >= 0 && start + perPage < sorted.length;
    const tail = page.at(-1);
    const q = `include=all&per_page=${perPage}&order=desc${phrase ? `&phrase=${encodeURIComponent(phrase)}` : ''}`;
    const next = more && tail ? `<${base}${path}?${q}&after=${Buffer.from(`${tail['@timestamp']}|${tail._document_id}`).toString('base64url')}&before=>; rel="next", ` : '';
    return {
      headers: {
        Link: `${next}<${base}${path}?${q}>; rel="first"`,
        'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4321', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1800),
      },
      body: page,
    };
  });
  servers.push(s);
  return { s, seen };
}


it('GitHub org: Link paging newest first, 429 Retry-After, a rate-limit 403 waits for the reset, a cut page, crash + resume exactly once', async () => {
  let events = Array.from({ length: 23 }, (_, i) => auditEvent(i, t0 + i * 45_000 + 117));
  const { s, seen } = await githubServer(() => events, '/organizations/4242/audit-log');
  const cfg = { org: 'example-corp', token: TOKEN, apiUrl: s.url, perPage: 5, since: new Date(t0).toISOString() };

  // Run 1: a 429, then the sink fails on the second page (crash after page 1 stored).
  const r1 = deps(undefined, 2);
  s.faults.push('429');
  await assert.rejects(pullGitHub(cfg, r1.d, retry), /disk full/);
  assert.equal(r1.stored.length, 5);
  assert.ok(r1.sleeps.includes(2000), 'Retry-After: 2 honoured');
  const cp = JSON.parse(r1.store.get('github:orgs/example-corp')!) as { next: string };
  assert.match(cp.next, /\/organizations\/4242\/audit-log\?.*after=/, 'checkpoint is the next link of the stored page');

  // Run 2: resumes at page 2; a primary-limit 403 is waited out until x-ratelimit-reset; a cut page is retried.
  const r2 = deps(r1.store);
  s.faults.push('403-limit', 'cut');
  const res = await pullGitHub(cfg, r2.d, retry);
  const ids = [...r1.stored, ...r2.stored].map((e) => e.sourceEventId);
  assert.deepEqual(ids, [...events].sort(newestFirst).map((e) => e._document_id), 'every event once, newest first');
  assert.equal(res.retries, 2);
  const resetWaits = r2.sleeps.filter((ms) => ms > 20_000 && ms <= 30_000);
  assert.equal(resetWaits.length, 1, 'waited for the reset, once');
  assert.ok(!r2.sleeps.some((ms) => ms >= 60_000), 'no secondary-limit wait for a primary limit');
  assert.ok(s.authHeaders.every((h) => h === `Bearer ${TOKEN}`));
  assert.ok(seen.every((h) => h.accept === 'application/vnd.github+json' && h.version === '2022-11-28' && h.ua === 'trustline-pull'));
  assert.ok(seen.every((h) => h.phrase === createdPhrase(cfg.since)), 'every page of the run keeps the first query');
  assert.ok(s.requests.every((r) => r.includes('include=all') && r.includes('per_page=5')));
  assert.ok([...r1.logs, ...r2.logs].every((l) => !l.includes(TOKEN)), 'token never logged');

  // Run 3: nothing new. Run 4: two new events; only they are stored (the boundary event is not re-sent).
  const r3 = deps(r1.store);
  assert.equal((await pullGitHub(cfg, r3.d, retry)).events, 0);
  assert.equal(seen.at(-1)!.phrase, createdPhrase(new Date(events[22]!['@timestamp']).toISOString()), 'the query starts at the mark');
  events = [...events, auditEvent(30, t0 + 40 * 60_000 + 5), auditEvent(31, t0 + 41 * 60_000 + 999, 'org.add_member')];
  const r4 = deps(r1.store);
  await pullGitHub(cfg, r4.d, retry);
  assert.deepEqual(r4.stored.map((e) => e.sourceEventId), ['doc-031-Xq9vTn', 'doc-030-Xq9vTn']);
});

it('GitHub maps pulled records exactly as a file import of the same records', async () => {
  const events = [auditEvent(1, t0 + 1000), auditEvent(2, t0 + 2000, 'org.add_member'), auditEvent(3, t0 + 3000, 'personal_access_token.access_granted')];
  const { s } = await githubServer(() => events, '/orgs/example-corp/audit-log');
  const r = deps();
  await pullGitHub({ org: 'example-corp', token: TOKEN, apiUrl: s.url }, r.d, retry);
  const dir = await mkdtemp(join(tmpdir(), 'trustline-gh-pull-')); dirs.push(dir);
  const file = join(dir, 'audit.json');
  await writeFile(file, JSON.stringify(events));
  const imported = (await collect(githubSource, file)).flatMap((i) => (i.ok ? [i.record as NormalizedEvent] : []));
  const byId = (evs: NormalizedEvent[]) => [...evs].sort((a, b) => a.id.localeCompare(b.id));
  assert.equal(r.stored.length, 3);
  assert.deepEqual(byId(r.stored), byId(imported));
  assert.equal(r.stored.find((e) => e.type === 'personal_access_token.access_granted')!.category, 'code.token_create');
});

it('GitHub enterprise through connectorConfig: env config, 30-minute look-back re-reads late events once, GHES api/v3 path', async () => {
  const at = (min: number, ms = 0) => t0 + min * 60_000 + ms;
  let events = [auditEvent(1, at(0)), auditEvent(2, at(30)), auditEvent(3, at(60, 250))];
  const { s, seen } = await githubServer(() => events, '/api/v3/enterprises/acme/audit-log');
  const env = { TRUSTLINE_GITHUB_ENTERPRISE: 'acme', TRUSTLINE_GITHUB_TOKEN: TOKEN, TRUSTLINE_GITHUB_API_URL: `${s.url}/api/v3` };
  const config = connectorConfig('github', {}, env);
  assert.equal(config.lookbackMinutes, 30);
  assert.equal(connectorConfig('github', {}, { ...env, TRUSTLINE_PULL_LOOKBACK_MINUTES: '90' }).lookbackMinutes, 90);

  const store = new Map<string, string>();
  const kept = new Map<string, NormalizedEvent>();
  const run = async () => {
    const r = deps(store);
    // An idempotent store, as the real one: returns how many were new.
    r.d.sink = async (evs) => { let n = 0; for (const e of evs) if (!kept.has(e.id)) { kept.set(e.id, e); n++; } return n; };
    return connectors.github(config, r.d);
  };
  assert.equal((await run()).events, 3);
  assert.ok(store.has('github:enterprises/acme'));
  assert.ok(s.requests.every((r) => r.startsWith('GET /api/v3/enterprises/acme/audit-log?')));
  // Filed late: 'late' happened 20 minutes before the newest event already pulled; 'old' 90 minutes before.
  events = [...events, auditEvent(4, at(40)), auditEvent(5, at(-30)), auditEvent(6, at(70))];
  const second = await run();
  assert.equal(second.events, 2, 'the late and the new event; re-read ones were duplicates');
  assert.deepEqual([...kept.values()].map((e) => e.sourceEventId).sort(), ['doc-001-Xq9vTn', 'doc-002-Xq9vTn', 'doc-003-Xq9vTn', 'doc-004-Xq9vTn', 'doc-006-Xq9vTn']);
  assert.equal(seen.at(-1)!.phrase, 'created:>=2024-05-22T09:30:00+00:00', 'query starts 30 minutes before the mark, in whole seconds');
});

it('GitHub: a plain 403 is a clear permission error naming read:audit_log, not retried; a secondary limit waits a minute', async () => {
  let mode: 'denied' | 'ok' = 'denied';
  const s = await startServer(() => (mode === 'denied'
    ? { status: 403, headers: { 'X-Accepted-OAuth-Scopes': 'admin:org, read:audit_log', 'X-OAuth-Scopes': 'repo', 'x-ratelimit-remaining': '4998' }, body: { message: 'Must have admin rights to Repository.', documentation_url: 'https://docs.github.com/rest' } }
    : { body: [auditEvent(1, t0)] }));
  servers.push(s);
  const r = deps();
  const err = await pullGitHub({ org: 'example-corp', token: TOKEN, apiUrl: s.url }, r.d, retry).then(() => null, (e: unknown) => e as Error);
  assert.ok(err, 'rejected');
  assert.match(err.message, /HTTP 403/);
  assert.match(err.message, /read:audit_log/);
  assert.match(err.message, /the endpoint accepts: admin:org, read:audit_log; the token has: repo/);
  assert.match(err.message, /Must have admin rights/);
  assert.ok(!err.message.includes(TOKEN));
  assert.equal(s.requests.length, 1, 'not retried');
  assert.deepEqual(r.sleeps, []);
  assert.equal(r.store.size, 0, 'no checkpoint written');

  mode = 'ok';
  s.faults.push('403-secondary');
  const r2 = deps();
  assert.equal((await pullGitHub({ org: 'example-corp', token: TOKEN, apiUrl: s.url }, r2.d, retry)).events, 1);
  assert.ok(r2.sleeps.some((ms) => ms >= 60_000), 'secondary limit: at least a minute');
});

it('GitHub: config needs exactly one of org/enterprise, and the token never follows a next link to another host', async () => {
  await assert.rejects(connectors.github({ token: TOKEN }, deps().d), /exactly one of org or enterprise/);
  await assert.rejects(connectors.github({ token: TOKEN, org: 'a', enterprise: 'b' }, deps().d), /exactly one of org or enterprise/);
  await assert.rejects(connectors.github({ token: TOKEN, org: '../admin' }, deps().d), /not a GitHub organization/);
  const s = await startServer(() => ({ headers: { Link: '<https://evil.example/orgs/example-corp/audit-log?after=x>; rel="next"' }, body: [auditEvent(1, t0)] }));
  servers.push(s);
  const r = deps();
  await assert.rejects(pullGitHub({ org: 'example-corp', token: TOKEN, apiUrl: s.url }, r.d, retry), /not sending the token there/);
  assert.equal(s.requests.length, 1);
});
