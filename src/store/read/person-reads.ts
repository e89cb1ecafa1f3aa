// Everything the dossier shows about one employee or candidate, as plain selects (the API masks by role).
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../db.js';
import { accounts, alerts, candidates, cases, idvChecks, interviews, payroll, people, references, shipments } from '../schema/index.js';
import { openStored } from '../sealing/stored-values.js';
import { selectRows } from './rows.js';


export async function personRow(db: Db, tenantId: string, employeeId: string) {
  const [p] = await openStored(db, tenantId, 'people', await db.select().from(people).where(and(eq(people.tenantId, tenantId), eq(people.employeeId, employeeId))));
  if (!p) return null;
  const { rowHash: _h, tenantId: _t, ...rest } = p;
  return rest;
}

/** Candidate records of a person: the one hired as them, or any with their e-mail. */
export async function candidateRecords(db: Db, tenantId: string, q: { employeeId?: string; email?: string; candidateId?: string }) {
  const conds = [
    q.employeeId ? eq(candidates.hiredEmployeeId, q.employeeId) : undefined,
    q.email ? eq(candidates.email, q.email) : undefined,
    q.candidateId ? eq(candidates.candidateId, q.candidateId) : undefined,
  ].filter((c) => c !== undefined);
  if (conds.length === 0) return [];
  const rows = await db.select().from(candidates).where(and(eq(candidates.tenantId, tenantId), or(...conds)));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.candidateId);
  const [refs, ivs, idv] = await Promise.all([
    db.select().from(references).where(and(eq(references.tenantId, tenantId), inArray(references.candidateId, ids))),
    db.select().from(interviews).where(and(eq(interviews.tenantId, tenantId), inArray(interviews.candidateId, ids))),
    db.select().from(idvChecks).where(and(eq(idvChecks.tenantId, tenantId), inArray(idvChecks.subjectId, [...ids, ...(q.employeeId ? [q.employeeId] : [])]))),
  ]);
  return rows.map((c) => ({
    candidateId: c.candidateId, fullName: c.fullName, email: c.email, phone: c.phone, claimedCountry: c.claimedCountry, claimedCity: c.claimedCity,
    nationality: c.nationality, source: c.source, stage: c.stage, appliedAt: c.appliedAt, resumeFile: c.resumeFile, linkedinUrl: c.linkedinUrl, githubUrl: c.githubUrl,
    hiredEmployeeId: c.hiredEmployeeId,
    references: refs.filter((r) => r.candidateId === c.candidateId).map((r) => ({ refereeName: r.refereeName, refereeEmail: r.refereeEmail, refereeCompany: r.refereeCompany, relationship: r.relationship })),
    interviews: ivs.filter((i) => i.candidateId === c.candidateId).map((i) => ({ heldAt: i.heldAt, round: i.round, mode: i.mode, cameraOn: i.cameraOn, refusedInPerson: i.refusedInPerson, differentPersonSuspected: i.differentPersonSuspected, residenceKnowledge: i.residenceKnowledge, notes: i.notes })),
    idvChecks: idv.filter((v) => v.subjectId === c.candidateId || v.subjectId === q.employeeId).map((v) => ({ provider: v.provider, checkedAt: v.checkedAt, result: v.result, documentCountry: v.documentCountry, documentType: v.documentType })),
  }));
}

export async function onboardingFacts(db: Db, tenantId: string, employeeId: string) {
  const [acc, pay, ship] = await Promise.all([
    db.select({ system: accounts.system, account: accounts.account }).from(accounts).where(and(eq(accounts.tenantId, tenantId), eq(accounts.employeeId, employeeId))),
    db.select().from(payroll).where(and(eq(payroll.tenantId, tenantId), eq(payroll.employeeId, employeeId))).orderBy(desc(payroll.effectiveDate))
      .then((rows) => openStored(db, tenantId, 'payroll', rows)),
    db.select().from(shipments).where(and(eq(shipments.tenantId, tenantId), eq(shipments.employeeId, employeeId))),
  ]);
  return {
    accounts: acc,
    payroll: pay.map((p) => ({ effectiveDate: p.effectiveDate, method: p.method, bankName: p.bankName, bankCountry: p.bankCountry, currency: p.currency, accountNumber: p.accountNumber, walletAddress: p.walletAddress })),
    shipments: ship.map((s) => ({ assetId: s.assetId, assetType: s.assetType, shippedAt: s.shippedAt, shipToName: s.shipToName, shipToCity: s.shipToCity, shipToRegion: s.shipToRegion, shipToPostalCode: s.shipToPostalCode, shipToCountry: s.shipToCountry, managed: s.managed })),
  };
}

export async function subjectAlerts(db: Db, tenantId: string, subjectIds: string[]) {
  if (subjectIds.length === 0) return [];
  return db.select({ id: alerts.id, ruleId: alerts.ruleId, time: alerts.time, severity: alerts.severity, pillar: alerts.pillar, signals: alerts.signals, attack: alerts.attack, summary: alerts.summary, evidence: alerts.evidence })
    .from(alerts).where(and(eq(alerts.tenantId, tenantId), inArray(alerts.subjectId, subjectIds))).orderBy(desc(alerts.time)).limit(500);
}

export async function subjectCases(db: Db, tenantId: string, subjectIds: string[]) {
  if (subjectIds.length === 0) return [];
  return db.select().from(cases).where(and(eq(cases.tenantId, tenantId), inArray(cases.subjectId, subjectIds))).orderBy(desc(cases.updatedAt));
}

export async function recentEvents(db: Db, tenantId: string, personId: string, limit = 150) {
  return selectRows<{ id: string; time: string; source: string; category: string; outcome: string; ip: string | null; device_id: string | null; device_name: string | null; country: string | null; city: string | null; network_class: string | null }>(db, sql`
    select id, time, source, category, outcome, ip, device_id, device_name,
      enrichment->'ip'->>'country' as country, enrichment->'ip'->>'city' as city, enrichment->'ip'->>'networkClass' as network_class
    from events where tenant_id = ${tenantId} and person_id = ${personId} order by time desc limit ${limit}`);
}

/** Login places: one point per coordinate with counts, for the map. */
export async function loginPoints(db: Db, tenantId: string, personId: string) {
  return selectRows<{ lat: number; lon: number; country: string | null; city: string | null; network_class: string | null; n: number; first: string; last: string }>(db, sql`
    select (enrichment->'ip'->>'lat')::float8 as lat, (enrichment->'ip'->>'lon')::float8 as lon,
      enrichment->'ip'->>'country' as country, enrichment->'ip'->>'city' as city, enrichment->'ip'->>'networkClass' as network_class,
      count(*)::int as n, min(time) as first, max(time) as last
    from events where tenant_id = ${tenantId} and person_id = ${personId} and enrichment->'ip'->>'lat' is not null
    group by 1, 2, 3, 4, 5 order by n desc limit 500`);
}

export async function deviceList(db: Db, tenantId: string, personId: string) {
  return selectRows<{ device_id: string; device_name: string | null; n: number; last: string }>(db, sql`
    select device_id, max(device_name) as device_name, count(*)::int as n, max(time) as last
    from events where tenant_id = ${tenantId} and person_id = ${personId} and device_id is not null
    group by device_id order by n desc limit 50`);
}

/** Activity counts per ISO weekday (1 = Monday) × hour in the given zone, plus per UTC hour (for inferring the zone). */
export async function activityGrid(db: Db, tenantId: string, personId: string, timeZone: string) {
  const [local, utc] = await Promise.all([
    selectRows<{ d: number; h: number; n: number }>(db, sql`
      select extract(isodow from time at time zone ${timeZone})::int as d, extract(hour from time at time zone ${timeZone})::int as h, count(*)::int as n
      from events where tenant_id = ${tenantId} and person_id = ${personId} group by 1, 2`),
    selectRows<{ h: number; n: number }>(db, sql`
      select extract(hour from time at time zone 'UTC')::int as h, count(*)::int as n
      from events where tenant_id = ${tenantId} and person_id = ${personId} and extract(isodow from time at time zone 'UTC') < 6 group by 1`),
  ]);
  return { local, utc };
}

/**
 * Approximate coordinates of a city from where this person's geolocated events in it were placed, for a map marker
 * when the gazetteer does not know the place (labelled approximate there). Reads only the person's events (indexed).
 */
export async function cityCoordinates(db: Db, tenantId: string, personId: string, city: string | null, country: string | null): Promise<{ lat: number; lon: number } | null> {
  if (!city && !country) return null;
  const [row] = await selectRows<{ lat: number | null; lon: number | null }>(db, sql`
    select avg((enrichment->'ip'->>'lat')::float8) as lat, avg((enrichment->'ip'->>'lon')::float8) as lon from (
      select enrichment from events where tenant_id = ${tenantId} and person_id = ${personId} and enrichment->'ip'->>'lat' is not null
        and (${city}::text is null or lower(enrichment->'ip'->>'city') = lower(${city}))
        and (${country}::text is null or upper(enrichment->'ip'->>'country') = upper(${country}))
      limit 200) s`);
  return row && row.lat !== null && row.lon !== null ? { lat: Number(row.lat), lon: Number(row.lon) } : null;
}
