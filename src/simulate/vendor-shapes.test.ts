// The simulator's files against the vendors' documented fields and the canonical CSV schemas of src/model.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { AccountsCsv, CandidatesCsv, EndpointMetricsCsv, IdvCsv, InterviewsCsv, PayrollCsv, PeopleCsv, ReferencesCsv, ShipmentsCsv, TravelCsv } from '../model/index.js';
import { simulate } from './simulate.js';
import type { Truth } from './truth.js';

let files = new Map<string, string>();
let truth: Truth;
before(async () => {
  const out = await simulate({ seed: 11, employees: 110, candidates: 40, days: 12, fraudRate: { employees: 0.08, candidates: 0.15 } });
  files = new Map(out.files.filter((f) => !/\.(pdf|docx)$/.test(f.path)).map((f) => [f.path, Buffer.from(f.data).toString('utf8')]));
  truth = out.truth;
});
const lines = (path: string) => (files.get(path) ?? '').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const isoZ = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
const geo = z.object({ city: z.string().nullable(), state: z.string().nullable(), country: z.string().nullable(), postalCode: z.string().nullable(), geolocation: z.object({ lat: z.number(), lon: z.number() }) });

const OktaLogEvent = z.object({
  uuid: z.uuid(), published: isoZ, eventType: z.string().regex(/^[a-z_]+(\.[a-z_]+)+$/), version: z.literal('0'), severity: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']),
  displayMessage: z.string(), legacyEventType: z.string().nullable(),
  actor: z.object({ id: z.string(), type: z.string(), alternateId: z.string(), displayName: z.string() }),
  client: z.object({ userAgent: z.object({ rawUserAgent: z.string(), os: z.string(), browser: z.string() }), zone: z.string(), device: z.string(), ipAddress: z.ipv4(), geographicalContext: geo }),
  outcome: z.object({ result: z.enum(['SUCCESS', 'FAILURE', 'SKIPPED', 'ALLOW', 'DENY', 'CHALLENGE', 'UNKNOWN']), reason: z.string().nullable() }),
  securityContext: z.object({ asNumber: z.number().int(), asOrg: z.string(), isp: z.string(), domain: z.string(), isProxy: z.boolean() }),
  debugContext: z.object({ debugData: z.object({ deviceFingerprint: z.string(), requestId: z.string() }).passthrough() }),
  authenticationContext: z.object({ authenticationStep: z.number(), externalSessionId: z.string().nullable() }).passthrough(),
  transaction: z.object({ type: z.string(), id: z.string() }).passthrough(),
  request: z.object({ ipChain: z.array(z.object({ ip: z.string(), version: z.literal('V4') }).passthrough()) }),
  target: z.array(z.object({ id: z.string(), type: z.string(), alternateId: z.string(), displayName: z.string() }).passthrough()),
});

const EntraSignIn = z.object({
  id: z.string().uuid(), createdDateTime: isoZ, userDisplayName: z.string(), userPrincipalName: z.string(), userId: z.uuid(), appId: z.guid(),
  appDisplayName: z.string(), ipAddress: z.string(), clientAppUsed: z.string(), correlationId: z.string().uuid(), conditionalAccessStatus: z.enum(['success', 'failure', 'notApplied']),
  isInteractive: z.boolean(), riskDetail: z.string(), riskLevelAggregated: z.string(), riskLevelDuringSignIn: z.string(), riskState: z.string(), riskEventTypes_v2: z.array(z.string()),
  resourceDisplayName: z.string(), resourceId: z.string(), status: z.object({ errorCode: z.number().int(), failureReason: z.string().nullable() }).passthrough(),
  deviceDetail: z.object({ deviceId: z.string(), displayName: z.string(), operatingSystem: z.string(), browser: z.string(), isCompliant: z.boolean(), isManaged: z.boolean(), trustType: z.string() }),
  location: z.object({ city: z.string(), state: z.string(), countryOrRegion: z.string(), geoCoordinates: z.object({ latitude: z.number(), longitude: z.number() }).passthrough() }),
  appliedConditionalAccessPolicies: z.array(z.unknown()),
});
const EntraAudit = z.object({
  id: z.string(), category: z.string(), correlationId: z.string().uuid(), result: z.enum(['success', 'failure', 'timeout']), resultReason: z.string(),
  activityDisplayName: z.string(), activityDateTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/), loggedByService: z.string(), operationType: z.string(),
  initiatedBy: z.object({ user: z.object({ userPrincipalName: z.string() }).passthrough().nullable(), app: z.object({ displayName: z.string() }).passthrough().nullable() }),
  targetResources: z.array(z.object({ id: z.string(), type: z.string(), modifiedProperties: z.array(z.object({ displayName: z.string() }).passthrough()) }).passthrough()),
  additionalDetails: z.array(z.unknown()),
});
const GoogleActivity = z.object({
  kind: z.literal('admin#reports#activity'), etag: z.string(),
  id: z.object({ time: isoZ, uniqueQualifier: z.string().regex(/^-?\d+$/), applicationName: z.enum(['login', 'admin', 'token']), customerId: z.string() }),
  actor: z.object({ callerType: z.literal('USER'), email: z.string().email(), profileId: z.string() }), ipAddress: z.string(),
  events: z.array(z.object({ type: z.string(), name: z.string(), parameters: z.array(z.object({ name: z.string() }).passthrough()) })).min(1),
});
const GitHubAudit = z.object({
  '@timestamp': z.number().int().gt(1.5e12), _document_id: z.string().length(22), action: z.string().regex(/^[a-z_]+\.[a-z_]+$/), actor: z.string(),
  created_at: z.number().int(), org: z.string(), actor_location: z.object({ country_code: z.string().length(2) }),
}).passthrough();

test('Okta System Log lines are full LogEvents', () => {
  const recs = lines('okta/system-log.jsonl');
  assert.ok(recs.length > 500);
  for (const r of recs) OktaLogEvent.parse(r);
  const types = new Set(recs.map((r) => r.eventType));
  for (const t of ['user.session.start', 'user.authentication.auth_via_mfa', 'user.authentication.sso']) assert.ok(types.has(t));
  assert.ok(recs.some((r) => (r.outcome as { result: string }).result === 'FAILURE'));
  // Sorted by time, as the API returns them.
  const times = recs.map((r) => String(r.published));
  assert.deepEqual(times, [...times].sort());
});

test('Entra sign-ins and directory audits follow Graph signIn / directoryAudit', () => {
  const s = lines('entra/signins.jsonl');
  assert.ok(s.length > 300);
  for (const r of s) EntraSignIn.parse(r);
  const a = lines('entra/directory-audits.jsonl');
  assert.ok(a.length > 0);
  for (const r of a) EntraAudit.parse(r);
});

test('Google Workspace activities, GitHub audit log', () => {
  const g = lines('google/activities.jsonl');
  assert.ok(g.length > 50);
  for (const r of g) GoogleActivity.parse(r);
  const gh = lines('github/audit-log.jsonl');
  assert.ok(gh.length > 50);
  for (const r of gh) GitHubAudit.parse(r);
  assert.ok(gh.every((r) => r['@timestamp'] === r.created_at));
});

test('Defender advanced hunting: Schema/Results, RMM processes and IP-KVM only where planted or legitimate', () => {
  const fraud = new Set(truth.fraudulentEmployees.map((e) => e.employeeId));
  const legitRmm = new Set(truth.confounders.filter((c) => c.type === 'it_rmm' || c.type === 'overemployed').map((c) => c.subjectId));
  const people = parse(files.get('hr/people.csv')!, { columns: true }) as Record<string, string>[];
  const accounts = parse(files.get('hr/accounts.csv')!, { columns: true }) as Record<string, string>[];
  const userToId = new Map(accounts.filter((a) => a.system === 'defender').map((a) => [a.account!, a.employee_id!]));
  assert.equal(people.length, 110);
  for (const table of ['DeviceProcessEvents', 'DeviceEvents', 'DeviceNetworkEvents', 'DeviceLogonEvents', 'DeviceRegistryEvents', 'DeviceFileCertificateInfo']) {
    const body = JSON.parse(files.get(`${['DeviceRegistryEvents', 'DeviceFileCertificateInfo'].includes(table) ? 'defender-extra' : 'defender'}/${table}.json`)!) as { Schema: { Name: string; Type: string }[]; Results: Record<string, unknown>[] };
    const names = body.Schema.map((c) => c.Name);
    assert.ok(names.includes('Timestamp') && names.includes('DeviceId'));
    for (const row of body.Results) assert.deepEqual(Object.keys(row), names);
  }
  const proc = JSON.parse(files.get('defender/DeviceProcessEvents.json')!).Results as Record<string, string>[];
  const rmm = proc.filter((r) => /^(AnyDesk\.exe|remoting_host\.exe|TeamViewer\.exe|rustdesk\.exe)$/.test(r.FileName!));
  for (const r of rmm) {
    const id = userToId.get(r.AccountName!);
    assert.ok(id && (fraud.has(id) || legitRmm.has(id)), `RMM on ${id} which is neither planted nor a legitimate user`);
    assert.ok(['AnyDesk Software GmbH', 'Google LLC', 'TeamViewer Germany GmbH', 'Purslane Ltd'].includes(r.ProcessVersionInfoCompanyName!));
  }
  const ev = JSON.parse(files.get('defender/DeviceEvents.json')!).Results as Record<string, string>[];
  const devToFraud = new Map<string, boolean>();
  for (const r of proc) { const id = userToId.get(r.AccountName!); if (id) devToFraud.set(r.DeviceId!, fraud.has(id)); }
  for (const r of ev) {
    assert.equal(r.ActionType, 'PnpDeviceConnected');
    const extra = JSON.parse(r.AdditionalFields!) as Record<string, string>;
    assert.ok(extra.ClassName && extra.DeviceId && extra.VendorIds);
    // The generic gadget id of PiKVM/TinyPilot/JetKVM never shows on a clean laptop.
    if (extra.VendorIds.includes('VID_1D6B')) assert.notEqual(devToFraud.get(r.DeviceId!), false);
  }
});

test('canonical CSVs validate against the src/model schemas', () => {
  const schemas = { people: PeopleCsv, accounts: AccountsCsv, payroll: PayrollCsv, shipments: ShipmentsCsv, candidates: CandidatesCsv, references: ReferencesCsv, interviews: InterviewsCsv, idv: IdvCsv, endpoint_metrics: EndpointMetricsCsv, travel: TravelCsv };
  // Optional documented columns written after the canonical ones.
  const optional: Record<string, string[]> = { candidates: ['github_export'] };
  for (const [name, s] of Object.entries(schemas)) {
    const text = files.get(`hr/${name}.csv`)!;
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    assert.deepEqual(text.split('\n')[0]!.split(','), [...s.columns, ...(optional[name] ?? [])], `${name} header`);
    assert.ok(rows.length > 0, `${name} is empty`);
    for (const [i, row] of rows.entries()) {
      const r = s.schema.safeParse(row);
      assert.ok(r.success, `${name}.csv row ${i + 2}: ${r.success ? '' : JSON.stringify(r.error.issues)}`);
    }
  }
  const vpn = parse(files.get('vpn/vpn.csv')!, { columns: true }) as Record<string, string>[];
  assert.ok(vpn.length > 0 && vpn.every((r) => /^\d+\.\d+\.\d+\.\d+$/.test(r.source_ip!) && ['connected', 'disconnected', 'auth_failed'].includes(r.event!)));
});

test('travel.csv declares trips of travellers only', () => {
  const rows = parse(files.get('hr/travel.csv')!, { columns: true }) as Record<string, string>[];
  const travellers = new Set(truth.confounders.filter((c) => c.type === 'traveller').map((c) => c.subjectId));
  for (const r of rows) {
    assert.ok(travellers.has(r.employee_id!), `${r.employee_id} declared a trip but is no traveller`);
    assert.ok(r.end! >= r.start!, 'end is inclusive and never before start');
  }
});

test('planted signals are visible in the written files, and clean people do not carry them', () => {
  const csv = (name: string) => parse(files.get(`hr/${name}.csv`)!, { columns: true }) as Record<string, string>[];
  const people = new Map(csv('people').map((p) => [p.employee_id!, p]));
  const planted = (signal: string) => new Set(truth.signals.filter((s) => s.signal === signal).map((s) => s.subjectId));
  // O1: shipped somewhere other than the residence.
  const ships = csv('shipments');
  for (const id of planted('O1')) {
    const s = ships.find((x) => x.employee_id === id)!;
    assert.ok(s.ship_to_address !== people.get(id)!.residence_address, `O1 ${id} shipped home`);
  }
  const fraud = new Set(truth.fraudulentEmployees.map((e) => e.employeeId));
  for (const s of ships) if (!fraud.has(s.employee_id!)) assert.equal(s.ship_to_address, people.get(s.employee_id!)!.residence_address);
  // O2: more than one pay destination, or a non-bank method.
  const pay = csv('payroll');
  for (const id of planted('O2')) {
    const rows = pay.filter((r) => r.employee_id === id);
    assert.ok(rows.length > 1 || rows.some((r) => r.method !== 'bank'), `O2 ${id} has one plain bank row`);
  }
  // M3: an Okta sign-in from a VPN, hosting or operator network for every M3 subject.
  const okta = lines('okta/system-log.jsonl');
  const emailOf = (id: string) => people.get(id)!.email!;
  const clean = new Set([4837, 12389, 9009, 136787, 212238, 209854, 208172, 14061, 16276, 24940, 20473]);
  for (const id of planted('M3')) {
    assert.ok(okta.some((r) => (r.actor as { alternateId: string }).alternateId === emailOf(id) && clean.has((r.securityContext as { asNumber: number }).asNumber)), `M3 ${id} not in Okta`);
  }
  // No clean employee ever signs in from the operators' own networks (China Unicom, Rostelecom).
  const fraudEmails = new Set([...fraud].map(emailOf));
  for (const r of okta) {
    const asn = (r.securityContext as { asNumber: number }).asNumber;
    if (asn === 4837 || asn === 12389) assert.ok(fraudEmails.has((r.actor as { alternateId: string }).alternateId));
  }
  // H5: free-mail references where planted.
  const refs = csv('references');
  for (const id of planted('H5')) assert.ok(refs.some((r) => r.candidate_id === id && /@(gmail|outlook|yahoo|hotmail|proton)\./.test(r.referee_email!)));
});
