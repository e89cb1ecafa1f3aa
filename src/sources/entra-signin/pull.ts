// Live pull of Microsoft Graph audit logs (signIns, directoryAudits): OAuth2 client credentials,
// @odata.nextLink paging, newest-first results kept exact with a high-water mark checkpoint.
import { z } from 'zod';
import { entraAuditSpec } from '../entra-audit/entra-audit-source.js';
import { createHttp, type RetryPolicy } from '../pull/http.js';
import { runWatermarkPull } from '../pull/run-pull.js';
import type { PullDeps, PullResult } from '../pull/types.js';
import { entraSignInSpec } from './entra-signin-source.js';

export const GraphPullConfig = z.object({
  tenantId: z.string().min(1),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  endpoint: z.enum(['signIns', 'directoryAudits']),
  graphUrl: z.url().default('https://graph.microsoft.com/v1.0'),
  loginUrl: z.url().default('https://login.microsoftonline.com'),
  since: z.iso.datetime({ offset: true }).optional(),
  top: z.number().int().min(1).max(1000).default(1000),
  maxPages: z.number().int().positive().optional(),
  /** Re-read this many minutes behind the last pulled event: sign-ins can be filed up to about two hours late. */
  lookbackMinutes: z.number().int().min(0).max(10_080).default(0),
});
export type GraphPullConfig = z.input<typeof GraphPullConfig>;

const TokenResponse = z.object({ access_token: z.string().min(1), expires_in: z.number().optional() });

export async function pullGraph(config: GraphPullConfig, deps: PullDeps, retry?: RetryPolicy, connector?: string): Promise<PullResult> {
  const cfg = GraphPullConfig.parse(config);
  const http = createHttp(deps, retry);
  const timeField = cfg.endpoint === 'signIns' ? 'createdDateTime' : 'activityDateTime';
  const base = `${cfg.graphUrl.replace(/\/+$/, '')}/auditLogs/${cfg.endpoint}`;
  let token: { value: string; until: number } | null = null;
  const now = () => (deps.now?.() ?? new Date()).getTime();

  async function bearer(): Promise<string> {
    if (token && token.until > now()) return token.value;
    const body = new URLSearchParams({
      client_id: cfg.clientId, client_secret: cfg.clientSecret, grant_type: 'client_credentials',
      scope: 'https://graph.microsoft.com/.default',
    });
    const { data } = await http.json(`${cfg.loginUrl.replace(/\/+$/, '')}/${encodeURIComponent(cfg.tenantId)}/oauth2/v2.0/token`, {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body,
    });
    const t = TokenResponse.parse(data);
    token = { value: t.access_token, until: now() + Math.max(60, (t.expires_in ?? 3600) - 120) * 1000 };
    return token.value;
  }

  return runWatermarkPull({
    connector: connector ?? (cfg.endpoint === 'signIns' ? 'entra-signins' : 'entra-audits'),
    spec: (cfg.endpoint === 'signIns' ? entraSignInSpec : entraAuditSpec) as typeof entraSignInSpec,
    initialSince: cfg.since ? new Date(cfg.since).toISOString() : null,
    maxPages: cfg.maxPages,
    lookbackMs: cfg.lookbackMinutes * 60_000,
    firstUrl: (since) => `${base}?$top=${cfg.top}${since ? `&$filter=${encodeURIComponent(`${timeField} ge ${since}`)}` : ''}`,
    resumeUrl: (next) => next,
    init: async () => ({ headers: { Authorization: `Bearer ${await bearer()}`, Accept: 'application/json' } }),
    page: (data) => {
      const d = (data ?? {}) as { value?: unknown; '@odata.nextLink'?: unknown };
      return { records: Array.isArray(d.value) ? d.value : [], next: typeof d['@odata.nextLink'] === 'string' ? d['@odata.nextLink'] : null };
    },
  }, deps, http);
}
