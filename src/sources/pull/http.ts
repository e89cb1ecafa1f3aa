// One HTTP GET/POST with the retry policy every connector shares: 429 Retry-After, 5xx and cut connections
// backed off with a cap, Okta's X-Rate-Limit-Remaining/Reset honoured before the next call.
import type { PullDeps } from './types.js';

export interface RetryPolicy { maxRetries: number; baseDelayMs: number; maxDelayMs: number }
export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 6, baseDelayMs: 500, maxDelayMs: 60_000 };

export interface HttpResponse { status: number; headers: Headers; body: string }

export class PullHttpError extends Error {
  constructor(message: string, readonly status: number | null) { super(message); this.name = 'PullHttpError'; }
}

/** Retry-After is seconds or an HTTP date. */
export function retryAfterMs(h: string | null, now: number): number | null {
  if (!h) return null;
  if (/^\d+(\.\d+)?$/.test(h.trim())) return Number(h) * 1000;
  const t = Date.parse(h);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

/** URL without query values, for logs and errors (cursors and filters are not secrets, but stay terse). */
export const safeUrl = (u: string) => u.split('?')[0] ?? u;

export function createHttp(deps: PullDeps, policy: RetryPolicy = DEFAULT_RETRY) {
  let waitUntil = 0; // epoch ms before which Okta said we have no requests left
  let retries = 0;
  const now = () => (deps.now ? deps.now().getTime() : Date.now());

  async function request(url: string, init: RequestInit = {}): Promise<HttpResponse> {
    for (let attempt = 0; ; attempt++) {
      if (waitUntil > now()) await deps.sleep(waitUntil - now());
      let res: Response | null = null;
      let body = '';
      let failure: string | null = null;
      try {
        res = await deps.fetch(url, init);
        body = await res.text(); // a connection cut mid-body rejects here
      } catch (e) {
        failure = `connection failed: ${(e as Error).message}`;
      }
      if (res) {
        const remaining = res.headers.get('x-rate-limit-remaining');
        const reset = res.headers.get('x-rate-limit-reset');
        if (remaining === '0' && reset && /^\d+$/.test(reset)) waitUntil = Number(reset) * 1000;
      }
      if (!failure && res && res.status < 400) return { status: res.status, headers: res.headers, body };
      const status = res?.status ?? null;
      const retryable = failure !== null || status === 429 || (status !== null && status >= 500);
      if (!retryable) throw new PullHttpError(`${init.method ?? 'GET'} ${safeUrl(url)} → HTTP ${status}`, status);
      if (attempt >= policy.maxRetries) {
        throw new PullHttpError(`${init.method ?? 'GET'} ${safeUrl(url)} failed after ${attempt + 1} attempts: ${failure ?? `HTTP ${status}`}`, status);
      }
      retries++;
      const hinted = status === 429 ? retryAfterMs(res?.headers.get('retry-after') ?? null, now()) : null;
      const fromReset = status === 429 && waitUntil > now() ? waitUntil - now() : null;
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
      // A server-stated wait is obeyed (up to 15 min); only our own guesses are capped by maxDelayMs.
      const delay = Math.min(15 * 60_000, hinted ?? fromReset ?? backoff);
      deps.log?.(`${safeUrl(url)}: ${failure ?? `HTTP ${status}`}; retrying in ${Math.round(delay)} ms`);
      await deps.sleep(delay);
    }
  }

  async function json(url: string, init?: RequestInit): Promise<{ data: unknown; headers: Headers }> {
    for (let attempt = 0; ; attempt++) {
      const res = await request(url, init);
      try { return { data: JSON.parse(res.body) as unknown, headers: res.headers }; } catch {
        // A body cut short by a proxy can still arrive with 200: treat as a transient failure.
        if (attempt >= policy.maxRetries) throw new PullHttpError(`${safeUrl(url)}: response is not valid JSON`, res.status);
        retries++;
        await deps.sleep(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
      }
    }
  }
  return { request, json, retries: () => retries };
}
export type Http = ReturnType<typeof createHttp>;

/** The `rel="next"` target of an RFC 8288 Link header (Okta, GitHub). */
export function nextLink(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part.trim());
    if (m) return m[1] ?? null;
  }
  return null;
}
