// Enriches events once, before they are stored: detections later read the stored facts, never recompute them.
import { createEnricher, type Enricher } from '../enrich/index.js';
import type { NormalizedEvent } from '../model/event.js';
import type { Target } from '../sources/types.js';

let shared: Enricher | null = null;
let sharedKey = '';

/** One enricher per process and configuration: its datasets take a second to load. */
export function sharedEnricher(corporateRanges: string[] = []): Enricher {
  const key = corporateRanges.join(',');
  if (!shared || key !== sharedKey) { shared = createEnricher({ corporateRanges }); sharedKey = key; }
  return shared;
}

export function enrichEvents(enricher: Enricher, events: NormalizedEvent[]): (NormalizedEvent & { enrichment: unknown })[] {
  return events.map((e) => ({ ...e, enrichment: enricher.enrich(e) }));
}

/** The import pipeline's transform: events get their enrichment, other records pass through. */
export function enrichTransform(enricher: Enricher) {
  return (target: Target, records: Record<string, unknown>[]) =>
    target === 'events' ? enrichEvents(enricher, records as unknown as NormalizedEvent[]) : records;
}
