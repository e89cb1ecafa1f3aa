// Live pull of Google Workspace Reports activities (users/all/applications/{app}, pageToken paging),
// with a service-account JWT (domain-wide delegation) or a caller-supplied access token.
import { createSign } from 'node:crypto';
import { z } from 'zod';
import { createHttp, type RetryPolicy } from '../pull/http.js';
import { runWatermarkPull } from '../pull/run-pull.js';
import type { PullDeps, PullResult } from '../pull/types.js';
import { googleSpec } from './google-source.js';

export const GooglePullConfig = z.object({
  application: z.enum(['login', 'admin', 'token', 'drive', 'saml', 'user_accounts', 'groups']),
  /** Either a ready access token… */
  accessToken: z.string().min(1).optional(),
  /** …or a service account with domain-wide delegation impersonating an admin (`subject`). */
  serviceAccount: z.object({ client_email: z.string().min(1), private_key: z.string().min(1), subject: z.string().min(1) }).optional(),
  baseUrl: z.url().default('https://admin.googleapis.com'),
  tokenUrl: z.url().default('https://oauth2.googleapis.com/token'),
  since: z.iso.datetime({ offset: true }).optional(),
  maxResults: z.number().int().min(1).max(1000).default(1000),
  maxPages: z.number().int().positive().optional(),
  /** Re-read this many minutes behind the last pulled event: Reports files some activities hours late. */
  lookbackMinutes: z.number().int().min(0).max(10_080).default(0),
}).refine((c) => c.accessToken || c.serviceAccount, { message: 'accessToken or serviceAccount required' });
export type GooglePullConfig = z.input<typeof GooglePullConfig>;

const SCOPE = 'https://www.googleapis.com/auth/admin.reports.audit.readonly';
const b64url = (s: string | Buffer) => Buffer.from(s).toString('base64url');

function signedAssertion(sa: { client_email: string; private_key: string; subject: string }, tokenUrl: string, nowS: number): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const claims = b64url(JSON.stringify({ iss: sa.client_email, sub: sa.subject, scope: SCOPE, aud: tokenUrl, iat: nowS, exp: nowS + 3600 }));
  const sig = createSign('RSA-SHA256').update(`${head}.${claims}`).sign(sa.private_key);
  return `${head}.${claims}.${b64url(sig)}`;
}

export async function pullGoogle(config: GooglePullConfig, deps: PullDeps, retry?: RetryPolicy): Promise<PullResult> {
  const cfg = GooglePullConfig.parse(config);
  const http = createHttp(deps, retry);
  const base = `${cfg.baseUrl.replace(/\/+$/, '')}/admin/reports/v1/activity/users/all/applications/${cfg.application}`;
  const now = () => (deps.now?.() ?? new Date()).getTime();
  let token: { value: string; until: number } | null = cfg.accessToken ? { value: cfg.accessToken, until: Infinity } : null;

  async function bearer(): Promise<string> {
    if (token && token.until > now()) return token.value;
    const sa = cfg.serviceAccount!;
    const body = new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: signedAssertion(sa, cfg.tokenUrl, Math.floor(now() / 1000)) });
    const { data } = await http.json(cfg.tokenUrl, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
    const t = z.object({ access_token: z.string().min(1), expires_in: z.number().optional() }).parse(data);
    token = { value: t.access_token, until: now() + Math.max(60, (t.expires_in ?? 3600) - 120) * 1000 };
    return token.value;
  }
  const query = (since: string | null) => `${base}?maxResults=${cfg.maxResults}${since ? `&startTime=${encodeURIComponent(since)}` : ''}`;

  return runWatermarkPull({
    connector: `google-${cfg.application}`,
    spec: googleSpec,
    initialSince: cfg.since ? new Date(cfg.since).toISOString() : null,
    maxPages: cfg.maxPages,
    lookbackMs: cfg.lookbackMinutes * 60_000,
    firstUrl: query,
    // A pageToken belongs to its query: resume with the same startTime.
    resumeUrl: (next, st) => `${query(st.since)}&pageToken=${encodeURIComponent(next)}`,
    init: async () => ({ headers: { Authorization: `Bearer ${await bearer()}`, Accept: 'application/json' } }),
    page: (data) => {
      const d = (data ?? {}) as { items?: unknown; nextPageToken?: unknown };
      return { records: Array.isArray(d.items) ? d.items : [], next: typeof d.nextPageToken === 'string' && d.nextPageToken ? d.nextPageToken : null };
    },
  }, deps, http);
}
