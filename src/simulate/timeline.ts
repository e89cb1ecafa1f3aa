// Each person's work sessions over the window: own-zone hours, weekends, holidays, time off, travel, VPN, mobile.
import { countryProfile, CORPORATE_EGRESS_ASN } from './catalog/geo.js';
import type { ConfounderPlan } from './confounders.js';
import type { NetInfo, NetworkPools } from './networks.js';
import type { Rng } from './prng.js';
import { addDays, HOUR_MS, localParts, publicHolidays, zonedToUtc } from './time.js';
import type { Session, SimPerson } from './types.js';

export interface TimelineCtx {
  pools: NetworkPools;
  start: number;
  end: number;
  startDay: string;
  days: number;
  egress: Record<'americas' | 'emea' | 'apac', NetInfo[]>;
}

const REGION: Record<string, 'americas' | 'emea' | 'apac'> = { US: 'americas', CA: 'americas', BR: 'americas', GB: 'emea', DE: 'emea', PL: 'emea', JP: 'apac', IN: 'apac' };

export function corporateEgress(rng: Rng, pools: NetworkPools): TimelineCtx['egress'] {
  const at = (lat: number, lon: number, country: string) =>
    [0, 1].map(() => ({ ...pools.pick(rng, CORPORATE_EGRESS_ASN, 'corporate', { lat, lon, country }, 80), kind: 'corporate' as const }));
  return { americas: at(39.04, -77.49, 'US'), emea: at(50.11, 8.68, 'DE'), apac: at(35.68, 139.69, 'JP') };
}

export function egressFor(ctx: TimelineCtx, country: string, rng: Rng): NetInfo {
  return rng.pick(ctx.egress[REGION[country] ?? 'americas']);
}

export function mobileNet(rng: Rng, pools: NetworkPools, country: string, near?: { lat: number; lon: number }): NetInfo {
  const profile = countryProfile(country);
  return pools.pick(rng, rng.pick(profile.mobile), 'mobile', near ? { ...near, country } : undefined, near ? 6 : 1);
}

const mfaOf = (r: Rng): Session['mfa'] => r.weighted([['push', 70], ['webauthn', 15], ['totp', 10], ['sms', 5]] as const);

/** Sessions of a legitimate person; per-person randomness comes from `rng` so people are independent. */
export function legitSessions(p: SimPerson, plan: ConfounderPlan, rng: Rng, ctx: TimelineCtx): Session[] {
  const out: Session[] = [];
  const years = [...new Set([ctx.startDay.slice(0, 4), addDays(ctx.startDay, ctx.days).slice(0, 4)].map(Number))];
  const holidays = publicHolidays(p.country, years);
  const pto = new Set<string>();
  for (let b = rng.poisson(0.7); b > 0; b--) {
    const first = rng.int(-3, ctx.days);
    for (let k = 0, len = rng.int(1, 5); k < len; k++) pto.add(addDays(ctx.startDay, first + k));
  }
  const mfa = mfaOf(rng);
  const keyBase = rng.logNormal(Math.log(plan.poorNetwork ? 125 : 92), 0.15);
  let home = p.home;
  const dhcpDay = rng.bool(0.35) ? addDays(ctx.startDay, rng.int(0, ctx.days)) : null;
  const cafe = rng.bool(0.3) ? ctx.pools.pick(rng, rng.pick(countryProfile(p.country).residential), 'residential', { ...p.city, country: p.country }, 6) : null;
  let seq = 0;
  for (let d = -1; d <= ctx.days; d++) {
    const date = addDays(ctx.startDay, d);
    if (date < p.hireDate) continue;
    if (dhcpDay && date === dhcpDay) home = ctx.pools.pick(rng, { asn: p.home.asn, name: p.home.isp, domain: p.home.domain }, 'residential', { ...p.city, country: p.country }, 10);
    const trip = plan.trips.find((t) => date >= t.from && date < t.to);
    const tz = trip ? trip.city.tz : p.tz;
    const weekday = localParts(zonedToUtc(date, 12, tz), tz).weekday;
    const off = weekday === 0 || weekday === 6 || holidays.has(date) || pto.has(date);
    if (off && !rng.bool(trip ? 0.05 : 0.04)) continue;
    const startH = p.startHour + rng.normal(0, 0.45);
    const length = off ? rng.float(0.5, 2.5) : p.dayHours + rng.normal(0, 0.6);
    // Overemployed staff split the day around their other job.
    const blocks: [number, number][] = plan.overemployed && !off
      ? [[startH - 1.5, length * 0.45], [startH + length * 0.45 + rng.float(3, 6), length * 0.55]]
      : rng.bool(0.3) && !off ? [[startH, length * 0.45], [startH + length * 0.45 + rng.float(0.5, 1.2), length * 0.55]] : [[startH, length]];
    const onVpn = !trip && rng.bool(plan.vpnDays);
    for (const [h, len] of blocks) {
      let net: NetInfo;
      let vpnFrom: NetInfo | undefined;
      let rtt = rng.logNormal(Math.log(28), 0.35);
      if (trip) {
        const roaming = rng.bool(trip.roaming);
        // Roaming mobile data exits in the home country; hotel Wi-Fi is local to the trip.
        net = roaming ? mobileNet(rng, ctx.pools, p.country) : ctx.pools.pick(rng, rng.pick(countryProfile(trip.country).residential), 'residential', { ...trip.city, country: trip.country }, 6);
        rtt = rng.logNormal(Math.log(roaming ? 180 : 90), 0.3);
      } else if (plan.poorNetwork) {
        net = rng.bool(0.6) ? mobileNet(rng, ctx.pools, p.country, p.city) : home;
        rtt = rng.logNormal(Math.log(260), 0.45);
      } else {
        net = cafe && rng.bool(0.06) ? cafe : home;
      }
      if (onVpn) { vpnFrom = net; net = egressFor(ctx, p.country, rng); rtt += rng.float(8, 30); }
      const start = zonedToUtc(date, h, tz);
      out.push({
        id: `${p.id}-s${seq++}`, personId: p.id, start, end: start + Math.max(0.3, len) * HOUR_MS, net, vpnFrom,
        device: 'laptop', mfa, keystrokeMs: keyBase * rng.logNormal(0, 0.08), rttMs: rtt,
      });
    }
    if (rng.bool(off ? 0.15 : 0.3)) {
      const start = zonedToUtc(date, rng.float(7, 22), tz);
      const net = trip ? mobileNet(rng, ctx.pools, p.country) : rng.bool(0.6) ? mobileNet(rng, ctx.pools, p.country, p.city) : home;
      out.push({ id: `${p.id}-s${seq++}`, personId: p.id, start, end: start + rng.float(2, 20) * 60_000, net, device: 'phone', mfa, keystrokeMs: 0, rttMs: 0 });
    }
  }
  return out.filter((s) => s.start >= ctx.start && s.start < ctx.end);
}
