// The organisation's people: names, jobs, residences, managers, accounts, devices and home networks.
import { countryProfile, COUNTRIES, type City } from './catalog/geo.js';
import { asciiSlug, nameSet } from './catalog/names.js';
import { fillPattern, makeLaptop, makePhone } from './devices.js';
import type { NetInfo, NetworkPools } from './networks.js';
import type { Rng } from './prng.js';
import { addDays, isoDay, DAY_MS } from './time.js';
import type { SimPerson } from './types.js';

interface Dept { name: string; weight: number; titles: string[]; engineer: boolean; it: boolean; google: number }
export const DEPARTMENTS: Dept[] = [
  { name: 'Engineering', weight: 42, engineer: true, it: false, google: 0.3, titles: ['Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Frontend Engineer', 'Full-Stack Engineer', 'Site Reliability Engineer', 'Data Engineer', 'QA Engineer'] },
  { name: 'IT', weight: 5, engineer: false, it: true, google: 0.5, titles: ['IT Administrator', 'IT Support Specialist', 'Systems Engineer'] },
  { name: 'Security', weight: 3, engineer: true, it: true, google: 0.5, titles: ['Security Engineer', 'Security Analyst'] },
  { name: 'Sales', weight: 14, engineer: false, it: false, google: 0.8, titles: ['Account Executive', 'Sales Development Representative', 'Sales Engineer'] },
  { name: 'Marketing', weight: 7, engineer: false, it: false, google: 0.9, titles: ['Marketing Manager', 'Content Strategist', 'Growth Analyst'] },
  { name: 'Finance', weight: 6, engineer: false, it: false, google: 0.6, titles: ['Accountant', 'Payroll Specialist', 'Financial Analyst', 'Bookkeeper'] },
  { name: 'People', weight: 4, engineer: false, it: false, google: 0.7, titles: ['Recruiter', 'HR Business Partner', 'People Operations Specialist'] },
  { name: 'Customer Support', weight: 12, engineer: false, it: false, google: 0.6, titles: ['Support Engineer', 'Customer Support Specialist', 'Technical Account Manager'] },
  { name: 'Operations', weight: 7, engineer: false, it: false, google: 0.6, titles: ['Operations Manager', 'Program Manager', 'Business Analyst'] },
];

export function localAddress(rng: Rng, country: string, city: City): { address: string; postal: string } {
  const street = rng.pick(nameSet(country).streets);
  const n = rng.int(2, 480);
  const postal = fillPattern(rng, city.postal);
  const address = country === 'DE' ? `${street} ${n}` : country === 'PL' ? `${street} ${n}/${rng.int(1, 40)}`
    : country === 'BR' ? `${street}, ${n}` : country === 'JP' ? street : `${n} ${street}`;
  return { address, postal };
}

export function homeNetwork(rng: Rng, pools: NetworkPools, country: string, city: City): NetInfo {
  const profile = countryProfile(country);
  const near = { lat: city.lat, lon: city.lon, country };
  // Try every ISP in a random order; keep the address geolocated closest to home.
  let best: NetInfo | undefined;
  let bestD = Infinity;
  for (const isp of rng.shuffle(profile.residential)) {
    const n = pools.pick(rng, isp, 'residential', near, 12);
    const d = Math.hypot(n.lat - city.lat, n.lon - city.lon) + (n.country === country ? 0 : 1000);
    if (d < bestD) { best = n; bestD = d; }
    if (d < 0.5) break;
  }
  return best as NetInfo;
}

export interface OrgOptions { employees: number; start: number; domain: string }

/** Everyone on the payroll today; hire dates spread over the last years, a few inside the window. */
export function generatePeople(rng: Rng, pools: NetworkPools, opts: OrgOptions): SimPerson[] {
  const people: SimPerson[] = [];
  const startDay = isoDay(opts.start);
  const usedEmails = new Set<string>();
  for (let i = 0; i < opts.employees; i++) {
    const r = rng.fork(`person-${i}`);
    const country = r.weighted(COUNTRIES.map((c) => [c.code, c.weight] as const));
    const profile = countryProfile(country);
    const city = r.pick(profile.cities);
    const names = nameSet(country);
    const givenName = r.pick(names.first), familyName = r.pick(names.last);
    let local = asciiSlug(`${givenName}.${familyName}`);
    if (usedEmails.has(local)) local = `${local}${r.int(2, 99)}`;
    usedEmails.add(local);
    const dept = r.weighted(DEPARTMENTS.map((d) => [d, d.weight] as const));
    const recent = r.bool(0.04);
    const hireDate = recent ? addDays(startDay, r.int(-20, 10)) : isoDay(opts.start - r.int(60, 2900) * DAY_MS);
    const { address, postal } = localAddress(r, country, city);
    const os = dept.engineer && r.bool(0.45) ? 'macOS' : r.bool(0.2) ? 'macOS' : 'Windows';
    const id = `E${String(10001 + i)}`;
    people.push({
      id,
      email: `${local}@${opts.domain}`,
      fullName: `${givenName} ${familyName}`,
      givenName, familyName,
      employmentType: country !== 'US' && r.bool(0.15) ? 'contractor' : r.bool(0.03) ? 'vendor' : 'employee',
      hireDate,
      jobTitle: r.pick(dept.titles),
      department: dept.name,
      country, city, address, postal,
      phone: `${profile.dial} ${fillPattern(r, profile.phone)}`,
      tz: city.tz,
      managerEmail: null,
      oktaId: `00u${r.hex(17)}`,
      entraId: r.uuid(),
      googleProfileId: `1${r.digits(20)}`,
      usesGoogle: r.bool(dept.google),
      githubLogin: dept.engineer ? `${asciiSlug(givenName).replace(/\./g, '')}-${asciiSlug(familyName).replace(/\./g, '').slice(0, 8)}${r.bool(0.4) ? r.int(1, 99) : ''}` : null,
      githubId: r.int(1_000_000, 160_000_000),
      engineer: dept.engineer,
      it: dept.it,
      laptop: makeLaptop(r, i + 1, os),
      phoneDevice: makePhone(r),
      home: homeNetwork(r, pools, country, city),
      startHour: Math.min(11, Math.max(6.5, r.normal(8.8, 0.8))),
      dayHours: Math.min(10.5, Math.max(6.5, r.normal(8.6, 0.7))),
      confounders: [],
    });
  }
  // Department heads manage their department; heads report to the first person (the CEO stand-in).
  const heads = new Map<string, SimPerson>();
  for (const p of people) if (!heads.has(p.department) && p.hireDate < startDay) heads.set(p.department, p);
  const ceo = people[0];
  for (const p of people) {
    const head = heads.get(p.department);
    p.managerEmail = head && head !== p ? head.email : p !== ceo && ceo ? ceo.email : null;
  }
  return people;
}
