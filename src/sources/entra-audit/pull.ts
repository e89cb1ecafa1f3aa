// Live pull of Entra directory audits: the Graph connector on /auditLogs/directoryAudits.
import type { RetryPolicy } from '../pull/http.js';
import type { PullDeps, PullResult } from '../pull/types.js';
import { pullGraph, type GraphPullConfig } from '../entra-signin/pull.js';

export function pullEntraAudits(config: Omit<GraphPullConfig, 'endpoint'>, deps: PullDeps, retry?: RetryPolicy): Promise<PullResult> {
  return pullGraph({ ...config, endpoint: 'directoryAudits' }, deps, retry);
}
