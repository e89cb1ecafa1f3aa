// Builds the person context detectors use from a people.csv row, and turns its dates into numbers once.
import type { Person } from '../model/person.js';
import type { PersonContext, PersonFacts, TravelWindow } from './types.js';
import { DAY } from './types.js';

export function personContextFrom(p: Person, extra: { travel?: TravelWindow[]; accounts?: PersonContext['accounts'] } = {}): PersonContext {
  return {
    personId: p.employeeId,
    employmentType: p.employmentType,
    hireDate: p.hireDate,
    terminationDate: p.terminationDate,
    residenceCountry: p.residenceCountry,
    residenceRegion: p.residenceRegion,
    residenceCity: p.residenceCity,
    timezone: p.timezone,
    travel: extra.travel ?? [],
    accounts: extra.accounts ?? [],
  };
}

function dayStart(s: string | null | undefined): number | null {
  if (!s) return null;
  const t = Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
  return Number.isNaN(t) ? null : t;
}

const cache = new WeakMap<PersonContext, PersonFacts>();
export function personFacts(ctx: PersonContext): PersonFacts {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const term = dayStart(ctx.terminationDate);
  const facts: PersonFacts = {
    ctx,
    hireMs: dayStart(ctx.hireDate),
    terminationEndMs: term === null ? null : term + DAY,
    travel: (ctx.travel ?? []).flatMap((w) => {
      const from = dayStart(w.from);
      const to = dayStart(w.to);
      if (from === null || to === null) return [];
      // A date-only "to" covers that whole day.
      return [{ from, to: w.to.length === 10 ? to + DAY : to, country: w.country?.toUpperCase() ?? null }];
    }),
  };
  cache.set(ctx, facts);
  return facts;
}

/** Days since hire at time t (0 on the hire day); null when the hire date is unknown. */
export function tenureDays(p: PersonFacts, t: number): number | null {
  return p.hireMs === null ? null : Math.floor((t - p.hireMs) / DAY);
}

/** True when a declared trip covers t (and, if the trip names a country, the event's country). */
export function onDeclaredTravel(p: PersonFacts, t: number, country: string | null | undefined): boolean {
  for (const w of p.travel) {
    if (t >= w.from && t < w.to && (w.country === null || !country || w.country === country.toUpperCase())) return true;
  }
  return false;
}
