// Okta System Log: LogEvent objects (one per line) for sign-ins, MFA, SSO to apps and admin actions.
import type { NetInfo } from '../networks.js';
import type { Rng } from '../prng.js';
import type { Act, Session, SimPerson, World } from '../types.js';
import { byTime, countryName, iso, linesToBytes, peopleById, uaParts } from './common.js';

const APPS = [
  { id: '0oa1ms365', name: 'Microsoft Office 365' }, { id: '0oa1github', name: 'GitHub Enterprise Cloud - Organization' },
  { id: '0oa1slack', name: 'Slack' }, { id: '0oa1gws', name: 'Google Workspace' }, { id: '0oa1jira', name: 'Atlassian Cloud' },
];
const FACTOR: Record<Session['mfa'], { provider: string; type: string; factor: string }> = {
  push: { provider: 'OKTA_CREDENTIAL_PROVIDER', type: 'ASSERTION', factor: 'OKTA_VERIFY_PUSH' },
  totp: { provider: 'GOOGLE_CREDENTIAL_PROVIDER', type: 'OTP', factor: 'GOOGLE_AUTHENTICATOR' },
  sms: { provider: 'OKTA_CREDENTIAL_PROVIDER', type: 'SMS', factor: 'SMS_FACTOR' },
  webauthn: { provider: 'FIDO', type: 'ASSERTION', factor: 'FIDO_WEBAUTHN' },
};

function geo(n: NetInfo) {
  return { city: n.city || null, state: n.region || null, country: countryName(n.country) || null, postalCode: null, geolocation: { lat: n.lat, lon: n.lon } };
}

export function oktaWriter(world: World, rng: Rng): Buffer {
  const people = peopleById(world);
  const byEmail = new Map(world.people.map((p) => [p.email, p]));
  // Records are serialised as soon as they are made: a month of a 500-person org is ~100k events.
  const out: { t: number; k: string; r: string }[] = [];
  // Okta's behaviour flags compare with the user's history, so track what each user has been seen with.
  const seen = new Map<string, { ips: Set<string>; countries: Set<string>; cities: Set<string>; devices: Set<string> }>();

  const base = (p: SimPerson, t: number, eventType: string, displayMessage: string, legacy: string | null, net: NetInfo, ua: string, fingerprint: string, extra: Record<string, unknown> = {}) => {
    const u = uaParts(ua);
    const g = geo(net);
    return {
      actor: { id: p.oktaId, type: 'User', alternateId: p.email, displayName: p.fullName, detailEntry: null },
      client: { userAgent: { rawUserAgent: ua, os: u.os, browser: u.browser }, zone: 'null', device: u.os === 'iOS' || u.os === 'Android' ? 'Mobile' : 'Computer', id: null, ipAddress: net.ip, geographicalContext: g },
      device: null,
      authenticationContext: { authenticationProvider: null, credentialProvider: null, credentialType: null, issuer: null, interface: null, authenticationStep: 0, rootSessionId: null, externalSessionId: null } as Record<string, string | number | null>,
      displayMessage,
      eventType,
      outcome: { result: 'SUCCESS', reason: null as string | null },
      published: iso(t),
      securityContext: { asNumber: net.asn, asOrg: net.asOrg.toLowerCase(), isp: net.isp.toLowerCase(), domain: net.domain, isProxy: net.kind === 'vpn' },
      severity: 'INFO',
      debugContext: { debugData: { requestId: rng.hex(24), requestUri: '/idp/idx/identify', url: '/idp/idx/identify?', deviceFingerprint: fingerprint, threatSuspected: 'false' } as Record<string, string> },
      legacyEventType: legacy,
      transaction: { type: 'WEB', id: rng.hex(24), detail: {} },
      uuid: rng.uuid(),
      version: '0',
      request: { ipChain: [{ ip: net.ip, geographicalContext: g, version: 'V4', source: null }] },
      target: [] as unknown[],
      ...extra,
    };
  };
  const userTarget = (p: SimPerson) => ({ id: p.oktaId, type: 'User', alternateId: p.email, displayName: p.fullName, detailEntry: null });

  for (const s of world.sessions) {
    const p = people.get(s.personId);
    if (!p) continue;
    const dev = s.device === 'phone' ? { ua: p.phoneDevice.userAgent, fp: p.phoneDevice.fingerprint } : s.device === 'laptop' ? { ua: p.laptop.userAgent, fp: p.laptop.fingerprint } : { ua: p.fraud ? p.laptop.userAgent.replace(/Chrome\/[\d.]+/, 'Chrome/127.0.0.0') : p.laptop.userAgent, fp: `${p.laptop.fingerprint.slice(0, 8)}${s.net.ip.replace(/\D/g, '').slice(0, 8).padEnd(8, '0')}${p.id.slice(1).padStart(16, '0')}`.slice(0, 32) };
    const h = seen.get(p.id) ?? { ips: new Set(), countries: new Set(), cities: new Set(), devices: new Set() };
    seen.set(p.id, h);
    const flag = (set: Set<string>, v: string) => (set.size > 0 && !set.has(v) ? 'POSITIVE' : 'NEGATIVE');
    const behaviors = `{New Geo-Location=${flag(h.cities, s.net.city)}, New Device=${flag(h.devices, dev.fp)}, New IP=${flag(h.ips, s.net.ip)}, New State=${flag(h.cities, s.net.city)}, New Country=${flag(h.countries, s.net.country)}, Velocity=NEGATIVE, New City=${flag(h.cities, s.net.city)}}`;
    h.ips.add(s.net.ip); h.countries.add(s.net.country); h.cities.add(s.net.city); h.devices.add(dev.fp);
    const sessionId = `102${rng.hex(22)}`;
    if (rng.bool(0.02)) {
      const fail = base(p, s.start - 40_000, 'user.session.start', 'User login to Okta', 'core.user_auth.login_failed', s.net, dev.ua, dev.fp);
      fail.outcome = { result: 'FAILURE', reason: 'INVALID_CREDENTIALS' };
      out.push({ t: s.start - 40_000, k: fail.uuid, r: JSON.stringify(fail) });
    }
    const start = base(p, s.start, 'user.session.start', 'User login to Okta', 'core.user_auth.login_success', s.net, dev.ua, dev.fp);
    start.authenticationContext.externalSessionId = sessionId;
    start.authenticationContext.rootSessionId = sessionId;
    start.debugContext.debugData.behaviors = behaviors;
    start.debugContext.debugData.risk = `{level=${behaviors.includes('New Country=POSITIVE') ? 'MEDIUM' : 'LOW'}}`;
    out.push({ t: s.start, k: start.uuid, r: JSON.stringify(start) });
    const f = FACTOR[s.mfa];
    const mfa = base(p, s.start + 9_000, 'user.authentication.auth_via_mfa', 'Authentication of user via MFA', 'core.user.factor.attempt_success', s.net, dev.ua, dev.fp);
    Object.assign(mfa.authenticationContext, { credentialProvider: f.provider, credentialType: f.type, externalSessionId: sessionId, authenticationStep: 0 });
    mfa.debugContext.debugData.factor = f.factor;
    out.push({ t: s.start + 9_000, k: mfa.uuid, r: JSON.stringify(mfa) });
    const nApps = s.device === 'phone' ? 1 : rng.int(1, 3);
    for (const app of rng.sample(APPS, nApps)) {
      const t = s.start + rng.int(15, 900) * 1000;
      const sso = base(p, t, 'user.authentication.sso', `User single sign on to app`, 'app.auth.sso', s.net, dev.ua, dev.fp);
      sso.authenticationContext.externalSessionId = sessionId;
      sso.target = [{ id: app.id, type: 'AppInstance', alternateId: app.name, displayName: app.name, detailEntry: { signOnModeType: 'SAML_2_0' } }];
      out.push({ t, k: sso.uuid, r: JSON.stringify(sso) });
    }
  }

  const kinds: Partial<Record<Act['kind'], [string, string, string | null]>> = {
    account_create: ['user.lifecycle.create', 'Create Okta user', 'core.user.config.user_creation.success'],
    mfa_enroll: ['user.mfa.factor.activate', 'Activate factor or authenticator', 'core.user.factor.activate'],
    mfa_reset: ['user.mfa.factor.reset_all', 'Reset all factors for user', 'core.user.factor.reset_all'],
    password_reset: ['user.account.reset_password', 'Fired when the user\'s Okta password is reset', 'core.user.config.password_reset'],
    privilege_grant: ['user.account.privilege.grant', 'Grant user privilege', 'core.user.admin_privilege.granted'],
    audit_log_change: ['system.log_stream.lifecycle.deactivate', 'Deactivate log stream', null],
  };
  for (const a of world.acts) {
    const map = kinds[a.kind];
    if (!map || (a.system && a.system !== 'okta')) continue;
    const p = people.get(a.personId);
    if (!p) continue;
    const admin = typeof a.detail.by === 'string' ? byEmail.get(a.detail.by) : undefined;
    const actor = admin ?? p;
    const net = admin ? admin.home : a.net ?? p.home;
    const r = base(actor, a.time, map[0], map[1], map[2], net, actor.laptop.userAgent, actor.laptop.fingerprint);
    r.target = a.kind === 'audit_log_change' ? [{ id: `0oa${rng.hex(17)}`, type: 'LogStream', alternateId: 'Splunk Cloud', displayName: 'SIEM stream', detailEntry: null }] : [userTarget(p)];
    if (a.kind === 'privilege_grant') r.debugContext.debugData.privilegeGranted = String(a.detail.role);
    if (a.kind === 'mfa_enroll') r.debugContext.debugData.factor = FACTOR[(a.detail.factor as Session['mfa']) ?? 'push']?.factor ?? 'OKTA_VERIFY_PUSH';
    out.push({ t: a.time, k: r.uuid, r: JSON.stringify(r) });
  }
  return linesToBytes(byTime(out, (x) => x.t, (x) => x.k).map((x) => x.r));
}
