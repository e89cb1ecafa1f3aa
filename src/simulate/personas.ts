// Planted fraud: actors behind several personas, laptop farms, and each hired worker's drawn subset of tradecraft.
import { COUNTRY_BY_CODE, countryProfile, type City } from './catalog/geo.js';
import { asciiSlug, nameSet } from './catalog/names.js';
import { fillPattern, makeLaptop } from './devices.js';
import type { NetInfo, NetworkPools } from './networks.js';
import { homeNetwork, localAddress } from './org.js';
import type { Rng } from './prng.js';
import { addDays, isoDay } from './time.js';
import type { SimPerson } from './types.js';

/** Per-worker tradecraft and the probability each is drawn (farm members get the farm-linked ones more often). */
export const EMPLOYEE_TRADECRAFT: Record<string, number> = {
  vpn_logins: 0.55, odd_hours: 0.5, shift_work: 0.15, rmm_tools: 0.45, ip_kvm: 0.2, payroll_foreign: 0.25,
  payroll_shared: 0.2, payroll_crypto: 0.15, payroll_churn: 0.2, ship_elsewhere: 0.3, early_privilege: 0.3,
  early_mfa_reset: 0.3, edr_exclusion: 0.15, oauth_consent: 0.25, audit_log_change: 0.1, token_after_invite: 0.35,
  bulk_download: 0.2, keystroke_latency: 0.4, operator_slip: 0.25, byod: 0.08,
};
export type EmployeeTradecraft = keyof typeof EMPLOYEE_TRADECRAFT | 'laptop_farm';

export interface Farm {
  id: string;
  facilitatorName: string;
  city: City;
  country: string;
  address: string;
  postal: string;
  net: NetInfo;
  members: string[];
}

export interface Actor {
  id: string;
  operatorTz: string;
  phones: string[];
  referees: { name: string; email: string; phone: string; company: string }[];
  pdfAuthor: string;
  pdfCreator: string;
  pdfProducer: string;
  docxTemplate: string;
  resumeTemplate: number;
  /** Resume text block reused verbatim across this actor's personas. */
  summaryIndex: number;
  employeeIds: string[];
  candidateIds: string[];
}

export interface FraudPlan {
  actor: Actor;
  farm: Farm | null;
  tradecraft: EmployeeTradecraft[];
  /** Share of sessions from VPN/hosting exits (when vpn_logins). */
  vpnShare: number;
  /** Share of days worked on the operator's clock (odd_hours) — the rest follow the claimed zone. */
  oddShare: number;
  rmmTool: 'anydesk' | 'crd' | 'teamviewer' | 'rustdesk';
  kvm: 'pikvm' | 'tinypilot' | 'jetkvm' | 'jetkvm_spoof';
  /** Days after hire when onboarding abuse starts. */
  earlyDay: number;
  slipCount: number;
  latencyExtraMs: number;
  forwarder: { city: City; address: string; postal: string } | null;
  candidateId: string | null;
}

const OPERATOR_TZ: [string, number][] = [['Asia/Shanghai', 0.55], ['Asia/Pyongyang', 0.3], ['Asia/Vladivostok', 0.15]];
const PDF_AUTHORS = ['Admin', 'User', 'Windows User', 'dev', 'Microsoft Office User', 'CV', 'Resume', 'Owner', 'HP'];
const PDF_TOOLS: [string, string][] = [
  ['Microsoft® Word for Microsoft 365', 'Microsoft® Word for Microsoft 365'], ['Canva', 'Canva'],
  ['WPS Writer', 'WPS Writer'], ['Writer', 'LibreOffice 7.6'], ['Microsoft® Word 2016', 'Microsoft® Word 2016'],
];
const FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'proton.me'];

function drawTradecraft(rng: Rng, inFarm: boolean, engineer: boolean): EmployeeTradecraft[] {
  const names = Object.keys(EMPLOYEE_TRADECRAFT);
  for (;;) {
    const out: EmployeeTradecraft[] = inFarm ? ['laptop_farm'] : [];
    for (const t of names) {
      let p = EMPLOYEE_TRADECRAFT[t] ?? 0;
      if (inFarm && (t === 'rmm_tools' || t === 'ip_kvm')) p = Math.min(0.8, p * 1.6);
      if (inFarm && (t === 'byod' || t === 'ship_elsewhere')) p = 0;
      if (!engineer && (t === 'token_after_invite' || t === 'bulk_download')) p = 0;
      if (rng.bool(p)) out.push(t as EmployeeTradecraft);
    }
    // Never a cartoon: at least two traits, never close to the whole catalogue.
    if (out.length >= 2 && out.length <= names.length - 6) return out;
  }
}

function makeActor(rng: Rng, i: number): Actor {
  const usDial = countryProfile('US');
  const [creator, producer] = rng.pick(PDF_TOOLS);
  const nRef = rng.int(1, 2);
  const us = nameSet('US');
  return {
    id: `A${String(i + 1).padStart(3, '0')}`,
    operatorTz: rng.weighted(OPERATOR_TZ),
    phones: Array.from({ length: rng.int(1, 2) }, () => `${usDial.dial} ${fillPattern(rng, usDial.phone)}`),
    referees: Array.from({ length: nRef }, () => {
      const name = `${rng.pick(us.first)} ${rng.pick(us.last)}`;
      return { name, email: `${asciiSlug(name).replace('.', rng.pick(['.', '', '_']))}${rng.int(1, 99)}@${rng.pick(FREEMAIL)}`, phone: `${usDial.dial} ${fillPattern(rng, usDial.phone)}`, company: rng.pick(['Brightpath Solutions', 'Nexora Digital', 'Vantage IT Group', 'Bluecrest Technologies']) };
    }),
    pdfAuthor: rng.pick(PDF_AUTHORS),
    pdfCreator: creator,
    pdfProducer: producer,
    docxTemplate: rng.pick(['Normal.dotm', 'Modern resume.dotx', 'Resume (Color).dotx']),
    resumeTemplate: rng.int(0, 2),
    summaryIndex: rng.int(0, 3),
    employeeIds: [],
    candidateIds: [],
  };
}

export interface FraudOptions { fraudEmployees: number; fraudCandidates: number; start: number; days: number; domain: string }

/** Actors and farms, and turns the chosen people into fraudulent hires (claimed identity, recent hire, plan). */
export function planFraud(rng: Rng, pools: NetworkPools, people: SimPerson[], opts: FraudOptions): { actors: Actor[]; farms: Farm[] } {
  const personas = opts.fraudEmployees + opts.fraudCandidates;
  const nActors = personas === 0 ? 0 : Math.max(1, Math.round(personas / rng.float(2.5, 4)));
  const actors = Array.from({ length: nActors }, (_, i) => makeActor(rng.fork(`actor-${i}`), i));

  // Person 0 stands in for the CEO; anyone else may be replaced by a fraudulent hire.
  const pool = people.slice(1);
  const chosen = rng.sample(pool, Math.min(opts.fraudEmployees, pool.length));
  // Roughly half the hired workers sit in farms of 2–5 laptops; the rest work alone over VPNs and proxies.
  const farmed = chosen.length >= 2 ? Math.max(2, Math.round(chosen.length * rng.float(0.35, 0.7))) : 0;
  const sizes: number[] = [];
  for (let left = farmed; left >= 2;) {
    const size = Math.min(left, rng.int(2, 5));
    if (left - size === 1) { sizes.push(size + 1); break; }
    sizes.push(size);
    left -= size;
  }
  const farms: Farm[] = [];
  const us = countryProfile('US');
  for (let f = 0; f < sizes.length; f++) {
    const r = rng.fork(`farm-${f}`);
    const city = r.pick(us.cities);
    const { address, postal } = localAddress(r, 'US', city);
    const names = nameSet('US');
    farms.push({ id: `F${f + 1}`, facilitatorName: `${r.pick(names.first)} ${r.pick(names.last)}`, city, country: 'US', address, postal, net: homeNetwork(r, pools, 'US', city), members: [] });
  }
  const order = rng.shuffle(chosen);
  let cursor = 0;
  farms.forEach((farm, f) => {
    for (let k = 0; k < (sizes[f] ?? 0) && cursor < order.length; k++) farm.members.push((order[cursor++] as SimPerson).id);
  });
  const farmOf = new Map(farms.flatMap((f) => f.members.map((m) => [m, f] as const)));

  for (const p of chosen) {
    const r = rng.fork(`fraud-${p.id}`);
    const farm = farmOf.get(p.id) ?? null;
    const claimed = farm ? 'US' : r.weighted([['US', 70], ['GB', 8], ['CA', 8], ['DE', 6], ['JP', 4], ['PL', 4]] as const);
    const profile = countryProfile(claimed);
    const city = r.pick(profile.cities);
    const names = nameSet(claimed);
    p.givenName = r.pick(names.first); p.familyName = r.pick(names.last);
    p.fullName = `${p.givenName} ${p.familyName}`;
    p.email = `${asciiSlug(`${p.givenName}.${p.familyName}`)}${r.int(2, 9)}@${opts.domain}`;
    p.country = claimed; p.city = city; p.tz = city.tz;
    Object.assign(p, localAddress(r, claimed, city));
    p.phone = `${profile.dial} ${fillPattern(r, profile.phone)}`;
    p.hireDate = addDays(isoDay(opts.start), r.int(-25, Math.max(0, Math.floor(opts.days * 0.45))));
    const dept = r.weighted([['Engineering', 75], ['Finance', 10], ['Customer Support', 10], ['IT', 5]] as const);
    p.department = dept; p.engineer = dept === 'Engineering'; p.it = dept === 'IT';
    p.jobTitle = dept === 'Engineering' ? r.pick(['Senior Software Engineer', 'Full-Stack Engineer', 'Frontend Engineer', 'Software Engineer'])
      : dept === 'Finance' ? r.pick(['Bookkeeper', 'Payroll Specialist']) : dept === 'IT' ? 'IT Administrator' : 'Support Engineer';
    p.githubLogin = p.engineer ? `${asciiSlug(p.givenName).replace(/\./g, '')}${r.pick(['dev', 'codes', '-eng', '0x', ''])}${r.int(10, 999)}` : null;
    p.employmentType = r.bool(0.4) ? 'contractor' : 'employee';
    p.home = homeNetwork(r, pools, claimed, city);
    const tradecraft = drawTradecraft(r, farm !== null, p.engineer);
    const byod = tradecraft.includes('byod');
    p.laptop = makeLaptop(r, 90000 + people.indexOf(p), farm || r.bool(0.8) ? 'Windows' : 'macOS', !byod);
    const actor = pickActorFor(r, actors);
    actor.employeeIds.push(p.id);
    const fwdCity = r.pick(countryProfile(COUNTRY_BY_CODE.has(claimed) ? claimed : 'US').cities.filter((c) => c !== city));
    p.fraud = {
      actor, farm, tradecraft,
      vpnShare: r.beta(2, 3),
      oddShare: r.beta(4, 2),
      rmmTool: r.weighted([['anydesk', 0.45], ['crd', 0.3], ['teamviewer', 0.15], ['rustdesk', 0.1]] as const),
      kvm: r.weighted([['pikvm', 0.4], ['tinypilot', 0.25], ['jetkvm', 0.2], ['jetkvm_spoof', 0.15]] as const),
      earlyDay: r.int(1, 24),
      slipCount: 1 + r.poisson(1.2),
      latencyExtraMs: r.logNormal(Math.log(160), 0.45),
      forwarder: tradecraft.includes('ship_elsewhere') ? { city: fwdCity, ...localAddress(r, claimed, fwdCity) } : null,
      candidateId: null,
    };
  }
  return { actors, farms };
}

/** Assigns the next candidate persona to an actor, favouring busy actors (one worker, many personas). */
export function pickActorFor(rng: Rng, actors: Actor[]): Actor {
  return rng.weighted(actors.map((a) => [a, (1 + a.employeeIds.length + a.candidateIds.length) ** 0.8] as const));
}
