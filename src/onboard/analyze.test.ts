import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeOnboarding } from './analyze.js';
import type { OnboardEvent } from './types.js';
import { pay, person, shipment, workdays } from './test-builders.js';

const FARM_IP = '73.45.12.9';
const CORP_IP = '198.51.100.10';
const VPN_IP = '185.220.101.7';

// Stolen identities: each worker "lives" elsewhere, but every laptop goes to the facilitator's house.
const farm = [
  person({ employee_id: 'W1', full_name: 'Daniel Kim', hire_date: '2025-02-03', residence_city: 'Austin', residence_region: 'TX', residence_postal_code: '78704', residence_address: '2101 S Lamar Blvd' }),
  person({ employee_id: 'W2', full_name: 'Priya Patel', hire_date: '2025-02-17', residence_city: 'Seattle', residence_region: 'WA', residence_postal_code: '98103', residence_address: '4410 Fremont Ave N' }),
  person({ employee_id: 'W3', full_name: 'Carlos Ruiz', hire_date: '2025-03-10', residence_city: 'Denver', residence_region: 'CO', residence_postal_code: '80205', residence_address: '2900 Welton St' }),
];
const farmShipments = [
  shipment({ asset_id: 'LT-1001', employee_id: 'W1', serial_number: 'C02FX1AAQ6L4', shipped_at: '2025-01-30T16:00:00Z', ship_to_name: 'Daniel Kim', ship_to_address: '12 Elm Street', ship_to_city: 'Springfield', ship_to_region: 'IL', ship_to_postal_code: '62704', ship_to_country: 'US' }),
  shipment({ asset_id: 'LT-1002', employee_id: 'W2', serial_number: 'C02FX1AAQ6L5', shipped_at: '2025-02-13T16:00:00Z', ship_to_name: 'Priya Patel', ship_to_address: '12 ELM ST.', ship_to_city: 'springfield', ship_to_region: 'Illinois', ship_to_postal_code: '62704-3310', ship_to_country: 'US' }),
  shipment({ asset_id: 'LT-1003', employee_id: 'W3', serial_number: 'C02FX1AAQ6L6', shipped_at: '2025-03-06T16:00:00Z', ship_to_name: 'C. Ruiz', ship_to_address: '12 Elm St, Springfield, IL 62704', ship_to_country: 'US' }),
];
// A couple with different surnames who declared one household: same home, same Wi-Fi, separate normal logins.
const couple = [
  person({ employee_id: 'H1', full_name: 'Emily Johnson', hire_date: '2024-06-03', residence_city: 'Portland', residence_region: 'OR', residence_postal_code: '97205', residence_address: '48 Maple Avenue' }),
  person({ employee_id: 'H2', full_name: 'David Okafor', hire_date: '2025-01-13', residence_city: 'Portland', residence_region: 'OR', residence_postal_code: '97205', residence_address: '48 Maple Ave.' }),
];
const coupleShipments = [
  shipment({ asset_id: 'LT-2001', employee_id: 'H1', shipped_at: '2024-05-29T16:00:00Z', ship_to_name: 'Emily Johnson', ship_to_address: '48 Maple Ave', ship_to_city: 'Portland', ship_to_region: 'OR', ship_to_postal_code: '97205', ship_to_country: 'US' }),
  shipment({ asset_id: 'LT-2002', employee_id: 'H2', shipped_at: '2025-01-09T16:00:00Z', ship_to_name: 'David Okafor', ship_to_address: '48 Maple Avenue', ship_to_city: 'Portland', ship_to_region: 'OR', ship_to_postal_code: '97205', ship_to_country: 'US' }),
];
// Neighbours in two flats of one building who share the Wi-Fi, nothing else.
const roommates = [
  person({ employee_id: 'R1', full_name: 'Hannah Lee', residence_city: 'Chicago', residence_region: 'IL', residence_postal_code: '60614', residence_address: '200 W Webster Ave Apt 1' }),
  person({ employee_id: 'R2', full_name: 'Marcus Green', residence_city: 'Chicago', residence_region: 'IL', residence_postal_code: '60614', residence_address: '200 W Webster Ave Apt 2' }),
];
const payees = [
  person({ employee_id: 'P1', full_name: 'Olivia Martin', residence_city: 'Boston', residence_region: 'MA', residence_postal_code: '02116' }),
  person({ employee_id: 'P2', full_name: 'Ethan Walker', residence_city: 'Miami', residence_region: 'FL', residence_postal_code: '33130' }),
];
const people = [...farm, ...couple, ...roommates, ...payees];

const logins = (id: string, ip: string, net: 'residential' | 'corporate' | 'vpn', ipMore = {}): OnboardEvent[] =>
  workdays({ personId: id, ip, net, ipMore, deviceId: `dev-${id}`, start: '2025-03-17', days: 21 });

const events: OnboardEvent[] = [
  ...farm.flatMap((p) => logins(p.employeeId, FARM_IP, 'residential')),
  ...couple.flatMap((p) => logins(p.employeeId, '71.59.200.14', 'residential', { city: 'Portland', region: 'OR' })),
  ...roommates.flatMap((p) => logins(p.employeeId, '98.213.40.2', 'residential', { city: 'Chicago' })),
  // Everyone also goes through the corporate egress and the corporate VPN.
  ...people.flatMap((p) => logins(p.employeeId, CORP_IP, 'corporate', { asOrg: 'Example Corp' })),
  ...people.flatMap((p) => logins(p.employeeId, VPN_IP, 'vpn', { asOrg: 'Zscaler' })),
];
const payroll = [
  pay({ employee_id: 'P1', bank_name: 'JPMorgan Chase', bank_country: 'US', bic: 'CHASUS33', account_number: '000123456789', account_holder: 'Olivia Martin' }),
  pay({ employee_id: 'P2', bank_name: 'JPMorgan Chase', bank_country: 'US', bic: 'CHASUS33', account_number: '0001 2345 6789', account_holder: 'Olivia Martin' }),
  pay({ employee_id: 'H1', bank_name: 'US Bank', bank_country: 'US', bic: 'USBKUS44', account_number: '153910000042', account_holder: 'Emily Johnson' }),
  pay({ employee_id: 'H2', bank_name: 'US Bank', bank_country: 'US', bic: 'USBKUS44', account_number: '153910000042', account_holder: 'David Okafor' }),
];
const households = [{ id: 'hh-maple', members: ['H1', 'H2'] }];

const result = analyzeOnboarding({ people, shipments: [...farmShipments, ...coupleShipments], payroll, events, households });
const inCluster = (id: string) => result.clusters.filter((c) => c.members.includes(id));
const edgesBetween = (a: string, b: string) => result.edges.filter((e) => (e.a === a && e.b === b) || (e.a === b && e.b === a));

test('a farm of three workers sharing a ship-to address and a residential IP is one cluster with all three', () => {
  const farmClusters = inCluster('W1');
  assert.equal(farmClusters.length, 1);
  const c = farmClusters[0]!;
  assert.deepEqual(c.members, ['W1', 'W2', 'W3']);
  assert.equal(c.kind, 'laptop_farm');
  assert.deepEqual([...new Set(c.edges.map((e) => e.kind))].sort(), ['address', 'ip']);
  assert.match(c.explanation.en, /3 laptop\(s\) for 3 unrelated people shipped to 12 Elm Street/);
  assert.match(c.explanation.en, /3 of them sign in from the same residential IP 73\.45\.12\.9 \(Comcast[^)]*\) on weekdays, at the same time/);
  assert.match(c.explanation.ja, /ノートPC 3 台/);
  assert.equal(c.location?.postalCode, '62704');
  assert.equal(c.location?.lat, 39.78);
  assert.ok(c.id.startsWith('cl_'));
  // Stable id: the same members give the same id on a re-run.
  assert.equal(analyzeOnboarding({ people, shipments: farmShipments, events }).clusters.find((x) => x.members.includes('W1'))?.id, c.id);
  // Each member gets a cluster alert and an O1 ship-to alert (the laptop did not go to the stated residence).
  for (const w of ['W1', 'W2', 'W3']) {
    assert.ok(result.alerts.some((a) => a.ruleId === 'onboard.cluster_member' && a.subjectId === w && a.severity === 'high'));
    assert.ok(result.alerts.some((a) => a.ruleId === 'onboard.ship_to_not_residence' && a.subjectId === w && a.signals.includes('O1')));
    assert.ok(result.alerts.some((a) => a.ruleId === 'onboard.many_people_one_ip' && a.subjectId === w));
  }
  assert.ok(result.alerts.some((a) => a.ruleId === 'onboard.cluster' && a.subjectKind === 'cluster' && a.subjectId === c.id));
});

test('a couple with one declared household and separate normal logins: no edge, no cluster, no alert about each other', () => {
  assert.deepEqual(inCluster('H1'), []);
  assert.deepEqual(inCluster('H2'), []);
  assert.deepEqual(edgesBetween('H1', 'H2'), []);
  assert.ok(!result.alerts.some((a) => ['H1', 'H2'].includes(a.subjectId) && /shared|cluster|many_people/.test(a.ruleId)));
  // Without the declaration the same facts do link them: the household input is what clears them.
  const undeclared = analyzeOnboarding({ people: couple, shipments: coupleShipments, events: events.filter((e) => e.personId?.startsWith('H')) });
  assert.deepEqual(undeclared.clusters.map((c) => c.members), [['H1', 'H2']]);
});

test('roommates sharing Wi-Fi only: a weak ip edge, never a cluster', () => {
  const e = edgesBetween('R1', 'R2');
  assert.deepEqual(e.map((x) => x.kind), ['ip']);
  assert.ok(e[0]!.strength < 1);
  assert.deepEqual(inCluster('R1'), []);
  assert.deepEqual(inCluster('R2'), []);
});

test('a bank account shared by two employees is an edge (and a shared-payment cluster)', () => {
  const e = edgesBetween('P1', 'P2');
  assert.deepEqual(e.map((x) => x.kind), ['bank']);
  assert.equal(e[0]!.strength, 1);
  assert.ok(!e[0]!.detail.includes('000123456789'), 'account number is masked');
  const c = inCluster('P1');
  assert.equal(c.length, 1);
  assert.equal(c[0]!.kind, 'shared_payment');
  assert.match(c[0]!.explanation.en, /pay for 2 goes to one account/);
  assert.ok(result.alerts.some((a) => a.ruleId === 'onboard.shared_pay_destination' && a.subjectId === 'P2' && a.signals.includes('B4')));
  assert.ok(result.alerts.some((a) => a.ruleId === 'onboard.pay_holder_mismatch' && a.subjectId === 'P2'));
});

test('a corporate egress and a VPN shared by everyone make no edge', () => {
  assert.ok(!result.edges.some((e) => e.facts.ip === CORP_IP || e.facts.ip === VPN_IP));
  // Only the three residential IPs (farm, roommates; the couple is declared) appear at all.
  assert.deepEqual([...new Set(result.edges.filter((e) => e.kind === 'ip').map((e) => e.facts.ip))].sort(), [FARM_IP, '98.213.40.2']);
  assert.equal(result.clusters.length, 2);
});
