// Live pull of the GitHub audit log (GET /orgs/{org}/audit-log or /enterprises/{enterprise}/audit-log, include=all):
// Bearer token, `after` cursor from the Link header, newest first, kept exact with a high-water mark checkpoint.
import { z } from 'zod';
import { createHttp, nextLink, PullHttpError, type RetryPolicy } from '../pull/http.js';
import { runWatermarkPull } from '../pull/run-pull.js';
import type { PullDeps, PullResult } from '../pull/types.js';
import { githubSpec } from './github-source.js';

/** GitHub org and enterprise slugs: letters, digits and hyphens (kept strict: they go into the URL path). */
const slug = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, 'not a GitHub organization or enterprise name');

export const GitHubPullConfig = z.object({
  org: slug.optional(),
  enterprise: slug.optional(),
  /** Classic PAT with read:audit_log, fine-grained PAT or GitHub App installation token (organization "Administration: read"). */
  token: z.string().min(1),
  /** https://api.github.com, or https://HOSTNAME/api/v3 for GitHub Enterprise Server. */
  apiUrl: z.url().default('https://api.github.com'),
  /** Where the first run starts (GitHub serves the last three months by default); later runs resume from the checkpoint. */
  since: z.iso.datetime({ offset: true }).optional(),
  perPage: z.number().int().min(1).max(100).default(100),
  maxPages: z.number().int().positive().optional(),
  /** Re-read this many minutes behind the last pulled event: GitHub says audit events can take a while to appear. */
  lookbackMinutes: z.number().int().min(0).max(10_080).default(0),
}).refine((c) => Boolean(c.org) !== Boolean(c.enterprise), { message: 'set exactly one of org or enterprise', path: ['org'] });
export type GitHubPullConfig = z.input<typeof GitHubPullConfig>;

/** The audit-log `created` qualifier takes seconds: round the mark down so the boundary instant stays in the query. */
export function createdPhrase(since: string): string {
  return `created:>=${new Date(Date.parse(since)).toISOString().slice(0, 19)}+00:00`;
}

function explain(e: PullHttpError, scope: string): PullHttpError {
  const needs = scope.startsWith('enterprises/')
    ? 'a classic personal access token of an enterprise owner with the read:audit_log scope'
    : 'the read:audit_log scope (classic personal access token of an organization owner), or the organization permission '
      + '"Administration: read" (fine-grained token or GitHub App installation token)';
  // GitHub names what the endpoint accepts and what the token has; neither is a secret.
  const accepted = e.headers?.get('x-accepted-oauth-scopes') || e.headers?.get('x-accepted-github-permissions');
  const has = e.headers?.get('x-oauth-scopes');
  const hint = `${accepted ? `; the endpoint accepts: ${accepted}` : ''}${has != null ? `; the token has: ${has || 'no scopes'}` : ''}`;
  if (e.status === 401) return new PullHttpError(`GitHub rejected the token (HTTP 401) for the ${scope} audit log: it is wrong, expired or revoked`, 401, e.headers);
  if (e.status === 403) return new PullHttpError(`GitHub refused the ${scope} audit log (HTTP 403): the token needs ${needs}${hint} (${e.message})`, 403, e.headers);
  if (e.status === 404) return new PullHttpError(`GitHub has no ${scope} audit log for this token (HTTP 404): check the name, and that the token needs ${needs}${hint}`, 404, e.headers);
  return e;
}

export async function pullGitHub(config: GitHubPullConfig, deps: PullDeps, retry?: RetryPolicy, connector?: string): Promise<PullResult> {
  const cfg = GitHubPullConfig.parse(config);
  const api = cfg.apiUrl.replace(/\/+$/, '');
  const origin = new URL(api).origin;
  const scope = cfg.org ? `orgs/${cfg.org}` : `enterprises/${cfg.enterprise!}`;
  const base = `${api}/${scope}/audit-log?include=all&per_page=${cfg.perPage}&order=desc`;
  const http = createHttp(deps, retry);
  try {
    return await runWatermarkPull({
      // One checkpoint per organization or enterprise: a mark of one never starts another's query.
      connector: connector ?? `github:${scope}`,
      spec: githubSpec,
      initialSince: cfg.since ? new Date(cfg.since).toISOString() : null,
      maxPages: cfg.maxPages,
      lookbackMs: cfg.lookbackMinutes * 60_000,
      firstUrl: (since) => `${base}${since ? `&phrase=${encodeURIComponent(createdPhrase(since))}` : ''}`,
      // The next link keeps the phrase and carries the `after` cursor; the token goes to the API's own host only.
      resumeUrl: (next) => {
        if (new URL(next, api).origin !== origin) throw new Error(`GitHub ${scope}: next page ${new URL(next, api).origin} is not ${origin}; not sending the token there`);
        return new URL(next, api).toString();
      },
      init: async () => ({
        headers: {
          Authorization: `Bearer ${cfg.token}`, Accept: 'application/vnd.github+json',
          'X-GitHub-Api-Version': '2022-11-28', 'User-Agent': 'trustline-pull',
        },
      }),
      page: (data, headers) => {
        if (!Array.isArray(data)) throw new PullHttpError(`GitHub ${scope} audit log: expected a JSON array of events, got ${data === null ? 'null' : typeof data}`, 200);
        return { records: data, next: nextLink(headers.get('link')) };
      },
    }, deps, http);
  } catch (e) {
    throw e instanceof PullHttpError ? explain(e, scope) : e;
  }
}
