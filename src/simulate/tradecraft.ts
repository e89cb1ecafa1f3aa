// A fraudulent hire's planted actions: remote-control tools, IP-KVM, early privilege/MFA/EDR changes, tokens after invites, bulk pulls.
import { act, placeAfter, REPOS } from './acts.js';
import type { Rng } from './prng.js';
import { DAY_MS, MIN_MS } from './time.js';
import type { Act, RecordSignal, Session, SimPerson } from './types.js';

export function fraudActs(p: SimPerson, sessions: Session[], rng: Rng, ctx: { start: number; admins: SimPerson[] }, record: RecordSignal): Act[] {
  const plan = p.fraud;
  if (!plan) return [];
  const has = (t: string) => plan.tradecraft.includes(t as never);
  const out: Act[] = [];
  const admin = rng.pick(ctx.admins);
  const hire = Date.parse(`${p.hireDate}T00:00:00Z`);
  const laptop = sessions.filter((s) => s.device === 'laptop');
  const first = placeAfter(rng, sessions, hire - DAY_MS);
  if (first && hire >= ctx.start - DAY_MS) {
    out.push({ kind: 'account_create', time: first.s.start - rng.int(60, 4000) * MIN_MS, personId: p.id, system: 'okta', detail: { by: admin.email } });
    out.push(act('mfa_enroll', p, { s: first.s, time: first.s.start + rng.int(1, 8) * MIN_MS }, { factor: first.s.mfa }, 'okta'));
  }
  const push = (a: Act | null, signals: string[], tradecraft: string) => {
    if (!a) return;
    out.push(a);
    for (const s of signals) record(s, 'employee', p.id, a.time, tradecraft);
  };
  const at = (after: number, devices?: Session['device'][]) => placeAfter(rng, sessions, after, devices);

  if (has('rmm_tools')) {
    const install = at(hire + rng.float(0, 6) * DAY_MS, ['laptop']);
    if (install) push(act('rmm_process', p, install, { tool: plan.rmmTool, phase: 'install' }, 'defender'), ['M6'], 'rmm_tools');
    const daily = rng.float(0.4, 0.95);
    for (const s of laptop) if (install && s.start > install.time && rng.bool(daily)) {
      push(act('rmm_process', p, { s, time: s.start + rng.int(0, 20) * MIN_MS }, { tool: plan.rmmTool }, 'defender'), ['M6'], 'rmm_tools');
    }
  }
  // PnP device events are a Windows sensor feature; on a Mac the device goes unseen, so nothing is planted.
  if (has('ip_kvm') && p.laptop.os === 'Windows') {
    const plug = at(hire + rng.float(0, 3) * DAY_MS, ['laptop']);
    if (plug) {
      push(act('usb_connect', p, plug, { kvm: plan.kvm }, 'defender'), ['M6'], 'ip_kvm');
      for (let k = rng.poisson(2); k > 0; k--) {
        const again = at(plug.time + rng.float(1, 20) * DAY_MS, ['laptop']);
        if (again) push(act('usb_connect', p, again, { kvm: plan.kvm }, 'defender'), ['M6'], 'ip_kvm');
      }
    }
  }
  const early = hire + plan.earlyDay * DAY_MS;
  const c2: number[] = [];
  if (has('early_privilege')) {
    // Only systems the worker has an account in (accounts.csv lists Google for Google users only).
    const system = rng.pick(p.usesGoogle ? ['okta', 'entra', 'google'] : ['okta', 'entra']);
    const role = system === 'okta' ? rng.pick(['Super Administrator', 'Help Desk Administrator', 'Application Administrator'])
      : system === 'entra' ? rng.pick(['Global Administrator', 'Privileged Role Administrator', 'User Administrator']) : rng.pick(['Super Admin', 'User Management Admin']);
    const t = at(early);
    if (t) push(act('privilege_grant', p, t, { role, by: admin.email }, system), ['M9', 'O3'], 'early_privilege');
  }
  if (has('early_mfa_reset')) {
    const t = at(early + rng.float(0, 3) * DAY_MS);
    if (t) {
      push(act('mfa_reset', p, { s: t.s, time: t.time - rng.int(5, 40) * MIN_MS }, { by: admin.email }, 'okta'), ['M9'], 'early_mfa_reset');
      push(act('mfa_enroll', p, t, { factor: 'totp' }, 'okta'), ['M9'], 'early_mfa_reset');
      c2.push(t.time);
    }
  }
  if (has('edr_exclusion')) {
    const t = at(early + rng.float(0, 5) * DAY_MS, ['laptop']);
    if (t) { push(act('edr_exclusion', p, t, { path: rng.pick(['C:\\Users\\Public\\Tools', 'C:\\ProgramData\\Updater', 'C:\\Temp\\dev']) }, 'defender'), ['M9'], 'edr_exclusion'); c2.push(t.time); }
  }
  if (has('audit_log_change') && (has('early_privilege') || p.it)) {
    const t = at(early + rng.float(0.5, 6) * DAY_MS);
    if (t) { push(act('audit_log_change', p, t, {}, 'okta'), ['M9'], 'audit_log_change'); c2.push(t.time); }
  }
  if (c2.length >= 2) {
    c2.sort((a, b) => a - b);
    if (c2[c2.length - 1]! - c2[0]! < 10 * DAY_MS) record('C2', 'employee', p.id, c2[1]!, 'early_changes');
  }
  if (has('oauth_consent')) {
    const google = p.usesGoogle && rng.bool(0.6);
    const t = at(hire + rng.float(1, 20) * DAY_MS);
    if (t) push(act('oauth_consent', p, t, {
      app: rng.pick(['Mail Sync Pro', 'DocuExport', 'Drive Backup Tool', 'CloudSync Helper']),
      scopes: google ? 'https://mail.google.com/ https://www.googleapis.com/auth/drive' : 'Mail.Read Files.Read.All offline_access',
    }, google ? 'google' : 'entra'), ['M9'], 'oauth_consent');
  }
  if (has('token_after_invite')) {
    const inv = at(hire + rng.float(0, 8) * DAY_MS);
    if (inv) {
      out.push(act('repo_invite', p, inv, { repo: rng.pick(REPOS), by: p.managerEmail ?? admin.email }, 'github'));
      const gap = rng.float(1, 40);
      const tok = at(inv.time + gap * DAY_MS);
      if (tok) {
        const within = tok.time - inv.time <= 30 * DAY_MS;
        push(act('token_create', p, tok, { kind: rng.pick(['fine_grained', 'oauth', 'ssh_key']) }, 'github'), ['M10'], 'token_after_invite');
        const surge = Math.round(rng.logNormal(Math.log(30), 0.5));
        const pulls: number[] = [];
        for (let k = 0; k < surge; k++) {
          const c = at(tok.time + rng.float(0, 9) * DAY_MS);
          if (c) { push(act('git_clone', p, c, { repo: rng.pick(REPOS) }, 'github'), ['M10'], 'token_after_invite'); pulls.push(c.time); }
        }
        // C3 is the whole chain: it exists once the pull has risen, i.e. by the time half of it has happened. Pulls past
        // the window are never written, so a window that ends a day or two after the token holds the invite and the token
        // and the first few clones, not the surge: no C3 then.
        pulls.sort((a, b) => a - b);
        if (within && pulls.length > 0 && pulls.length >= surge / 2) record('C3', 'employee', p.id, pulls[Math.floor(pulls.length / 2)]!, 'token_after_invite');
      }
    }
  }
  if (has('bulk_download')) {
    const n = Math.round(rng.logNormal(Math.log(14), 0.6));
    const from = hire + rng.float(5, 30) * DAY_MS;
    for (let k = 0; k < n; k++) {
      const c = at(from + rng.float(0, 4) * DAY_MS);
      if (c) push(act('repo_download', p, c, { repo: rng.pick(REPOS) }, 'github'), ['M11'], 'bulk_download');
    }
  }
  if (p.githubLogin) {
    for (const s of sessions) {
      if (s.device === 'phone') continue;
      for (let k = rng.poisson(0.5); k > 0; k--) out.push(act('git_push', p, { s, time: s.start + Math.floor(rng.next() * (s.end - s.start)) }, { repo: rng.pick(REPOS) }, 'github'));
    }
  }
  return out;
}
