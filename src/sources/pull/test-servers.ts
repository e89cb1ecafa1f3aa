// Local vendor-shaped HTTP servers for the pull tests (Okta /api/v1/logs, Graph auditLogs, Google Reports),
// with scripted faults: 429 with Retry-After, 5xx, and a connection cut in the middle of a page body.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 'ok' | '429' | '500' | 'cut';

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
