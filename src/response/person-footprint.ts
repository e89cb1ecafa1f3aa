// Everything a person is linked to across systems — accounts, actors seen in each log source, tokens created,
// devices, pay destinations, network addresses, candidate records and documents — for playbooks, watches and sharing.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { AppError } from '../errors/app-error.js';
import type { Db } from '../store/db.js';
import { selectRows } from '../store/read/rows.js';
import { openStored } from '../store/sealing/stored-values.js';
import { accounts, candidates, cases, documents, payroll, people, shipments } from '../store/schema/index.js';

export interface Footprint {
  employeeId: string | null;
  candidateIds: string[];
  names: string[];
  emails: string[];
  phones: string[];
  accounts: { system: string; account: string }[];
  /** Every (source, actor) the logs attribute to the person, with how often and when. */
  actors: { source: string; actor: string; actorId: string | null; n: number; first: string; last: string }[];
  tokens: { source: string; type: string; time: string; eventId: string; target: string | null; tokenRef: string | null }[];
  shipments: { assetId: string; assetType: string | null; serialNumber: string | null; managed: boolean | null; shipToCountry: string | null }[];
  devices: { source: string; deviceId: string | null; deviceName: string | null; n: number; last: string }[];
  payroll: { effectiveDate: string; method: string; bankCountry: string | null; accountLast4: string | null; walletAddress: string | null }[];
  /** Public addresses used (private and corporate left out), with their network class and AS. */
  ips: { ip: string; networkClass: string | null; asn: number | null; asOrg: string | null; n: number }[];
  documents: { candidateId: string; sha256: string; fileName: string; size: number; author: string | null; lastModifiedBy: string | null }[];
}

/** The employee or candidate a case is about; cluster and alert cases have no single person. */
export async function caseSubject(db: Db, tenantId: string, caseId: string) {
  const [c] = await db.select().from(cases).where(and(eq(cases.tenantId, tenantId), eq(cases.id, caseId)));
  if (!c) throw new AppError('NOT_FOUND', `no case ${caseId}`, { status: 404 });
  if (c.subjectKind !== 'employee' && c.subjectKind !== 'candidate') {
    throw new AppError('NOT_A_PERSON', `case ${caseId} is about a ${c.subjectKind}, not a person: open a case on the person`, { status: 409 });
  }
  return { case: c, subject: c.subjectKind === 'employee' ? { employeeId: c.subjectId } : { candidateId: c.subjectId } };
}

const tokenRef = (raw: unknown): string | null => {
  // Raw records are stored as JSON text; a select outside drizzle returns that text.
  const r = (typeof raw === 'string' ? JSON.parse(raw) : raw ?? {}) as Record<string, unknown>;
  for (const k of ['token_id', 'hashed_token', 'fingerprint', 'key_id', 'token_name', 'name', 'title']) {
    const v = r[k];
    if (typeof v === 'string' || typeof v === 'number') return `${k}=${v}`;
  }
  return null;
};

export async function personFootprint(db: Db, tenantId: string, who: { employeeId?: string; candidateId?: string }): Promise<Footprint> {
  let employeeId = who.employeeId ?? null;
  if (!employeeId && who.candidateId) {
    const [c] = await db.select({ h: candidates.hiredEmployeeId }).from(candidates).where(and(eq(candidates.tenantId, tenantId), eq(candidates.candidateId, who.candidateId)));
    employeeId = c?.h ?? null;
  }
  const [p] = employeeId ? await db.select().from(people).where(and(eq(people.tenantId, tenantId), eq(people.employeeId, employeeId))) : [];
  const candConds = [
    who.candidateId ? eq(candidates.candidateId, who.candidateId) : undefined,
    employeeId ? eq(candidates.hiredEmployeeId, employeeId) : undefined,
    p ? eq(candidates.email, p.email) : undefined,
  ].filter((c) => c !== undefined);
  const cands = candConds.length ? await db.select().from(candidates).where(and(eq(candidates.tenantId, tenantId), or(...candConds))) : [];
  const candidateIds = [...new Set(cands.map((c) => c.candidateId))].sort();
  // '' is never an employee id (required, non-empty), so a candidate-only person matches no HR rows or events.
  const emp = employeeId ?? '';
  const [acc, actors, tokens, ship, devices, pay, ips, docs] = await Promise.all([
    db.select({ system: accounts.system, account: accounts.account }).from(accounts).where(and(eq(accounts.tenantId, tenantId), eq(accounts.employeeId, emp))),
    selectRows<{ source: string; actor: string; actor_id: string | null; n: number; first: string; last: string }>(db, sql`
      select source, actor, max(actor_id) as actor_id, count(*)::int as n, min(time) as first, max(time) as last
      from events where tenant_id = ${tenantId} and person_id = ${emp} and actor is not null group by source, actor order by source, actor`),
    selectRows<{ source: string; type: string; time: string; id: string; target: string | null; raw: unknown }>(db, sql`
      select source, type, time, id, target, raw from events
      where tenant_id = ${tenantId} and person_id = ${emp} and category = 'code.token_create' order by time`),
    db.select().from(shipments).where(and(eq(shipments.tenantId, tenantId), eq(shipments.employeeId, emp))),
    selectRows<{ source: string; device_id: string | null; device_name: string | null; n: number; last: string }>(db, sql`
      select source, device_id, device_name, count(*)::int as n, max(time) as last from events
      where tenant_id = ${tenantId} and person_id = ${emp} and (device_id is not null or device_name is not null)
      group by source, device_id, device_name order by source, device_id`),
    db.select().from(payroll).where(and(eq(payroll.tenantId, tenantId), eq(payroll.employeeId, emp))).then((rows) => openStored(db, tenantId, 'payroll', rows)),
    selectRows<{ ip: string; network_class: string | null; asn: number | null; as_org: string | null; n: number }>(db, sql`
      select ip, max(enrichment->'ip'->>'networkClass') as network_class, max((enrichment->'ip'->>'asn')::bigint)::int as asn,
        max(enrichment->'ip'->>'asOrg') as as_org, count(*)::int as n
      from events where tenant_id = ${tenantId} and person_id = ${emp} and ip is not null
        and coalesce(enrichment->'ip'->>'networkClass', '') not in ('private', 'corporate')
      group by ip order by n desc, ip limit 2000`),
    candidateIds.length ? db.select().from(documents).where(and(eq(documents.tenantId, tenantId), inArray(documents.candidateId, candidateIds))) : Promise.resolve([]),
  ]);
  const iso = (t: string) => new Date(t).toISOString();
  const uniq = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x && x.trim() !== ''))];
  const emailLike = (s: string) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s);
  return {
    employeeId, candidateIds,
    names: uniq([p?.fullName, ...cands.map((c) => c.fullName)]),
    emails: uniq([p?.email?.toLowerCase(), ...cands.map((c) => c.email?.toLowerCase()), ...acc.map((a) => a.account).filter(emailLike),
      ...actors.map((a) => a.actor).filter(emailLike)]),
    phones: uniq([p?.phone, ...cands.map((c) => c.phone)]),
    accounts: acc.sort((a, b) => `${a.system}${a.account}`.localeCompare(`${b.system}${b.account}`)),
    actors: actors.map((a) => ({ source: a.source, actor: a.actor, actorId: a.actor_id, n: Number(a.n), first: iso(a.first), last: iso(a.last) })),
    tokens: tokens.map((t) => ({ source: t.source, type: t.type, time: iso(t.time), eventId: t.id, target: t.target, tokenRef: tokenRef(t.raw) })),
    shipments: ship.map((s) => ({ assetId: s.assetId, assetType: s.assetType, serialNumber: s.serialNumber, managed: s.managed, shipToCountry: s.shipToCountry })),
    devices: devices.map((d) => ({ source: d.source, deviceId: d.device_id, deviceName: d.device_name, n: Number(d.n), last: iso(d.last) })),
    payroll: pay.sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate)).map((r) => ({
      effectiveDate: r.effectiveDate, method: r.method, bankCountry: r.bankCountry, accountLast4: r.accountNumber ? r.accountNumber.slice(-4) : null, walletAddress: r.walletAddress,
    })),
    ips: ips.map((i) => ({ ip: i.ip, networkClass: i.network_class, asn: i.asn === null ? null : Number(i.asn), asOrg: i.as_org, n: Number(i.n) })),
    documents: docs.map((d) => {
      const meta = ((d.parsed as { meta?: Record<string, unknown> } | null)?.meta ?? {}) as Record<string, unknown>;
      const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
      return { candidateId: d.candidateId, sha256: d.sha256, fileName: d.fileName, size: d.size, author: str(meta['author']), lastModifiedBy: str(meta['lastModifiedBy']) };
    }),
  };
}
