// The named live connectors `trustline pull <connector>` runs, with how each reads its config from env.
import { pullEntraAudits } from '../entra-audit/pull.js';
import { pullGraph } from '../entra-signin/pull.js';
import { pullGitHub } from '../github/pull.js';
import { pullGoogle, type GooglePullConfig } from '../google/pull.js';
import { pullOkta } from '../okta/pull.js';
import type { PullDeps, PullResult } from './types.js';

export type ConnectorName = 'okta' | 'entra-signins' | 'entra-audits' | 'google-login' | 'google-admin' | 'google-token' | 'github';

type Env = Record<string, string | undefined>;
const num = (v: string | undefined) => (v ? Number(v) : undefined);

function graphEnv(env: Env) {
  return {
    tenantId: env.TRUSTLINE_ENTRA_TENANT_ID ?? '', clientId: env.TRUSTLINE_ENTRA_CLIENT_ID ?? '',
    clientSecret: env.TRUSTLINE_ENTRA_CLIENT_SECRET ?? '', since: env.TRUSTLINE_PULL_SINCE,
    ...(env.TRUSTLINE_GRAPH_URL ? { graphUrl: env.TRUSTLINE_GRAPH_URL } : {}),
    ...(env.TRUSTLINE_ENTRA_LOGIN_URL ? { loginUrl: env.TRUSTLINE_ENTRA_LOGIN_URL } : {}),
  };
}
function googleEnv(env: Env, application: GooglePullConfig['application']): GooglePullConfig {
  const sa = env.TRUSTLINE_GOOGLE_SERVICE_ACCOUNT_JSON;
  const parsed = sa ? JSON.parse(sa) as { client_email: string; private_key: string } : null;
  return {
    application, since: env.TRUSTLINE_PULL_SINCE,
    ...(env.TRUSTLINE_GOOGLE_ACCESS_TOKEN ? { accessToken: env.TRUSTLINE_GOOGLE_ACCESS_TOKEN } : {}),
    ...(parsed ? { serviceAccount: { ...parsed, subject: env.TRUSTLINE_GOOGLE_ADMIN_SUBJECT ?? '' } } : {}),
    ...(env.TRUSTLINE_GOOGLE_REPORTS_URL ? { baseUrl: env.TRUSTLINE_GOOGLE_REPORTS_URL } : {}),
  };
}
function githubEnv(env: Env) {
  return {
    org: env.TRUSTLINE_GITHUB_ORG, enterprise: env.TRUSTLINE_GITHUB_ENTERPRISE, token: env.TRUSTLINE_GITHUB_TOKEN,
    apiUrl: env.TRUSTLINE_GITHUB_API_URL, since: env.TRUSTLINE_PULL_SINCE, maxPages: num(env.TRUSTLINE_PULL_MAX_PAGES),
  };
}

/**
 * Minutes re-read behind the high-water mark of newest-first APIs, for events the vendor files late: Entra sign-ins
 * arrive up to about two hours late, audits within minutes; Google Reports lags by hours for some applications;
 * GitHub notes audit-log events can take some time to appear in the API (it gives no bound; 30 min is our guess).
 */
export const DEFAULT_LOOKBACK_MINUTES: Partial<Record<ConnectorName, number>> = {
  'entra-signins': 120, 'entra-audits': 30, 'google-login': 240, 'google-admin': 240, 'google-token': 240, github: 30,
};

/** Config objects merged from defaults, a config-file section (if any) and environment variables (env wins). */
export function connectorConfig(name: ConnectorName, fileSection: Record<string, unknown>, env: Env): Record<string, unknown> {
  const fromEnv: Record<string, unknown> =
    name === 'okta' ? { baseUrl: env.TRUSTLINE_OKTA_URL, apiToken: env.TRUSTLINE_OKTA_API_TOKEN, since: env.TRUSTLINE_PULL_SINCE, maxPages: num(env.TRUSTLINE_PULL_MAX_PAGES) }
      : name === 'github' ? githubEnv(env)
        : name.startsWith('entra') ? graphEnv(env)
          : googleEnv(env, name.replace('google-', '') as GooglePullConfig['application']);
  if (name !== 'okta') fromEnv.lookbackMinutes = num(env.TRUSTLINE_PULL_LOOKBACK_MINUTES);
  const defined = Object.fromEntries(Object.entries(fromEnv).filter(([, v]) => v !== undefined && v !== ''));
  const defaults = name in DEFAULT_LOOKBACK_MINUTES ? { lookbackMinutes: DEFAULT_LOOKBACK_MINUTES[name] } : {};
  return { ...defaults, ...fileSection, ...defined };
}

export const connectors: Record<ConnectorName, (config: Record<string, unknown>, deps: PullDeps) => Promise<PullResult>> = {
  okta: (c, d) => pullOkta(c as never, d),
  'entra-signins': (c, d) => pullGraph({ ...(c as object), endpoint: 'signIns' } as never, d),
  'entra-audits': (c, d) => pullEntraAudits(c as never, d),
  'google-login': (c, d) => pullGoogle({ ...(c as object), application: 'login' } as never, d),
  'google-admin': (c, d) => pullGoogle({ ...(c as object), application: 'admin' } as never, d),
  'google-token': (c, d) => pullGoogle({ ...(c as object), application: 'token' } as never, d),
  github: (c, d) => pullGitHub(c as never, d),
};
