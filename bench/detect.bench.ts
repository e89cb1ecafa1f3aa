// Benchmark: N synthetic enriched Okta-like events for P people through every rule, detector and correlation.
// Prints events/s, the raw JSON.parse rate of Okta-shaped lines for comparison, and average per-person state size.
// Env: BENCH_EVENTS (default 1000000), BENCH_PEOPLE (default 5000), BENCH_LATE_MS (default 60000).
import type { IpFacts } from '../src/model/enrichment.js';
import { createAnalyzer, defaultDetectors, loadRules, type EnrichedEvent, type PersonContext } from '../src/detect/index.js';
import { createCorrelator, loadCorrelations } from '../src/correlate/index.js';

const N = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);
const P = Number(process.env['BENCH_PEOPLE'] ?? 5000);
const LATE = Number(process.env['BENCH_LATE_MS'] ?? 60_000);
const SPAN_MS = 60 * 86_400_000;
const START = Date.parse('2025-01-06T00:00:00Z');

let seed = 42;
const rnd = () => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 2 ** 32; };
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;

const CITIES = [
  ['US', 'Austin', 30.27, -97.74, 'America/Chicago'], ['US', 'Seattle', 47.6, -122.33, 'America/Los_Angeles'],
  ['US', 'New York', 40.71, -74.0, 'America/New_York'], ['GB', 'London', 51.5, -0.12, 'Europe/London'],
  ['JP', 'Tokyo', 35.68, 139.69, 'Asia/Tokyo'], ['DE', 'Berlin', 52.52, 13.4, 'Europe/Berlin'],
] as const;
const ipf = (ip: string, c: (typeof CITIES)[number], cls: IpFacts['networkClass'], asn: number): IpFacts =>
  ({ ip, version: 4, country: c[0], region: null, city: c[1], lat: c[2], lon: c[3], timeZone: c[4], asn, asOrg: `AS${asn}`, networkClass: cls, classSource: null, provider: cls === 'vpn' ? 'NordVPN' : null });

// People with a home line, a phone network, the corporate VPN and, for a few, a commercial VPN or a trip.
const people: PersonContext[] = [];
const nets: IpFacts[][] = [];
for (let i = 0; i < P; i++) {
  const home = i % 10 < 7 ? CITIES[i % 3]! : pick(CITIES);
  const hire = new Date(START - Math.floor(rnd() * 700) * 86_400_000 + (i % 20 === 0 ? 800 * 86_400_000 : 0)).toISOString().slice(0, 10);
  people.push({ personId: `E${i}`, employmentType: 'employee', hireDate: hire, terminationDate: null, residenceCountry: home[0], residenceCity: home[1], timezone: home[4], travel: [] });
  const n = [ipf(`73.${i >> 8}.${i & 255}.1`, home, 'residential', 7922), ipf(`172.56.${i >> 8}.${i & 255}`, home, 'mobile', 21928), ipf('198.51.100.7', CITIES[2]!, 'corporate', 64500)];
  if (i % 25 === 0) n.push(ipf(`45.${i >> 8}.${i & 255}.9`, pick(CITIES), 'vpn', 9009));
  if (i % 50 === 0) n.push(ipf(`80.${i >> 8}.${i & 255}.2`, CITIES[3]!, 'residential', 2856));
  nets.push(n);
}

const CATS: [EnrichedEvent['category'], string, number][] = [
  ['auth.login', 'user.session.start', 0.45], ['auth.session', 'user.authentication.sso', 0.3], ['auth.mfa_challenge', 'user.authentication.auth_via_mfa', 0.1],
  ['data.download', 'git.clone', 0.1], ['code.token_create', 'personal_access_token.request_created', 0.01], ['iam.member_add', 'repo.add_member', 0.01],
  ['auth.mfa_change', 'user.mfa.factor.activate', 0.01], ['endpoint.process', 'ProcessCreated', 0.02],
];
function event(k: number): { personId: string; ev: EnrichedEvent; person: PersonContext } {
  const pi = Math.floor(rnd() * P);
  // Working hours in the person's zone, with jitter so some events arrive slightly late.
  const t = START + Math.floor((k / N) * SPAN_MS) - Math.floor(rnd() * LATE * 0.5);
  let r = rnd(), c = CATS[0]!;
  for (const x of CATS) { if ((r -= x[2]) <= 0) { c = x; break; } }
  const ip = pick(nets[pi]!);
  const id = `ev${k}`;
  const ev = {
    id, time: new Date(t).toISOString(), source: 'okta', sourceEventId: id, type: c[1], category: c[0], outcome: rnd() < 0.03 ? 'failure' : 'success',
    actor: `user${pi}@example.com`, ip: ip.ip, deviceId: `fp-${pi}`, sessionId: `s-${pi}-${Math.floor(t / 86_400_000)}`, attrs: {}, raw: null,
    enrichment: c[0] === 'endpoint.process' && rnd() < 0.05 ? { remoteTool: { tool: pick(['AnyDesk', 'TeamViewer']), matchedOn: 'executable', value: 'x.exe' } } : { ip },
  } as EnrichedEvent;
  return { personId: `E${pi}`, ev, person: people[pi]! };
}

function jsonParseRate(): number {
  const line = JSON.stringify({ uuid: 'f3b8c2a0-1111-11ee-9a3c-0242ac120002', published: '2025-03-03T14:00:00.000Z', eventType: 'user.session.start', version: '0', severity: 'INFO', displayMessage: 'User login to Okta',
    actor: { id: '00u1abcd', type: 'User', alternateId: 'user1@example.com', displayName: 'User One' }, client: { userAgent: { rawUserAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/120.0 Safari/537.36', os: 'Mac OS X', browser: 'CHROME' }, zone: 'null', device: 'Computer', ipAddress: '73.1.2.3', geographicalContext: { city: 'Austin', state: 'Texas', country: 'United States', postalCode: '78701', geolocation: { lat: 30.27, lon: -97.74 } } },
    authenticationContext: { externalSessionId: '102abcdEFGhijk', credentialType: 'PASSWORD' }, outcome: { result: 'SUCCESS' }, securityContext: { asNumber: 7922, asOrg: 'comcast', isp: 'comcast', domain: 'comcast.net', isProxy: false },
    debugContext: { debugData: { requestUri: '/api/v1/authn', deviceFingerprint: 'abc123', threatSuspected: 'false' } }, transaction: { type: 'WEB', id: 'Xabc' }, target: [] });
  const lines = Array.from({ length: 200_000 }, (_, i) => line.replace('73.1.2.3', `73.1.${i & 255}.${i >> 8 & 255}`));
  const t = performance.now();
  let n = 0;
  for (const l of lines) n += (JSON.parse(l) as { version: string }).version.length;
  return (lines.length / (performance.now() - t)) * 1000 + n * 0;
}

const parseBefore = jsonParseRate();
const analyzer = createAnalyzer({ rules: loadRules(), detectors: defaultDetectors(), stages: [createCorrelator(loadCorrelations())], config: { lateWindowMs: LATE } });
const BATCH = 100_000;
let ms = 0, alerts = 0;
const bySeverity: Record<string, number> = {};
const byRule: Record<string, number> = {};
for (let k = 0; k < N; k += BATCH) {
  const batch = Array.from({ length: Math.min(BATCH, N - k) }, (_, j) => event(k + j));
  const t = performance.now();
  for (const b of batch) for (const a of analyzer.process(b.personId, b.ev, b.person)) { alerts++; bySeverity[a.severity] = (bySeverity[a.severity] ?? 0) + 1; byRule[a.ruleId] = (byRule[a.ruleId] ?? 0) + 1; }
  ms += performance.now() - t;
}
const t = performance.now();
for (const a of analyzer.flush()) { alerts++; bySeverity[a.severity] = (bySeverity[a.severity] ?? 0) + 1; }
ms += performance.now() - t;

let bytes = 0, max = 0;
for (const id of analyzer.people()) { const s = JSON.stringify(analyzer.exportState(id)).length; bytes += s; max = Math.max(max, s); }
const sharedBytes = JSON.stringify(analyzer.exportShared()).length;
const rate = (N / ms) * 1000;
const parse = (parseBefore + jsonParseRate()) / 2; // measured before and after: the machine is shared
console.log(`events: ${N}  people: ${P}  late window: ${LATE} ms`);
console.log(`detection + correlation: ${Math.round(rate).toLocaleString('en')} events/s (${(ms / 1000).toFixed(1)} s)`);
console.log(`raw JSON.parse of Okta-shaped lines: ${Math.round(parse).toLocaleString('en')} lines/s (detection is ${(rate / parse * 100).toFixed(0)}% of it)`);
console.log(`per-person state: average ${Math.round(bytes / analyzer.people().length)} B, max ${max} B (JSON); cross-person stores ${Math.round(sharedBytes / 1024)} KiB`);
console.log(`alerts by rule: ${JSON.stringify(byRule)}`);
console.log(`alerts: ${alerts} ${JSON.stringify(bySeverity)}  stats: ${JSON.stringify(analyzer.stats())}`);
