// Builds complete enriched events and person contexts from partial ones (rule self-tests and unit-test fixtures).
import type { IpFacts } from '../model/enrichment.js';
import type { EnrichedEvent, PersonContext } from './types.js';

let seq = 0;

/** Fills every required field of a normalized event; whatever the partial gives wins. */
export function buildEvent(p: Record<string, unknown> & Partial<EnrichedEvent>): EnrichedEvent {
  seq += 1;
  const id = p.id ?? `evt-${seq}`;
  return {
    id,
    time: '2025-03-03T15:00:00.000Z',
    source: 'other',
    sourceEventId: id,
    type: 'test',
    category: 'other',
    outcome: 'success',
    attrs: {},
    raw: null,
    ...p,
    enrichment: { ...(p.enrichment ?? {}) },
  } as EnrichedEvent;
}

/** IP facts with defaults (a residential US address) for fixtures. */
export function ipFacts(p: Partial<IpFacts> & { ip: string }): IpFacts {
  return {
    version: p.ip.includes(':') ? 6 : 4,
    country: 'US', region: null, city: null, lat: null, lon: null, timeZone: null,
    asn: 7922, asOrg: 'COMCAST-7922', networkClass: 'residential', classSource: null, provider: null,
    ...p,
  };
}

export function buildPerson(p: Partial<PersonContext> = {}): PersonContext {
  return {
    personId: 'E1', employmentType: 'employee', hireDate: '2024-01-08', terminationDate: null,
    residenceCountry: 'US', residenceCity: 'Austin', timezone: 'America/Chicago', travel: [], accounts: [],
    ...p,
  };
}
