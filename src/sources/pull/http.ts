// One HTTP GET/POST with the retry policy every connector shares: 429 Retry-After, 5xx and cut connections
// backed off with a cap; rate-limit headers (Okta X-Rate-Limit-*, GitHub x-ratelimit-*) honoured before the next call;
// GitHub's rate-limit 403s (remaining 0, Retry-After, or a secondary-limit message) retried, other 403s not.
import type { PullDeps } from './types.js';

export interface RetryPolicy { maxRetries: number; baseDelayMs: number; maxDelayMs: number }
export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 6, baseDelayMs: 500, maxDelayMs: 60_000 };

/** Longest wait a server may ask for: GitHub's primary rate-limit window is one hour. */
export const MAX_SERVER_WAIT_MS = 61 * 60_000;
/** GitHub: a secondary-limit answer without Retry-After or reset means "wait at least one minute". */
const SECONDARY_LIMIT_WAIT_MS = 60_000;

export interface HttpResponse { status: number; headers: Headers; body: string }

export class PullHttpError extends Error {
  constructor(message: string, readonly status: number | null, readonly headers: Headers | null = null) {
    super(message); this.name = 'PullHttpError';
  }
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

/** The vendor's own short error text (Okta errorSummary, GitHub/Graph/Google message), for error messages. */
export function vendorMessage(body: string): string | null {
  let msg: unknown = null;
  try {
    const d = JSON.parse(body) as Record<string, unknown> | null;
    const err = d?.error;
    msg = d?.message ?? d?.errorSummary ?? d?.error_description
      ?? (typeof err === 'string' ? err : (err as Record<string, unknown> | undefined)?.message);
  } catch { return null; }
  if (typeof msg !== 'string' || !msg.trim()) return null;
  const one = msg.replace(/\s+/g, ' ').trim();
  return one.length > 200 ? `${one.slice(0, 200)}…` : one;
}

const SECONDARY_LIMIT = /secondary rate limit/i;

export function createHttp(deps: PullDeps, policy: RetryPolicy = DEFAULT_RETRY) {
  let waitUntil = 0; // epoch ms before which the vendor said we have no requests left
  let retries = 0;
  const now = () => (deps.now ? deps.now().getTime() : Date.now());

  async function request(url: string, init: RequestInit = {}): Promise<HttpResponse> {
    for (let attempt = 0; ; attempt++) {
      if (waitUntil > now()) { await deps.sleep(Math.min(MAX_SERVER_WAIT_MS, waitUntil - now())); waitUntil = 0; }
      let res: Response | null = null;
      let body = '';
      let failure: string | null = null;
      try {
        res = await deps.fetch(url, init);
        body = await res.text(); // a connection cut mid-body rejects here
      } catch (e) {
        failure = `connection failed: ${(e as Error).message}`;
      }
      let outOfRequests = false;
      if (res) {
        // Okta: X-Rate-Limit-*; GitHub: x-ratelimit-*. Both give the reset in epoch seconds.
        const remaining = res.headers.get('x-rate-limit-remaining') ?? res.headers.get('x-ratelimit-remaining');
        const reset = res.headers.get('x-rate-limit-reset') ?? res.headers.get('x-ratelimit-reset');
        outOfRequests = remaining === '0';
        if (outOfRequests && reset && /^\d+$/.test(reset)) waitUntil = Number(reset) * 1000;
        else if (remaining !== null && remaining !== '0') waitUntil = 0;
      }
      if (!failure && res && res.status < 400) return { status: res.status, headers: res.headers, body };
      const status = res?.status ?? null;
      const retryAfter = res?.headers.get('retry-after') ?? null;
      const secondary = status === 403 && SECONDARY_LIMIT.test(body);
      // GitHub answers rate limits with 403 or 429; a 403 without these signs is a permission error.
      const rateLimited = status === 429 || (status === 403 && (retryAfter !== null || outOfRequests || secondary));
      const retryable = failure !== null || rateLimited || (status !== null && status >= 500);
      if (!retryable) {
        const said = vendorMessage(body);
        throw new PullHttpError(`${init.method ?? 'GET'} ${safeUrl(url)} → HTTP ${status}${said ? `: ${said}` : ''}`, status, res?.headers ?? null);
      }
      if (attempt >= policy.maxRetries) {
        throw new PullHttpError(`${init.method ?? 'GET'} ${safeUrl(url)} failed after ${attempt + 1} attempts: ${failure ?? `HTTP ${status}`}`, status, res?.headers ?? null);
      }
      retries++;
      const hinted = rateLimited ? retryAfterMs(retryAfter, now()) : null;
      const fromReset = rateLimited && waitUntil > now() ? waitUntil - now() : null;
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
      const guess = secondary ? Math.max(SECONDARY_LIMIT_WAIT_MS, backoff) : backoff;
      // A server-stated wait is obeyed (up to an hour); only our own guesses are capped by maxDelayMs.
      const delay = Math.min(MAX_SERVER_WAIT_MS, hinted ?? fromReset ?? guess);
      deps.log?.(`${safeUrl(url)}: ${failure ?? `HTTP ${status}`}; retrying in ${Math.round(delay)} ms`);
      await deps.sleep(delay);
      if (hinted === null && fromReset !== null) waitUntil = 0; // that was the reset wait
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
