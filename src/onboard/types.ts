// Inputs the onboarding analysis reads: canonical records, attributed enriched events, declared households.
import type { Enrichment, NormalizedEvent, Person } from '../model/index.js';

/** A normalized event with its enrichment, already attributed to a person by the pipeline. */
export type OnboardEvent = NormalizedEvent & {
  enrichment?: Enrichment | null;
  /** The person (employee_id) who acted; null when attribution failed. */
  personId?: string | null;
};

/** People who declared they live together (spouses, family): shared address and joint accounts are normal for them. */
export interface Household {
  id: string;
  members: string[];
}

export type PeopleIndex = ReadonlyMap<string, Person>;

export function indexPeople(people: readonly Person[]): Map<string, Person> {
  return new Map(people.map((p) => [p.employeeId, p]));
}

/** person id → household id, for quick "declared together?" checks. */
export function householdLookup(households: readonly Household[] = []): (a: string, b: string) => boolean {
  const of = new Map<string, Set<string>>();
  for (const h of households) for (const m of h.members) {
    const set = of.get(m) ?? new Set<string>();
    set.add(h.id);
    of.set(m, set);
  }
  return (a, b) => {
    const ha = of.get(a);
    const hb = of.get(b);
    if (!ha || !hb) return false;
    for (const h of ha) if (hb.has(h)) return true;
    return false;
  };
}
