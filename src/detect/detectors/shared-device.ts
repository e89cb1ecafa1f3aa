// O5/B3: one device fingerprint, device id or MFA authenticator used by several people (cross-person, keyed by device).
import type { Detector } from '../types.js';
import { DAY } from '../types.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'shared-device', pillar: 'device', signals: ['O5', 'B3', 'O4'], attack: ['T1078'], windowMs: 30 * DAY };
/** attrs names parsers use for authenticator and fingerprint ids (src/sources/ATTRS.md). */
const AUTHENTICATOR_ATTRS = ['authenticatorId', 'factorId', 'mfaDeviceId'];

/** Shared entry, namespace "device": key `kind:id` → people seen on it with their last time (s). Partition by key. */
export interface DeviceEntry { p: [string, number][] }

export function sharedDevice(o?: Record<string, unknown>): Detector<Record<string, never>> {
  const windowS = opt(o, 'windowDays', 30) * 86400;
  const allow = new Set(((o?.['allowDevices'] as string[] | undefined) ?? []).map((s) => s.toLowerCase()));
  return {
    id: 'shared-device',
    // Identity-side device ids only: IT staff logging on to a user's laptop (endpoint.logon) is normal support work.
    categories: ['auth.login', 'auth.session', 'auth.mfa_challenge', 'auth.mfa_change'],
    init: () => ({}),
    onEvent(_st, { ev, t, person }, shared) {
      if (ev.outcome !== 'success') return;
      const keys: [string, string][] = [];
      if (ev.deviceId) keys.push(['device', ev.deviceId]);
      for (const a of AUTHENTICATOR_ATTRS) { const v = ev.attrs[a]; if (typeof v === 'string' && v) keys.push(['authenticator', v]); }
      if (!keys.length) return;
      const store = shared.get('device') as Map<string, DeviceEntry>;
      const now = Math.floor(t / 1000);
      const me = person.ctx.personId;
      const out = [];
      for (const [kind, id] of keys) {
        if (allow.has(id.toLowerCase())) continue;
        const k = `${kind}:${id}`;
        const e = store.get(k);
        if (!e) { store.set(k, { p: [[me, now]] }); continue; }
        // Fast path: the device has only ever been this person's.
        if (e.p.length === 1 && e.p[0]![0] === me) { e.p[0]![1] = now; continue; }
        e.p = e.p.filter(([, s]) => now - s <= windowS);
        const mine = e.p.find(([p]) => p === me);
        if (mine) mine[1] = now; else e.p.push([me, now]);
        if (e.p.length > 8) e.p.shift();
        const others = e.p.filter(([p]) => p !== me).map(([p]) => p);
        if (!others.length) continue;
        out.push(finding(META, {
          severity: kind === 'authenticator' ? 'high' : 'medium', key: k, eventIds: [ev.id],
          facts: { kind, id, otherPeople: others, windowDays: windowS / 86400 },
          en: `The ${kind} ${id} is also used by ${others.length} other person(s) (${others.join(', ')})`,
          ja: `${kind === 'authenticator' ? '認証器' : 'デバイス'} ${id} を他に ${others.length} 人 (${others.join(', ')}) が使用`,
        }));
      }
      return out;
    },
  };
}
