// Legitimate people whose surface looks like fraud: travellers, night shift, contractors abroad, VPN users, IT with RMM…
import { COUNTRIES, countryProfile, type City } from './catalog/geo.js';
import type { Rng } from './prng.js';
import type { ConfounderType } from './truth.js';
import type { SimPerson } from './types.js';

/** Share of legitimate employees given each confounder (a person may carry two). */
export const CONFOUNDER_RATES: Record<ConfounderType, number> = {
  traveller: 0.04, night_shift: 0.03, contractor_abroad: 0.03, corporate_vpn: 0.08, it_rmm: 0.6,
  bank_change_once: 0.03, overemployed: 0.015, poor_network: 0.03,
};

/** `to` is exclusive; `declared`: entered in the travel system (travel.csv) — not every trip is. */
export interface Trip { from: string; to: string; country: string; city: City; roaming: number; declared: boolean; cityDeclared: boolean }

/** Share of trips entered in the travel system before leaving; the rest show up only in the logs. */
export const DECLARED_TRIP_RATE = 0.7;

export interface ConfounderPlan {
  trips: Trip[];
  /** Share of days on the corporate VPN (everyone has some; corporate_vpn people nearly always). */
  vpnDays: number;
  poorNetwork: boolean;
  overemployed: boolean;
}

export function assignConfounders(rng: Rng, people: SimPerson[], startDay: string, days: number): Map<string, ConfounderPlan> {
  const plans = new Map<string, ConfounderPlan>();
  for (const p of people) {
    const r = rng.fork(`conf-${p.id}`);
    const plan: ConfounderPlan = { trips: [], vpnDays: r.beta(1, 9), poorNetwork: false, overemployed: false };
    plans.set(p.id, plan);
    if (p.fraud) continue;
    const has = (t: ConfounderType): boolean => {
      const rate = CONFOUNDER_RATES[t];
      // IT staff with RMM only exist in IT; contractors abroad are the non-US contractors.
      if (t === 'it_rmm') return p.it && r.bool(rate);
      if (t === 'contractor_abroad') return p.employmentType === 'contractor' && p.country !== 'US';
      if (t === 'night_shift') return r.bool(p.department === 'Customer Support' || p.department === 'Security' ? rate * 5 : rate * 0.3);
      return r.bool(rate);
    };
    for (const t of Object.keys(CONFOUNDER_RATES) as ConfounderType[]) if (has(t)) p.confounders.push(t);
    if (p.confounders.includes('night_shift')) { p.startHour = r.normal(21.5, 0.8); p.dayHours = r.normal(8.5, 0.5); }
    if (p.confounders.includes('corporate_vpn')) plan.vpnDays = r.beta(30, 1.5);
    if (p.confounders.includes('poor_network')) plan.poorNetwork = true;
    if (p.confounders.includes('overemployed')) { plan.overemployed = true; p.dayHours = r.normal(5.5, 1); }
    if (p.confounders.includes('traveller')) {
      let cursor = r.int(0, Math.max(1, Math.floor(days / 4)));
      const n = r.int(1, 3);
      for (let i = 0; i < n && cursor < days - 2; i++) {
        const len = r.int(2, 8);
        const abroad = r.bool(0.75);
        const dest = abroad ? r.pick(COUNTRIES.filter((c) => c.code !== p.country)) : countryProfile(p.country);
        const city = r.pick(dest.cities.filter((c) => c !== p.city));
        const from = addDaysLocal(startDay, cursor);
        // Own stream, so declaring trips never shifts the draws that shape the trips themselves.
        const d = r.fork(`declare-${i}`);
        plan.trips.push({ from, to: addDaysLocal(from, len), country: dest.code, city, roaming: r.beta(2, 3), declared: d.bool(DECLARED_TRIP_RATE), cityDeclared: d.bool(0.8) });
        cursor += len + r.int(3, 15);
      }
    }
  }
  return plans;
}

function addDaysLocal(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
