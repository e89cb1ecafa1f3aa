// Every input format Trustline reads. Add a source here and it is available to import and auto-detection.
import type { Source } from './types.js';
import { canonicalCsvSources } from './canonical/index.js';
import { eventSources } from './event-sources.js';

export const sources: Source[] = [
  ...canonicalCsvSources,
  ...eventSources,
];
