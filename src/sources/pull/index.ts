// Live pull: shared HTTP policy, paging loops and the connector contract.
export type { CheckpointStore, PullDeps, PullResult } from './types.js';
export { createHttp, nextLink, retryAfterMs, PullHttpError, DEFAULT_RETRY, type RetryPolicy } from './http.js';
export { runCursorPull, runWatermarkPull, parseWatermark, type WatermarkState } from './run-pull.js';
export { connectors, connectorConfig, type ConnectorName } from './connectors.js';
