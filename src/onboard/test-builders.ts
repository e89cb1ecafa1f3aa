// Fixture builders for onboarding tests: canonical CSV rows parsed through the real schemas, and enriched events.
import {
  AccountsCsv, EventSchema, PayrollCsv, PeopleCsv, ShipmentsCsv,
  type Account, type IpFacts, type NetworkClass, type Person, type PayrollRecord, type Shipment,
} from '../model/index.js';
import type { OnboardEvent } from './types.js';

type Row = Record<string, string>;

export function person(row: Row): Person {
  return PeopleCsv.schema.parse({
    email: `${(row.employee_id ?? 'x').toLowerCase()}@example.com`, employment_type: 'employee', hire_date: '2025-03-03',
    residence_country: 'US', ...row,
  });
}

export function shipment(row: Row): Shipment {
  return ShipmentsCsv.schema.parse({ asset_type: 'laptop', shipped_at: '2025-03-01T15:00:00Z', managed: 'true', ...row });
}

export function pay(row: Row): PayrollRecord {
  return PayrollCsv.schema.parse({ effective_date: '2025-03-03', method: 'bank', currency: 'USD', ...row });
}

export function account(employeeId: string, system: string, login: string): Account {
  return AccountsCsv.schema.parse({ employee_id: employeeId, system, account: login });
}

export function ipFacts(ip: string, networkClass: NetworkClass, more: Partial<IpFacts> = {}): IpFacts {
  return {
    ip, version: 4, country: 'US', region: 'IL', city: 'Springfield', lat: 39.78, lon: -89.65, timeZone: 'America/Chicago',
    asn: 7922, asOrg: 'Comcast Cable Communications, LLC', networkClass, classSource: 'test', provider: null, ...more,
  };
}

let seq = 0;
export interface EventOpts {
  personId: string;
  time: string;
  ip?: string;
  net?: NetworkClass;
  ipMore?: Partial<IpFacts>;
  deviceId?: string;
  deviceName?: string;
  actor?: string;
  category?: OnboardEvent['category'];
  target?: string;
  attrs?: Record<string, unknown>;
  source?: OnboardEvent['source'];
}

export function event(o: EventOpts): OnboardEvent {
  seq++;
  const e = EventSchema.parse({
    id: `ev${seq}`, time: o.time, source: o.source ?? 'okta', sourceEventId: `src${seq}`, type: 'user.session.start',
    category: o.category ?? 'auth.login', outcome: 'success', actor: o.actor ?? `${o.personId.toLowerCase()}@example.com`,
    ip: o.ip ?? null, deviceId: o.deviceId ?? null, deviceName: o.deviceName ?? null, target: o.target ?? null,
    attrs: o.attrs ?? {}, raw: {},
  });
  return { ...e, personId: o.personId, enrichment: o.ip ? { ip: ipFacts(o.ip, o.net ?? 'residential', o.ipMore) } : {} };
}

/** Weekday working-hour sign-ins for one person over `days` days from `start` (UTC), one per hour. */
export function workdays(o: Omit<EventOpts, 'time'> & { start: string; days: number; hours?: number[] }): OnboardEvent[] {
  const out: OnboardEvent[] = [];
  const t0 = Date.parse(`${o.start}T00:00:00Z`);
  for (let d = 0; d < o.days; d++) {
    const day = new Date(t0 + d * 86_400_000);
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    for (const h of o.hours ?? [14, 17, 20]) out.push(event({ ...o, time: new Date(day.getTime() + h * 3_600_000).toISOString() }));
  }
  return out;
}
