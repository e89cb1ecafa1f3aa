// Pay destinations and laptop shipments per person — including rerouted pay and laptops sent to farms or forwarders.
import { composeIBAN } from 'ibantools';
import { countryProfile } from './catalog/geo.js';
import { BBAN_FORMATS, DOMESTIC_BANKS, FOREIGN_BANKS, PAYMENT_SERVICES, type Bank } from './catalog/money.js';
import type { Rng } from './prng.js';
import { addDays } from './time.js';
import type { RecordSignal, SimPerson } from './types.js';

export interface PayRow { employee_id: string; effective_date: string; method: string; bank_name: string; bank_country: string; bic: string; account_number: string; account_holder: string; currency: string; wallet_address: string }
export interface ShipRow { asset_id: string; employee_id: string; asset_type: string; serial_number: string; shipped_at: string; ship_to_name: string; ship_to_address: string; ship_to_city: string; ship_to_region: string; ship_to_postal_code: string; ship_to_country: string; managed: string }

function accountNumber(rng: Rng, country: string): string {
  const fmt = BBAN_FORMATS[country];
  if (fmt) {
    const bban = fmt.replace(/[dA]/g, (c) => (c === 'd' ? String(rng.int(0, 9)) : String.fromCharCode(65 + rng.int(0, 25))));
    return composeIBAN({ countryCode: country, bban }) ?? bban;
  }
  return rng.digits(country === 'JP' ? 7 : country === 'CN' ? 19 : 10);
}

const TRON = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const tronAddress = (rng: Rng) => `T${Array.from({ length: 33 }, () => TRON[rng.int(0, TRON.length - 1)]).join('')}`;

export function payrollRows(people: SimPerson[], rng: Rng, startDay: string, record: RecordSignal): PayRow[] {
  const rows: PayRow[] = [];
  const shared = new Map<string, { bank: Bank; account: string; holder: string; users: [SimPerson, number][] }>();
  const row = (p: SimPerson, date: string, bank: Bank, account: string, holder: string, method = 'bank', wallet = ''): PayRow => ({
    employee_id: p.id, effective_date: date, method, bank_name: method === 'crypto' ? '' : bank.name, bank_country: method === 'crypto' ? '' : bank.country,
    bic: method === 'bank' ? bank.bic : '', account_number: method === 'crypto' ? '' : account, account_holder: holder,
    currency: method === 'crypto' ? 'USDT' : countryProfile(p.country).currency, wallet_address: wallet,
  });
  for (const p of people) {
    const r = rng.fork(`pay-${p.id}`);
    const domestic = r.pick(DOMESTIC_BANKS[p.country] ?? DOMESTIC_BANKS.US!);
    const first = p.hireDate;
    const plan = p.fraud;
    if (!plan) {
      const viaService = p.confounders.includes('contractor_abroad') && r.bool(0.5);
      const bank = viaService ? r.pick(PAYMENT_SERVICES) : domestic;
      rows.push(row(p, first, bank, accountNumber(r, p.country), p.fullName, viaService ? 'payment_service' : 'bank'));
      if (p.confounders.includes('bank_change_once')) {
        const other = r.pick((DOMESTIC_BANKS[p.country] ?? DOMESTIC_BANKS.US!).filter((b) => b !== domestic));
        rows.push(row(p, addDays(startDay, r.int(0, 30)), other, accountNumber(r, p.country), p.fullName));
      }
      continue;
    }
    const has = (t: string) => plan.tradecraft.includes(t as never);
    rows.push(row(p, first, domestic, accountNumber(r, p.country), p.fullName));
    let date = first;
    const later = () => (date = addDays(date, r.int(3, 20)));
    if (has('payroll_foreign')) {
      const bank = r.pick(FOREIGN_BANKS);
      const holder = r.bool(0.6) ? `${r.pick(['Li', 'Wang', 'Zhang', 'Liu', 'Chen'])} ${r.pick(['Wei', 'Jun', 'Hao', 'Ming'])}` : p.fullName;
      rows.push(row(p, later(), bank, accountNumber(r, bank.country), holder));
      record('O2', 'employee', p.id, Date.parse(`${date}T00:00:00Z`), 'payroll_foreign');
    }
    if (has('payroll_shared')) {
      const key = plan.farm?.id ?? plan.actor.id;
      let acct = shared.get(key);
      if (!acct) { const bank = r.pick(PAYMENT_SERVICES); acct = { bank, account: r.digits(10), holder: plan.farm?.facilitatorName ?? p.fullName, users: [] }; shared.set(key, acct); }
      rows.push(row(p, later(), acct.bank, acct.account, acct.holder, 'payment_service'));
      record('O2', 'employee', p.id, Date.parse(`${date}T00:00:00Z`), 'payroll_shared');
      acct.users.push([p, Date.parse(`${date}T00:00:00Z`)]);
    }
    if (has('payroll_crypto')) {
      rows.push(row(p, later(), domestic, '', p.fullName, 'crypto', tronAddress(r)));
      record('O2', 'employee', p.id, Date.parse(`${date}T00:00:00Z`), 'payroll_crypto');
    }
    if (has('payroll_churn')) {
      for (let k = r.int(2, 4); k > 0; k--) rows.push(row(p, later(), r.pick(DOMESTIC_BANKS[p.country] ?? DOMESTIC_BANKS.US!), accountNumber(r, p.country), p.fullName));
      record('O2', 'employee', p.id, Date.parse(`${date}T00:00:00Z`), 'payroll_churn');
    }
  }
  // B4 is one account behind several people: it holds only where a second worker of the farm or actor really uses it.
  for (const acct of shared.values()) if (acct.users.length >= 2) for (const [p, t] of acct.users) record('B4', 'employee', p.id, t, 'payroll_shared');
  return rows;
}

export function shipmentRows(people: SimPerson[], rng: Rng, record: RecordSignal): ShipRow[] {
  const rows: ShipRow[] = [];
  let n = 0;
  for (const p of people) {
    const r = rng.fork(`ship-${p.id}`);
    if (!p.laptop.managed) { if (p.fraud) record('O4', 'employee', p.id, Date.parse(`${p.hireDate}T12:00:00Z`), 'byod'); continue; }
    const shipped = Date.parse(`${addDays(p.hireDate, -r.int(2, 9))}T${String(r.int(14, 22)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00Z`);
    let to = { name: p.fullName, address: p.address, city: p.city.name, region: p.city.region, postal: p.postal, country: p.country };
    const farm = p.fraud?.farm;
    const fwd = p.fraud?.forwarder;
    if (farm) {
      to = { name: r.bool(0.7) ? p.fullName : farm.facilitatorName, address: farm.address, city: farm.city.name, region: farm.city.region, postal: farm.postal, country: farm.country };
      record('O1', 'employee', p.id, shipped, 'laptop_farm');
    } else if (fwd) {
      to = { name: p.fullName, address: `${fwd.address}${r.bool(0.5) ? ` Suite ${r.int(100, 999)}` : ''}`, city: fwd.city.name, region: fwd.city.region, postal: fwd.postal, country: p.country };
      record('O1', 'employee', p.id, shipped, 'ship_elsewhere');
    }
    rows.push({
      asset_id: `AST-${String(++n).padStart(6, '0')}`, employee_id: p.id, asset_type: p.laptop.os === 'Windows' ? 'laptop-windows' : 'laptop-macos',
      serial_number: p.laptop.serial, shipped_at: new Date(shipped).toISOString(), ship_to_name: to.name, ship_to_address: to.address,
      ship_to_city: to.city, ship_to_region: to.region, ship_to_postal_code: to.postal, ship_to_country: to.country, managed: 'true',
    });
  }
  return rows;
}
