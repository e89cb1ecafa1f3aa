// Work sessions of a fraudulent hire: the operator's clock, laptop-farm or VPN egress, slips from the operator's own network.
import { countryProfile, HOSTING, OPERATOR_NETWORKS, VPN_PROVIDERS } from './catalog/geo.js';
import type { NetInfo } from './networks.js';
import type { Rng } from './prng.js';
import { addDays, HOUR_MS, localParts, publicHolidays, zonedToUtc } from './time.js';
import type { TimelineCtx } from './timeline.js';
import type { RecordSignal, Session, SimPerson } from './types.js';

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const x = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(x));
}

export function fraudSessions(p: SimPerson, rng: Rng, ctx: TimelineCtx, record: RecordSignal): Session[] {
  const plan = p.fraud;
  if (!plan) return [];
  const has = (t: string) => plan.tradecraft.includes(t as never);
  const out: Session[] = [];
  const holidays = publicHolidays(p.country, [Number(ctx.startDay.slice(0, 4)), Number(addDays(ctx.startDay, ctx.days).slice(0, 4))]);
  const claimed = { lat: p.city.lat, lon: p.city.lon, country: p.country };
  const mfa: Session['mfa'] = rng.weighted([['totp', 60], ['sms', 25], ['push', 15]] as const);
  const keyBase = rng.logNormal(Math.log(95), 0.15);
  let vpnExit: NetInfo | null = null;
  let proxy = ctx.pools.pick(rng, rng.pick(countryProfile(p.country).residential), 'residential', undefined, 1);
  const exitNet = (): NetInfo => {
    if (!vpnExit || rng.bool(0.6)) {
      const hosting = rng.bool(0.3);
      vpnExit = ctx.pools.pick(rng, rng.pick(hosting ? HOSTING : VPN_PROVIDERS), hosting ? 'hosting' : 'vpn', claimed, rng.int(1, 10));
    }
    return vpnExit;
  };
  let seq = 0;
  for (let d = -1; d <= ctx.days; d++) {
    const date = addDays(ctx.startDay, d);
    if (date < p.hireDate) continue;
    const odd = has('odd_hours') && rng.bool(plan.oddShare);
    const tz = odd ? plan.actor.operatorTz : p.tz;
    const weekday = localParts(zonedToUtc(date, 12, tz), tz).weekday;
    if (weekday === 0 || weekday === 6 ? !rng.bool(0.12) : holidays.has(date) && !rng.bool(0.7)) continue;
    if (rng.bool(0.04)) continue;
    const startH = rng.normal(odd ? 9.5 : 9.2, odd ? 1 : 1.3);
    const len = rng.normal(8.2, 1.1);
    const blocks: [number, number][] = [[startH, len]];
    if (has('shift_work') && rng.bool(0.8)) blocks.push([startH + len + rng.float(0, 2), rng.float(6, 9)]);
    if (!has('vpn_logins') && !plan.farm && rng.bool(0.15)) proxy = ctx.pools.pick(rng, rng.pick(countryProfile(p.country).residential), 'residential', undefined, 1);
    for (const [h, l] of blocks) {
      const byod = has('byod');
      let net: NetInfo;
      let device: Session['device'] = byod ? 'unmanaged' : 'laptop';
      if (plan.farm && !byod) {
        net = plan.farm.net;
        if (has('vpn_logins') && rng.bool(plan.vpnShare * 0.5)) { net = exitNet(); device = 'unmanaged'; }
      } else if (has('vpn_logins') && rng.bool(plan.vpnShare)) {
        net = exitNet();
      } else net = proxy;
      const start = zonedToUtc(date, h, tz);
      let key = keyBase * rng.logNormal(0, 0.08);
      let rtt = rng.logNormal(Math.log(35), 0.35);
      if (has('keystroke_latency') && device === 'laptop') {
        key += plan.latencyExtraMs * rng.logNormal(0, 0.2);
        rtt = rng.logNormal(Math.log(230), 0.3);
      }
      out.push({ id: `${p.id}-s${seq++}`, personId: p.id, start, end: start + Math.max(1, l) * HOUR_MS, net, device, mfa, keystrokeMs: key, rttMs: rtt });
    }
  }
  // Operator slips: a few sessions straight from the operator's own network.
  const inWindow = out.filter((s) => s.start >= ctx.start && s.start < ctx.end);
  if (has('operator_slip') && inWindow.length > 0) {
    for (let i = 0; i < plan.slipCount; i++) {
      const victim = rng.pick(inWindow);
      const op = rng.weighted([[OPERATOR_NETWORKS[0]!, 0.7], [OPERATOR_NETWORKS[1]!, 0.3]] as const);
      victim.net = { ...ctx.pools.pick(rng, op.isp, 'operator'), kind: 'operator' };
      victim.device = 'unmanaged';
    }
  }
  inWindow.sort((a, b) => a.start - b.start);
  // Impossible travel is about where the person is: a VPN or hosting exit places its provider, not them, so hops are
  // measured between the sessions that do place them (any impossible-travel check must skip egress the same way).
  const placesPerson = (s: Session) => s.net.kind !== 'vpn' && s.net.kind !== 'hosting' && s.net.kind !== 'corporate';
  let prev: Session | undefined;
  for (const s of inWindow) {
    const far = s.net.country !== p.country || km(s.net, claimed) > 500;
    const why = s.net.kind === 'operator' ? 'operator_slip' : s.net === plan.farm?.net ? 'laptop_farm' : s.net.kind === 'vpn' || s.net.kind === 'hosting' ? 'vpn_logins' : 'residential_proxy';
    if (far) record('M1', 'employee', p.id, s.start, why);
    if (s.net.kind === 'vpn' || s.net.kind === 'hosting' || s.net.kind === 'operator') record('M3', 'employee', p.id, s.start, why);
    if (s.net === plan.farm?.net) record('B3', 'employee', p.id, s.start, 'laptop_farm');
    const localH = localParts(s.start, p.tz).h;
    if (localH >= 22 || localH < 6) record('M5', 'employee', p.id, s.start, has('odd_hours') ? 'odd_hours' : has('shift_work') ? 'shift_work' : 'schedule');
    if (has('keystroke_latency') && s.device === 'laptop') record('M7', 'employee', p.id, s.start, 'keystroke_latency');
    // Impossible travel: consecutive sessions farther apart than a 900 km/h flight allows.
    if (!placesPerson(s)) continue;
    if (prev && km(prev.net, s.net) > 900 * Math.max(0.25, (s.start - prev.start) / HOUR_MS) && km(prev.net, s.net) > 1500) record('M4', 'employee', p.id, s.start, why);
    prev = s;
  }
  // No B3 for shift_work: the writers put a session's events at its start, so a second shift shows only as a second
  // sign-in 8–12 h after the first — what an evening check from home or an over-employed worker's second block writes too.
  // Labelling rule (not a generation rule): M2 where one account used three or more public IPs within 24 hours.
  for (let i = 0; i < inWindow.length; i++) {
    const ips = new Set<string>();
    for (let j = i; j < inWindow.length && inWindow[j]!.start - inWindow[i]!.start < 24 * HOUR_MS; j++) ips.add(inWindow[j]!.net.ip);
    if (ips.size >= 3) record('M2', 'employee', p.id, inWindow[i]!.start, has('vpn_logins') ? 'vpn_logins' : has('operator_slip') ? 'operator_slip' : 'residential_proxy');
  }
  return inWindow;
}
