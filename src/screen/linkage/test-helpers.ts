// Small wrappers the linkage tests use to reach e-mail keys through the real enrichment catalog.
import type { Enricher } from '../../enrich/index.js';
import { emailBase, emailPattern } from './identifiers.js';

export const emailDomainless = (e: Pick<Enricher, 'emailFacts'>, email: string) => { const f = e.emailFacts(email); return f ? emailBase(f) : null; };
export const emailPatternOf = (e: Pick<Enricher, 'emailFacts'>, email: string, name: string) => { const f = e.emailFacts(email); return f ? emailPattern(f, name) : null; };
