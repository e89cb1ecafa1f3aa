// Onboarding analysis speed: a synthetic organisation with farms, shared Wi-Fi and corporate egress; prints timings.
import { analyzeOnboarding } from '../src/onboard/index.js';
import type { OnboardEvent } from '../src/onboard/index.js';
import { pay, person, shipment, workdays } from '../src/onboard/test-builders.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 2000);
const DAYS = Number(process.env.BENCH_DAYS ?? 30);
const people = [];
const shipments = [];
const payroll = [];
const events: OnboardEvent[] = [];
for (let i = 0; i < PEOPLE; i++) {
  const id = `E${i}`;
  const farm = i % 100 < 3; // 3 in every 100 sit in a farm of three
  const zip = String(10000 + i).padStart(5, '0');
  people.push(person({ employee_id: id, full_name: `Given${i} Family${i}`, residence_city: `City${i}`, residence_postal_code: zip, residence_address: `${i} Main Street` }));
  shipments.push(shipment({ asset_id: `LT-${i}`, employee_id: id, ship_to_name: `Given${i} Family${i}`, ship_to_address: farm ? `${Math.floor(i / 100)} Elm St` : `${i} Main St`, ship_to_postal_code: farm ? '62704' : zip, ship_to_country: 'US' }));
  payroll.push(pay({ employee_id: id, bic: 'CHASUS33', account_number: String(100000000 + i) }));
  const home = farm ? `73.45.${Math.floor(i / 100)}.9` : `24.${(i >> 8) & 255}.${i & 255}.7`;
  events.push(...workdays({ personId: id, ip: home, deviceId: `dev-${id}`, start: '2025-03-03', days: DAYS }));
  events.push(...workdays({ personId: id, ip: '198.51.100.10', net: 'corporate', deviceId: `dev-${id}`, start: '2025-03-03', days: DAYS, hours: [16] }));
}
const t0 = performance.now();
const r = analyzeOnboarding({ people, shipments, payroll, events });
const ms = performance.now() - t0;
console.log(`onboard: ${PEOPLE} people, ${events.length} events → ${r.clusters.length} clusters, ${r.alerts.length} alerts, ${r.edges.length} edges in ${ms.toFixed(0)} ms (${Math.round(events.length / (ms / 1000))} events/s)`);
