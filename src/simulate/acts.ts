// Ordinary notable actions: onboarding, everyday GitHub work, MFA phone swaps, IT staff's legitimate remote-support tools.
import type { Rng } from './prng.js';
import { DAY_MS, MIN_MS } from './time.js';
import type { Act, ActKind, Session, SimPerson } from './types.js';

export const REPOS = ['api-gateway', 'billing-service', 'web-app', 'mobile-app', 'data-pipeline', 'infra-terraform', 'auth-service',
  'design-system', 'search-indexer', 'ml-models', 'docs', 'payments-core', 'reporting', 'customer-portal', 'internal-tools'];

/** First usable session at or after `after`, and a time inside it. */
export function placeAfter(rng: Rng, sessions: Session[], after: number, devices: Session['device'][] = ['laptop', 'unmanaged']): { s: Session; time: number } | null {
  const s = sessions.find((x) => x.start >= after && devices.includes(x.device));
  if (!s) return null;
  return { s, time: s.start + Math.floor(rng.float(0.05, 0.9) * (s.end - s.start)) };
}

export function act(kind: ActKind, p: SimPerson, at: { s: Session; time: number }, detail: Act['detail'] = {}, system?: string): Act {
  return { kind, time: at.time, personId: p.id, net: at.s.net, system, detail: { sessionId: at.s.id, ...detail } };
}

export interface ActCtx { start: number; admins: SimPerson[] }

export function legitActs(p: SimPerson, sessions: Session[], rng: Rng, ctx: ActCtx): Act[] {
  const out: Act[] = [];
  const hire = Date.parse(`${p.hireDate}T00:00:00Z`);
  const admin = rng.pick(ctx.admins);
  if (hire >= ctx.start - DAY_MS) {
    const first = placeAfter(rng, sessions, hire - DAY_MS);
    if (first) {
      out.push({ kind: 'account_create', time: first.s.start - rng.int(60, 4000) * MIN_MS, personId: p.id, system: 'okta', detail: { by: admin.email } });
      out.push(act('mfa_enroll', p, { s: first.s, time: first.s.start + rng.int(1, 8) * MIN_MS }, { factor: first.s.mfa }, 'okta'));
      if (p.githubLogin) {
        const inv = placeAfter(rng, sessions, hire + rng.int(0, 3) * DAY_MS);
        if (inv) out.push(act('repo_invite', p, inv, { repo: rng.pick(REPOS), by: p.managerEmail ?? admin.email }, 'github'));
        // Some new engineers set up a token in their first weeks — ordinary, and the shape M10 looks at.
        if (inv && rng.bool(0.3)) {
          const tok = placeAfter(rng, sessions, inv.time + rng.float(1, 20) * DAY_MS);
          if (tok) out.push(act('token_create', p, tok, { kind: rng.pick(['fine_grained', 'oauth']) }, 'github'));
        }
      }
    }
  }
  if (p.githubLogin) {
    const mine = rng.sample(REPOS, rng.int(2, 5));
    for (const s of sessions) {
      if (s.device !== 'laptop') continue;
      const at = () => ({ s, time: s.start + Math.floor(rng.next() * (s.end - s.start)) });
      for (let k = rng.poisson(0.35); k > 0; k--) out.push(act('git_clone', p, at(), { repo: rng.pick(mine) }, 'github'));
      for (let k = rng.poisson(1.1); k > 0; k--) out.push(act('git_push', p, at(), { repo: rng.pick(mine) }, 'github'));
      for (let k = rng.poisson(0.25); k > 0; k--) out.push(act('pull_request', p, at(), { repo: rng.pick(mine) }, 'github'));
    }
    if (rng.bool(0.06)) { const t = placeAfter(rng, sessions, ctx.start + rng.float(0, 30) * DAY_MS); if (t) out.push(act('token_create', p, t, { kind: 'fine_grained' }, 'github')); }
  }
  if (rng.bool(0.02)) {
    const t = placeAfter(rng, sessions, ctx.start + rng.float(0, 30) * DAY_MS);
    if (t) {
      out.push(act('mfa_reset', p, { s: t.s, time: t.time - 20 * MIN_MS }, { by: admin.email }, 'okta'));
      out.push(act('mfa_enroll', p, t, { factor: t.s.mfa }, 'okta'));
    }
  }
  if (rng.bool(0.03)) { const t = placeAfter(rng, sessions, ctx.start + rng.float(0, 35) * DAY_MS); if (t) out.push(act('password_reset', p, t, {}, 'okta')); }
  if (rng.bool(0.04)) {
    const t = placeAfter(rng, sessions, ctx.start + rng.float(0, 35) * DAY_MS);
    if (t) out.push(act('oauth_consent', p, t, { app: rng.pick(['Zoom', 'Calendly', 'Miro', 'Loom']), scopes: 'openid profile email' }, p.usesGoogle ? 'google' : 'entra'));
  }
  // IT staff run remote-support tools as part of the job; overemployed people reach their other machine.
  const rmm = p.confounders.includes('it_rmm') ? rng.weighted([['teamviewer', 0.6], ['anydesk', 0.4]] as const)
    : p.confounders.includes('overemployed') && rng.bool(0.4) ? 'crd' : null;
  if (rmm) {
    for (const s of sessions) if (s.device === 'laptop' && rng.bool(0.35)) out.push(act('rmm_process', p, { s, time: s.start + Math.floor(rng.next() * (s.end - s.start)) }, { tool: rmm }, 'defender'));
  }
  return out;
}
