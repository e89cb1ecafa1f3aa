// Live pull connectors against local vendor-shaped servers: paging, 429, 5xx, cut pages, crash + resume.
import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import type { NormalizedEvent } from '../../model/event.js';
import { pullGraph } from '../entra-signin/pull.js';
import { pullGoogle } from '../google/pull.js';
import { pullOkta } from '../okta/pull.js';
import { recordingDeps as deps, startServer, type FakeServer } from './test-servers.js';

const servers: FakeServer[] = [];
after(async () => { await Promise.all(servers.map((s) => s.close())); });

const retry = { maxRetries: 4, baseDelayMs: 100, maxDelayMs: 1000 };
const t0 = Date.parse('2024-05-14T00:00:00Z');

it('Okta: follows Link rel=next, honours 429 Retry-After and X-Rate-Limit-Reset, survives a cut page, resumes exactly', async () => {
  const events = Array.from({ length: 25 }, (_, i) => ({
    uuid: `evt-${String(i).padStart(3, '0')}`, published: new Date(t0 + i * 60_000).toISOString(), eventType: 'user.session.start',
    actor: { alternateId: `user${i % 3}@example.com` }, outcome: { result: 'SUCCESS' }, client: { ipAddress: '203.0.113.24' },
  }));
  const s = await startServer((_req, url, base) => {
    const limit = Number(url.searchParams.get('limit'));
    const after = url.searchParams.get('after');
    const since = url.searchParams.get('since');
    const start = after !== null ? Number(after) + 1 : events.findIndex((e) => e.published >= since!);
    const page = events.slice(start, start + limit);
    const cursor = page.length ? start + page.length - 1 : start - 1;
    return {
      headers: {
        Link: `<${base}/api/v1/logs?since=x>; rel="self", <${base}/api/v1/logs?after=${cursor}&limit=${limit}>; rel="next"`,
        'X-Rate-Limit-Limit': '600', 'X-Rate-Limit-Remaining': start === 10 ? '0' : '599',
        'X-Rate-Limit-Reset': String(Math.floor((Date.now() + 30_000) / 1000)),
      },
      body: page,
    };
  });
  servers.push(s);
  const cfg = { baseUrl: s.url, apiToken: '00-secret-token', since: new Date(t0).toISOString(), limit: 10 };

  // Run 1: a 429, then the sink fails on the second page (crash after page 1 stored).
  const r1 = deps(undefined, 2);
  s.faults.push('ok', '429');
  await assert.rejects(pullOkta(cfg, r1.d, retry), /disk full/);
  assert.equal(r1.stored.length, 10);
  assert.ok(r1.sleeps.includes(2000), 'Retry-After: 2 honoured');

  // Run 2: same checkpoint store; a cut page is retried; the rate-limit reset is waited for.
  const r2 = deps(r1.store);
  s.faults.push('cut');
  const res = await pullOkta(cfg, r2.d, retry);
  const all = [...r1.stored, ...r2.stored].map((e) => e.sourceEventId);
  assert.deepEqual(all, events.map((e) => e.uuid), 'every event once, in order');
  assert.ok(res.retries >= 1);
  assert.ok(r2.sleeps.some((ms) => ms > 20_000 && ms <= 30_000), 'waited for X-Rate-Limit-Reset');
  assert.ok(s.authHeaders.every((h) => h === 'SSWS 00-secret-token'));
  assert.ok([...r1.logs, ...r2.logs].every((l) => !l.includes('00-secret-token')), 'token never logged');

  // Run 3: nothing new → no events; then new events appear and only they are pulled.
  const r3 = deps(r1.store);
  assert.equal((await pullOkta(cfg, r3.d, retry)).events, 0);
  events.push({ ...events[0]!, uuid: 'evt-new', published: new Date(t0 + 99 * 60_000).toISOString() });
  const r4 = deps(r1.store);
  await pullOkta(cfg, r4.d, retry);
  assert.deepEqual(r4.stored.map((e) => e.sourceEventId), ['evt-new']);
});

it('Graph signIns: client-credentials token, @odata.nextLink paging newest-first, 5xx back-off, resume and high-water mark', async () => {
  const mk = (i: number) => ({
    id: `si-${i}`, createdDateTime: new Date(t0 + Math.floor(i / 2) * 60_000).toISOString().replace('.000', ''),
    userPrincipalName: 'mika@contoso.com', ipAddress: '203.0.113.24', status: { errorCode: 0 }, appDisplayName: 'Teams',
  });
  let rows = Array.from({ length: 12 }, (_, i) => mk(i));
  let tokens = 0;
  const s = await startServer((_req, url, base) => {
    if (url.pathname.endsWith('/oauth2/v2.0/token')) { tokens++; return { body: { token_type: 'Bearer', expires_in: 3599, access_token: 'graph-access' } }; }
    const top = Number(url.searchParams.get('$top'));
    const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
    const filter = url.searchParams.get('$filter');
    const since = filter ? /ge (\S+)/.exec(filter)![1]! : null;
    const sorted = rows.filter((r) => !since || Date.parse(r.createdDateTime) >= Date.parse(since))
      .sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime) || b.id.localeCompare(a.id));
    const page = sorted.slice(skip, skip + top);
    const next = skip + top < sorted.length
      ? `${base}/v1.0/auditLogs/signIns?$top=${top}&$skiptoken=${skip + top}${filter ? `&$filter=${encodeURIComponent(filter)}` : ''}` : undefined;
    return { body: { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns', value: page, ...(next ? { '@odata.nextLink': next } : {}) } };
  });
  servers.push(s);
  const cfg = { tenantId: 'contoso', clientId: 'app', clientSecret: 's3cr3t', endpoint: 'signIns' as const, graphUrl: `${s.url}/v1.0`, loginUrl: s.url, top: 5 };

  const r1 = deps(undefined, 2);
  s.faults.push('500');
  await assert.rejects(pullGraph(cfg, r1.d, retry), /disk full/);
  assert.equal(r1.stored.length, 5);
  const r2 = deps(r1.store);
  await pullGraph(cfg, r2.d, retry);
  const ids = [...r1.stored, ...r2.stored].map((e) => e.sourceEventId);
  assert.equal(ids.length, 12);
  assert.equal(new Set(ids).size, 12);
  assert.ok(r1.sleeps.includes(100), '5xx backed off');
  assert.equal(tokens, 2, 'one token per run');
  assert.ok(s.authHeaders.filter((h) => h.startsWith('Bearer')).every((h) => h === 'Bearer graph-access'));

  // Later run: the filter includes the boundary instant; already-stored boundary events are not re-sent.
  rows = [...rows, mk(12), mk(13), { ...mk(14), createdDateTime: rows[11]!.createdDateTime, id: 'si-late-same-second' }];
  const r3 = deps(r1.store);
  await pullGraph(cfg, r3.d, retry);
  assert.deepEqual(r3.stored.map((e) => e.sourceEventId).sort(), ['si-12', 'si-13', 'si-late-same-second']);
  assert.match(s.requests.at(-1)!, /createdDateTime%20ge%20/);
});

it('Google Reports: pageToken paging with the same startTime, 429 and cut page, resume without loss', async () => {
  const acts = Array.from({ length: 9 }, (_, i) => ({
    kind: 'admin#reports#activity',
    id: { time: new Date(t0 + i * 1000).toISOString(), uniqueQualifier: String(1000 + i), applicationName: 'login', customerId: 'C0' },
    actor: { email: 'mika@example.com', profileId: '1' }, ipAddress: '203.0.113.24',
    events: [{ type: 'login', name: 'login_success', parameters: [{ name: 'login_type', value: 'google_password' }] }],
  })).reverse();
  const s = await startServer((_req, url) => {
    const max = Number(url.searchParams.get('maxResults'));
    const start = Number(url.searchParams.get('pageToken') ?? 0);
    const page = acts.slice(start, start + max);
    return { body: { kind: 'admin#reports#activities', items: page, ...(start + max < acts.length ? { nextPageToken: String(start + max) } : {}) } };
  });
  servers.push(s);
  const cfg = { application: 'login' as const, accessToken: 'ya29.token', baseUrl: s.url, maxResults: 4, since: new Date(t0).toISOString() };
  const r1 = deps(undefined, 2);
  s.faults.push('429', 'ok', 'cut');
  await assert.rejects(pullGoogle(cfg, r1.d, retry), /disk full/);
  const r2 = deps(r1.store);
  await pullGoogle(cfg, r2.d, retry);
  const ids = [...r1.stored, ...r2.stored].map((e) => e.sourceEventId);
  assert.deepEqual(ids, acts.map((a) => `login:${a.id.time}:${a.id.uniqueQualifier}:0`));
  assert.ok(s.requests.filter((r) => r.includes('pageToken')).every((r) => r.includes('startTime=')), 'pageToken sent with its query');
  assert.ok(r1.sleeps.includes(2000));
});

it('Graph with a look-back: an event filed late, older than the high-water mark, is still pulled; re-read ones are duplicates', async () => {
  const at = (min: number) => new Date(t0 + min * 60_000).toISOString().replace('.000', '');
  const mk = (id: string, min: number) => ({ id, createdDateTime: at(min), userPrincipalName: 'mika@contoso.com', ipAddress: '203.0.113.24', status: { errorCode: 0 }, appDisplayName: 'Teams' });
  let rows = [mk('a', 0), mk('b', 30), mk('c', 60)];
  const s = await startServer((_req, url) => {
    if (url.pathname.endsWith('/oauth2/v2.0/token')) return { body: { token_type: 'Bearer', expires_in: 3599, access_token: 't' } };
    const since = /ge (\S+)/.exec(url.searchParams.get('$filter') ?? '')?.[1];
    const value = rows.filter((r) => !since || Date.parse(r.createdDateTime) >= Date.parse(since)).sort((x, y) => y.createdDateTime.localeCompare(x.createdDateTime));
    return { body: { value } };
  });
  servers.push(s);
  const store = new Map<string, string>();
  const kept = new Map<string, NormalizedEvent>();
  const run = async (lookbackMinutes: number) => {
    const r = deps(store);
    // An idempotent store, as the real one: returns how many were new.
    r.d.sink = async (evs) => { let n = 0; for (const e of evs) if (!kept.has(e.id)) { kept.set(e.id, e); n++; } return n; };
    const cfg = { tenantId: 'contoso', clientId: 'app', clientSecret: 'x', endpoint: 'signIns' as const, graphUrl: `${s.url}/v1.0`, loginUrl: s.url, lookbackMinutes };
    return pullGraph(cfg, r.d, retry);
  };
  assert.equal((await run(45)).events, 3);
  // Filed late: 'late' happened 40 minutes before the newest event already pulled; 'old' 90 minutes before.
  rows = [...rows, mk('late', 20), mk('old', -30), mk('d', 70)];
  const second = await run(45);
  assert.equal(second.events, 2, 'only the new ones count; re-read events were duplicates');
  assert.deepEqual([...kept.values()].map((e) => e.sourceEventId).sort(), ['a', 'b', 'c', 'd', 'late']);
  assert.match(decodeURIComponent(s.requests.at(-1)!), /ge 2024-05-14T00:15:00(\.000)?Z/, 'the query starts 45 minutes before the mark');
  // Without a look-back the late event would have been missed: the query starts at the mark.
  rows = [...rows, mk('late2', 65)];
  assert.equal((await run(0)).events, 0);
  assert.ok(![...kept.values()].some((e) => e.sourceEventId === 'late2'));
});
