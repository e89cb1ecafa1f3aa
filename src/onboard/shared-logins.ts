// O5/M2/B3: one account used from several devices and places at once (a team login), accounts mapped to several people, and contractors without named accounts.
import type { Account, Alert, Person } from '../model/index.js';
import type { OnboardConfig } from './config.js';
import { makeAlert } from './make-alert.js';
import type { OnboardEvent } from './types.js';

// Egress shared by design: many places behind one exit is the provider's, not the account's.
const SKIP_PLACE = new Set(['corporate', 'private', 'vpn', 'relay', 'tor', 'hosting']);

interface Hit { t: number; device: string | null; place: string | null; ip: string | null; id: string }

export function checkSharedLogins(events: readonly OnboardEvent[], people: ReadonlyMap<string, Person>, config: OnboardConfig): Alert[] {
  const C = config.sharedLogin;
  const byAccount = new Map<string, { personId: string | null; hits: Hit[] }>();
  for (const e of events) {
    if (e.category !== 'auth.login' || e.outcome !== 'success' || !e.actor) continue;
    const t = Date.parse(e.time);
    if (Number.isNaN(t)) continue;
    const f = e.enrichment?.ip;
    const place = f && !SKIP_PLACE.has(f.networkClass) && f.country ? `${f.country}/${f.city ?? ''}` : null;
    const k = `${e.source}:${e.actor}`;
    const entry = byAccount.get(k) ?? { personId: e.personId ?? null, hits: [] };
    entry.hits.push({ t, device: e.deviceId ?? null, place, ip: e.ip ?? null, id: e.id });
    byAccount.set(k, entry);
  }
  const alerts: Alert[] = [];
  const win = C.windowMinutes * 60_000;
  for (const [account, { personId, hits }] of byAccount) {
    hits.sort((a, b) => a.t - b.t);
    let best: { devices: number; places: number; ips: number; start: number; ids: string[]; placeList: string[] } | null = null;
    for (let i = 0, j = 0; j < hits.length; j++) {
      while (hits[j]!.t - hits[i]!.t > win) i++;
      const w = hits.slice(i, j + 1);
      const devices = new Set(w.map((h) => h.device).filter(Boolean)).size;
      const placeList = [...new Set(w.map((h) => h.place).filter((p): p is string => !!p))];
      const ips = new Set(w.map((h) => h.ip).filter(Boolean)).size;
      const team = devices >= C.minDevices && placeList.length >= C.minPlaces;
      if ((team || ips >= C.minIps) && (!best || devices + ips > best.devices + best.ips)) {
        best = { devices, places: placeList.length, ips, start: hits[i]!.t, ids: w.map((h) => h.id).slice(0, 20), placeList };
      }
    }
    if (!best) continue;
    const person = personId ? people.get(personId) : undefined;
    const team = best.devices >= C.minDevices && best.places >= C.minPlaces;
    alerts.push(makeAlert({
      ruleId: team ? 'onboard.shared_login' : 'onboard.many_ips_one_account', dedupKey: `${account}|${best.start}`,
      subjectKind: person ? 'employee' : 'account', subjectId: person?.employeeId ?? account, time: new Date(best.start).toISOString(),
      severity: team && person && person.employmentType !== 'employee' ? 'high' : 'medium', pillar: 'behaviour',
      signals: team ? ['O5', 'B3', 'M2'] : ['M2'], attack: ['T1078'],
      en: `Account ${account} signed in from ${best.devices} device(s), ${best.places} place(s) and ${best.ips} IP(s) within ${C.windowMinutes} minutes${team ? ': a shared or team login, not a named account' : ''}.`,
      ja: `アカウント ${account} が ${C.windowMinutes} 分以内に ${best.devices} 台の端末、${best.places} か所、${best.ips} 個の IP からサインインしました${team ? '(共有・チームログインの疑い)' : ''}。`,
      eventIds: best.ids,
      facts: { account, devices: best.devices, places: best.placeList, ips: best.ips, windowMinutes: C.windowMinutes, employmentType: person?.employmentType ?? null },
    }));
  }
  return alerts;
}

/** accounts.csv listing one login for several people is a shared login by declaration. */
export function checkSharedAccountMappings(accounts: readonly Account[]): Alert[] {
  const by = new Map<string, Set<string>>();
  for (const a of accounts) {
    const k = `${a.system}:${a.account}`;
    by.set(k, (by.get(k) ?? new Set()).add(a.employeeId));
  }
  const alerts: Alert[] = [];
  for (const [k, ids] of by) {
    if (ids.size < 2) continue;
    const members = [...ids].sort();
    for (const who of members) {
      alerts.push(makeAlert({
        ruleId: 'onboard.account_mapped_to_many', dedupKey: k, subjectId: who, time: null, severity: 'medium', pillar: 'identity',
        signals: ['O5'], en: `Login ${k} is registered for ${members.length} people (${members.join(', ')}): not a named account.`,
        ja: `ログイン ${k} が ${members.length} 人(${members.join('、')})に登録されています。個人専用アカウントではありません。`,
        facts: { account: k, members },
      }));
    }
  }
  return alerts;
}

/** Contractors and vendor staff with no named account anywhere: their access goes through someone else's. */
export function checkMissingNamedAccounts(people: ReadonlyMap<string, Person>, accounts: readonly Account[], events: readonly OnboardEvent[]): Alert[] {
  // Without any account list or logs there is nothing to judge absence by.
  if (accounts.length === 0 && events.length === 0) return [];
  const named = new Set(accounts.map((a) => a.employeeId));
  for (const e of events) if (e.personId) named.add(e.personId);
  const alerts: Alert[] = [];
  for (const p of people.values()) {
    if (p.employmentType === 'employee' || named.has(p.employeeId) || p.terminationDate) continue;
    alerts.push(makeAlert({
      ruleId: 'onboard.missing_named_account', dedupKey: p.employeeId, subjectId: p.employeeId, time: p.hireDate,
      severity: 'low', pillar: 'identity', signals: ['O5'],
      en: `${p.employmentType} ${p.employeeId} has no named account in accounts.csv and no sign-in of their own: access may be through a shared login.`,
      ja: `${p.employmentType === 'contractor' ? '業務委託者' : 'ベンダー要員'} ${p.employeeId} には個人名義のアカウントもサインイン記録もありません(共有ログイン経由の可能性)。`,
      facts: { employmentType: p.employmentType },
    }));
  }
  return alerts;
}
