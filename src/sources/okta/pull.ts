// Live pull of the Okta System Log (GET /api/v1/logs, SSWS token, Link rel=next cursor, X-Rate-Limit-*).
import { z } from 'zod';
import { createHttp, nextLink, type RetryPolicy } from '../pull/http.js';
import { runCursorPull } from '../pull/run-pull.js';
import type { PullDeps, PullResult } from '../pull/types.js';
import { oktaSpec } from './okta-source.js';

export const OktaPullConfig = z.object({
  /** https://{yourOktaDomain} */
  baseUrl: z.url(),
  apiToken: z.string().min(1),
  /** Where the first run starts; later runs resume from the checkpoint. */
  since: z.iso.datetime({ offset: true }).optional(),
  limit: z.number().int().min(1).max(1000).default(1000),
  maxPages: z.number().int().positive().optional(),
});
export type OktaPullConfig = z.input<typeof OktaPullConfig>;

export async function pullOkta(config: OktaPullConfig, deps: PullDeps, retry?: RetryPolicy, connector = 'okta'): Promise<PullResult> {
  const cfg = OktaPullConfig.parse(config);
  const base = cfg.baseUrl.replace(/\/+$/, '');
  const since = cfg.since ?? new Date((deps.now?.() ?? new Date()).getTime() - 7 * 86_400_000).toISOString();
  const first = `${base}/api/v1/logs?since=${encodeURIComponent(since)}&limit=${cfg.limit}&sortOrder=ASCENDING`;
  return runCursorPull({
    connector,
    spec: oktaSpec,
    firstUrl: first,
    pageSize: cfg.limit,
    maxPages: cfg.maxPages,
    init: async () => ({ headers: { Authorization: `SSWS ${cfg.apiToken}`, Accept: 'application/json' } }),
    page: (data, headers) => ({ records: Array.isArray(data) ? data : [], next: nextLink(headers.get('link')) }),
  }, deps, createHttp(deps, retry));
}
