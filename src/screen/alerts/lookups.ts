// The enrichment lookups screening uses, typed narrowly so callers pass the real Enricher or a subset of it.
import type { Enricher } from '../../enrich/index.js';

export type EmailLookup = Pick<Enricher, 'emailFacts'>;
export type IpLookup = Pick<Enricher, 'ipFacts'>;
export type ScreenLookups = EmailLookup & Partial<IpLookup>;
