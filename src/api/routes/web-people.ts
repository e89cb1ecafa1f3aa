// GET /api/risk: ranked people, filtered and paged on the server; GET /api/risk/:personId: the person's dossier.
import ct from 'countries-and-timezones';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../errors/app-error.js';
import { listClusters } from '../../store/analysis-repo.js';
import {
  activityGrid, candidateRecords, cityCoordinates, deviceList, loginPoints, onboardingFacts, personRow, recentEvents, subjectAlerts, subjectCases,
} from '../../store/read/person-reads.js';
import { maskFor } from '../../auth/mask.js';
import { seesSensitiveNumbers } from '../../auth/roles.js';
import type { AuditTrail } from '../audit-trail.js';
import type { ApiDeps } from '../deps.js';
import type { RankedPerson, ScoreCache } from './web-scores.js';
import { geocodeResidence } from '../../enrich/geocode.js';

const csv = z.string().trim().max(500).optional().transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));
const Query = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  search: z.string().trim().max(200).optional(),
  level: csv, kind: csv, department: csv, country: csv, employmentType: csv,
  pillar: z.enum(['identity', 'location', 'device', 'behaviour']).optional(),
  sort: z.enum(['score', 'name']).default('score'),
});

function facet(items: RankedPerson[], key: 'department' | 'country' | 'employmentType'): { value: string; n: number }[] {
  const m = new Map<string, number>();
  for (const p of items) { const v = p[key]; if (v) m.set(v, (m.get(v) ?? 0) + 1); }
  return [...m].map(([value, n]) => ({ value, n })).sort((a, b) => b.n - a.n || a.value.localeCompare(b.value));
}

/** Working-day fit: the UTC offset (hours) whose 08:00–20:00 holds the most weekday activity. */
export function inferOffset(utc: { h: number; n: number }[]): { offset: number; share: number } | null {
  const h = new Array<number>(24).fill(0);
  for (const r of utc) h[r.h] = (h[r.h] ?? 0) + r.n;
  const total = h.reduce((a, b) => a + b, 0);
  if (total < 20) return null;
  let best = { offset: 0, share: -1 };
  for (let o = -12; o <= 14; o++) {
    let s = 0;
    for (let local = 8; local < 20; local++) s += h[(((local - o) % 24) + 24) % 24]!;
    if (s / total > best.share + 1e-9) best = { offset: o, share: s / total };
  }
  return { offset: best.offset, share: Math.round(best.share * 100) / 100 };
}

function residenceZone(tz: string | null, country: string | null): string | null {
  if (tz) return tz;
  const zones = country ? ct.getCountry(country.toUpperCase() as never)?.timezones ?? [] : [];
  return zones[0] ?? null;
}

export function peopleWebRoutes(app: FastifyInstance, deps: ApiDeps, ranking: ScoreCache, audit: AuditTrail): void {
  const db = deps.database.db;
  const tenant = deps.env.TRUSTLINE_TENANT;

  app.get('/api/risk', async (req) => {
    const q = Query.parse(req.query);
    const rank = await ranking();
    const needle = q.search?.toLowerCase();
    let items = rank.items.filter((p) =>
      (q.level.length === 0 || q.level.includes(p.level)) && (q.kind.length === 0 || q.kind.includes(p.kind))
      && (q.department.length === 0 || (p.department !== null && q.department.includes(p.department)))
      && (q.country.length === 0 || (p.country !== null && q.country.includes(p.country)))
      && (q.employmentType.length === 0 || (p.employmentType !== null && q.employmentType.includes(p.employmentType)))
      && (!needle || p.name.toLowerCase().includes(needle) || p.emails.some((e) => e.toLowerCase().includes(needle)) || p.personId.toLowerCase().includes(needle)));
    if (q.pillar) { const k = q.pillar; items = items.filter((p) => p.pillars[k] > 0).sort((a, b) => b.pillars[k] - a.pillars[k] || b.score - a.score); }
    else if (q.sort === 'name') items = [...items].sort((a, b) => a.name.localeCompare(b.name));
    return {
      total: items.length, offset: q.offset, items: items.slice(q.offset, q.offset + q.limit), scoredAt: rank.at,
      facets: { department: facet(rank.items, 'department'), country: facet(rank.items, 'country'), employmentType: facet(rank.items, 'employmentType') },
    };
  });

  app.get<{ Params: { personId: string } }>('/api/risk/:personId', async (req) => {
    const personId = z.string().min(3).max(300).parse(req.params.personId);
    const rank = await ranking();
    const score = rank.byId.get(personId);
    const [kind, ...rest] = personId.split(':');
    const id = rest.join(':');
    if (!score && kind !== 'employee' && kind !== 'candidate') throw new AppError('NOT_FOUND', `no person ${personId}`, { status: 404 });
    const employeeId = score?.employeeId ?? (kind === 'employee' ? id : null);
    const person = employeeId ? await personRow(db, tenant, employeeId) : null;
    const candidateIds = score?.candidateIds ?? (kind === 'candidate' ? [id] : []);
    if (!person && candidateIds.length === 0) throw new AppError('NOT_FOUND', `no person ${personId}`, { status: 404 });
    const candidates = await candidateRecords(db, tenant, { employeeId: employeeId ?? undefined, email: person?.email, candidateId: candidateIds[0] });
    const subjects = [...new Set([...(employeeId ? [employeeId] : []), ...candidates.map((c) => c.candidateId), ...candidateIds])];
    const zone = person ? residenceZone(person.timezone, person.residenceCountry) : null;
    const [alerts, cases, onboarding, events, points, devices, grid, clusters] = await Promise.all([
      subjectAlerts(db, tenant, subjects), subjectCases(db, tenant, [personId, ...subjects]),
      employeeId ? onboardingFacts(db, tenant, employeeId) : Promise.resolve({ accounts: [], payroll: [], shipments: [] }),
      employeeId ? recentEvents(db, tenant, employeeId) : Promise.resolve([]),
      employeeId ? loginPoints(db, tenant, employeeId) : Promise.resolve([]),
      employeeId ? deviceList(db, tenant, employeeId) : Promise.resolve([]),
      employeeId && zone ? activityGrid(db, tenant, employeeId, zone) : Promise.resolve({ local: [], utc: [] }),
      listClusters(db, tenant),
    ]);
    // Markers for the map: the registered residence and each ship-to city, placed approximately (city level).
    // The offline gazetteer first; else where this person's own sign-ins in that city geolocate (never a table scan).
    const place = async (city: string | null, country: string | null, region: string | null = null) => {
      const g = country ? geocodeResidence({ country, region, city }) : null;
      return g ? { lat: g.lat, lon: g.lon } : employeeId ? cityCoordinates(db, tenant, employeeId, city, country) : null;
    };
    const residence = person ? { city: person.residenceCity, country: person.residenceCountry, at: await place(person.residenceCity, person.residenceCountry, person.residenceRegion) } : null;
    const shipTo = await Promise.all(onboarding.shipments.map(async (s) => ({ city: s.shipToCity, country: s.shipToCountry, at: await place(s.shipToCity, s.shipToCountry) })));
    const mine = clusters.filter((c) => subjects.some((s) => c.members.includes(s)) || (score?.clusters ?? []).includes(c.id));
    // Every dossier read is on the record, with whether the sensitive numbers were shown unmasked.
    const role = req.principal!.role;
    await audit(req, 'person.read', `person:${personId}`, { unmasked: seesSensitiveNumbers(role) });
    return maskFor({
      personId, kind: score?.kind ?? kind, name: score?.name ?? person?.fullName ?? candidates[0]?.fullName ?? id,
      score: score ? { score: score.score, level: score.level, pillars: score.pillars, reasons: score.reasons, attack: score.attack } : null,
      scoredAt: rank.at, person, candidates, alerts, cases, ...onboarding,
      events: events.map((e) => ({ ...e, time: new Date(e.time).toISOString() })),
      logins: points.map((p) => ({ ...p, first: new Date(p.first).toISOString(), last: new Date(p.last).toISOString() })),
      devices: devices.map((d) => ({ ...d, last: new Date(d.last).toISOString() })),
      places: { residence, shipTo },
      activity: { zone, grid: grid.local, inferred: inferOffset(grid.utc) },
      clusters: mine.map((c) => ({ id: c.id, kind: c.kind, members: c.members, score: c.score, explanation: c.explanation, location: c.location ?? null })),
    }, role);
  });
}
