// Facts that answer the applicability check (R6) from the data: hiring without ID checks, laptops shipped away, far logins.
import { sql } from 'drizzle-orm';
import type { Db } from '../db.js';
import { selectRows } from './rows.js';

export interface ApplicabilityFacts {
  candidates: number;
  /** Candidates from outside channels (platforms, agencies, sites) with no passed identity check on record. */
  foreignPlatformNoIdv: number;
  candidatesNoIdv: number;
  shipments: number;
  /** Shipments whose ship-to country or city differs from the person's registered residence. */
  shippedElsewhere: number;
  people: number;
  remotePeople: number;
  /** People with any login geolocated to a country other than their residence. */
  loginsAbroad: number;
  /** Alerts by signal id (first letter + number), for O1/M1/H8/H10. */
  signalAlerts: Record<string, number>;
}

export async function applicabilityFacts(db: Db, tenantId: string): Promise<ApplicabilityFacts> {
  const [c = {}] = await selectRows<Record<string, number>>(db, sql`
    select count(*)::int as candidates,
      count(*) filter (where not exists (select 1 from idv_checks v where v.tenant_id = c.tenant_id and v.subject_id in (c.candidate_id, coalesce(c.hired_employee_id, '')) and lower(v.result) in ('pass', 'passed', 'verified', 'approved', 'clear')))::int as no_idv,
      count(*) filter (where coalesce(lower(c.source), '') !~ '(referral|internal|employee)'
        and not exists (select 1 from idv_checks v where v.tenant_id = c.tenant_id and v.subject_id in (c.candidate_id, coalesce(c.hired_employee_id, '')) and lower(v.result) in ('pass', 'passed', 'verified', 'approved', 'clear')))::int as platform_no_idv
    from candidates c where c.tenant_id = ${tenantId}`);
  const [s = {}] = await selectRows<Record<string, number>>(db, sql`
    select count(*)::int as shipments,
      count(*) filter (where (s.ship_to_country is not null and p.residence_country is not null and upper(s.ship_to_country) <> upper(p.residence_country))
        or (s.ship_to_city is not null and p.residence_city is not null and lower(s.ship_to_city) <> lower(p.residence_city)))::int as elsewhere
    from shipments s left join people p on p.tenant_id = s.tenant_id and p.employee_id = s.employee_id where s.tenant_id = ${tenantId}`);
  const [p = {}] = await selectRows<Record<string, number>>(db, sql`
    select count(*)::int as people,
      count(*) filter (where lower(coalesce(extra->>'work_location', extra->>'remote', '')) in ('remote', 'true', 'yes') or employment_type <> 'employee')::int as remote,
      count(*) filter (where exists (select 1 from events e where e.tenant_id = p.tenant_id and e.person_id = p.employee_id
        and e.enrichment->'ip'->>'country' is not null and p.residence_country is not null and upper(e.enrichment->'ip'->>'country') <> upper(p.residence_country)))::int as abroad
    from people p where p.tenant_id = ${tenantId}`);
  const sig = await selectRows<{ s: string; n: number }>(db, sql`
    select s, count(*)::int as n from alerts, unnest(signals) as s where tenant_id = ${tenantId} group by s`);
  return {
    candidates: c.candidates ?? 0, foreignPlatformNoIdv: c.platform_no_idv ?? 0, candidatesNoIdv: c.no_idv ?? 0,
    shipments: s.shipments ?? 0, shippedElsewhere: s.elsewhere ?? 0,
    people: p.people ?? 0, remotePeople: p.remote ?? 0, loginsAbroad: p.abroad ?? 0,
    signalAlerts: Object.fromEntries(sig.map((r) => [r.s, r.n])),
  };
}
