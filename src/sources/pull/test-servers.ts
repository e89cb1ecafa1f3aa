// Local vendor-shaped HTTP servers for the pull tests (Okta /api/v1/logs, Graph auditLogs, Google Reports, GitHub
// audit-log), with scripted faults: 429 with Retry-After, GitHub's rate-limit 403s, 5xx, and a connection cut mid-body.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NormalizedEvent } from '../../model/event.js';
import type { PullDeps } from './types.js';

/**
 * `403-limit`: GitHub's primary limit (x-ratelimit-remaining 0, reset 30 s ahead); `403-secondary`: its secondary limit
 * (message only, no Retry-After).
 */
export type Fault = 'ok' | '429' | '500' | 'cut' | '403-limit' | '403-secondary';

export interface FakeServer {
  url: string;
  requests: string[];
  authHeaders: string[];
  /** Faults to apply to the next data requests, in order. */
  faults: Fault[];
  close(): Promise<void>;
}

export async function startServer(handle: (req: IncomingMessage, url: URL, base: string) => { status?: number; headers?: Record<string, string>; body: unknown }): Promise<FakeServer> {
  const state: FakeServer = { url: '', requests: [], authHeaders: [], faults: [], close: async () => {} };
  const server: Server = createServer((req, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', state.url);
    state.requests.push(`${req.method} ${url.pathname}${url.search}`);
    state.authHeaders.push(String(req.headers.authorization ?? ''));
    const isToken = url.pathname.endsWith('/token');
    const fault = isToken ? 'ok' : state.faults.shift() ?? 'ok';
    if (fault === '429') { res.writeHead(429, { 'Retry-After': '2', 'Content-Type': 'application/json' }); res.end('{"errorCode":"E0000047"}'); return; }
    if (fault === '403-limit') {
      res.writeHead(403, {
        'Content-Type': 'application/json', 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 30), 'x-ratelimit-resource': 'core',
      });
      res.end('{"message":"API rate limit exceeded for user ID 1.","documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"}');
      return;
    }
    if (fault === '403-secondary') {
      res.writeHead(403, { 'Content-Type': 'application/json', 'x-ratelimit-remaining': '4990' });
      res.end('{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.","documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"}');
      return;
    }
    if (fault === '500') { res.writeHead(503, { 'Content-Type': 'application/json' }); res.end('{"error":"unavailable"}'); return; }
    let chunks = '';
    req.on('data', (c: Buffer) => { chunks += c.toString(); });
    req.on('end', () => {
      const out = handle(req, url, state.url);
      const body = JSON.stringify(out.body);
      if (fault === 'cut') {
        // Promise the whole body, send half, drop the socket: the client sees a page cut mid-way.
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) });
        res.write(body.slice(0, Math.floor(body.length / 2)));
        setTimeout(() => res.socket?.destroy(), 5);
        return;
      }
      res.writeHead(out.status ?? 200, { 'Content-Type': 'application/json', ...(out.headers ?? {}) });
      res.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); });
  return state;
}

/** Pull dependencies that record what a run stored, slept and logged; the sink can fail on its Nth call (a crash). */
export function recordingDeps(store = new Map<string, string>(), failOnSinkCall?: number) {
  const stored: NormalizedEvent[] = [];
  const sleeps: number[] = [];
  const logs: string[] = [];
  let calls = 0;
  const d: PullDeps = {
    fetch: (input, init) => fetch(input, init),
    checkpoints: { get: async (n) => store.get(n) ?? null, set: async (n, v) => { store.set(n, v); } },
    sink: async (evs) => { calls++; if (calls === failOnSinkCall) throw new Error('disk full'); stored.push(...evs); },
    sleep: async (ms) => { sleeps.push(ms); },
    log: (m) => logs.push(m),
  };
  return { d, stored, sleeps, store, logs };
}
