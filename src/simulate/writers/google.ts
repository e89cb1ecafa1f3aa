// Google Workspace Reports API activity objects for the login, admin and token applications.
import type { Rng } from '../prng.js';
import type { SimPerson, World } from '../types.js';
import { byTime, jsonl, peopleById } from './common.js';

type Param = { name: string; value?: string; boolValue?: boolean; multiValue?: string[] };

export function googleWriter(world: World, rng: Rng): string {
  const people = peopleById(world);
  const byEmail = new Map(world.people.map((p) => [p.email, p]));
  const out: { t: number; k: string; r: unknown }[] = [];
  const activity = (app: string, t: number, actor: SimPerson, ip: string, events: { type: string; name: string; parameters: Param[] }[]) => {
    const uq = `${rng.bool(0.5) ? '-' : ''}${rng.int(1, 9)}${rng.digits(18)}`;
    const r = {
      kind: 'admin#reports#activity',
      id: { time: new Date(t).toISOString(), uniqueQualifier: uq, applicationName: app, customerId: world.org.customerId },
      etag: `"${rng.hex(8)}/${rng.hex(20)}"`,
      actor: { callerType: 'USER', email: actor.email, profileId: actor.googleProfileId },
      ipAddress: ip,
      events,
    };
    out.push({ t, k: uq, r });
  };
  for (const s of world.sessions) {
    const p = people.get(s.personId);
    if (!p?.usesGoogle || (s.device === 'phone' && !rng.bool(0.3))) continue;
    activity('login', s.start + rng.int(30, 600) * 1000, p, s.net.ip, [{ type: 'login', name: 'login_success', parameters: [
      { name: 'login_type', value: 'saml' }, { name: 'login_challenge_method', multiValue: ['none'] }, { name: 'is_suspicious', boolValue: false },
    ] }]);
  }
  for (const a of world.acts) {
    if (a.system !== 'google') continue;
    const p = people.get(a.personId);
    if (!p) continue;
    if (a.kind === 'oauth_consent') {
      activity('token', a.time, p, a.net?.ip ?? p.home.ip, [{ type: 'auth', name: 'authorize', parameters: [
        { name: 'client_id', value: `${rng.digits(12)}-${rng.hex(32)}.apps.googleusercontent.com` },
        { name: 'app_name', value: String(a.detail.app) },
        { name: 'client_type', value: 'WEB' },
        { name: 'scope', multiValue: String(a.detail.scopes).split(' ') },
      ] }]);
    } else if (a.kind === 'privilege_grant') {
      const admin = typeof a.detail.by === 'string' ? byEmail.get(a.detail.by) : undefined;
      const actor = admin ?? p;
      activity('admin', a.time, actor, actor.home.ip, [{ type: 'DELEGATED_ADMIN_SETTINGS', name: 'ASSIGN_ROLE', parameters: [
        { name: 'ROLE_ID', value: rng.digits(17) }, { name: 'ROLE_NAME', value: String(a.detail.role) }, { name: 'USER_EMAIL', value: p.email },
      ] }]);
    }
  }
  return jsonl(byTime(out, (x) => x.t, (x) => x.k).map((x) => x.r));
}
