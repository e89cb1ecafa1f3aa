// Incident playbook (R5): the checklist for a case under investigation or confirmed, generated from the person's
// linked accounts, tokens, devices and pay destinations; ticks are kept in the case history.
import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../errors/app-error.js';
import type { Db } from '../store/db.js';
import { caseHistory, cases } from '../store/schema/index.js';
import { caseSubject, personFootprint, type Footprint } from './person-footprint.js';

export const PLAYBOOK_STATUSES = ['investigating', 'escalated', 'closed_confirmed'] as const;
export type PlaybookCategory = 'revoke-account' | 'revoke-token' | 'recover-device' | 'isolate-device' | 'payroll-hold' | 'legal' | 'hr' | 'evidence' | 'watch';

export interface PlaybookItem {
  /** Stable across regenerations, so a tick stays on its item. */
  id: string;
  category: PlaybookCategory;
  system: string;
  target: string | null;
  action: string;
  /** Where the link comes from: accounts.csv, N events in a source, shipments.csv… */
  why: string;
  done: boolean;
}
export interface Playbook { caseId: string; status: string; employeeId: string | null; candidateIds: string[]; items: PlaybookItem[] }

/** What to do in each system; the wording names the vendor's own control so the operator can find it. */
const REVOKE: Record<string, string> = {
  okta: 'Deactivate the Okta user, clear all sessions and reset MFA factors',
  entra: 'Block sign-in, revoke refresh tokens and sessions (revokeSignInSessions), disable the Entra ID account',
  google: 'Suspend the Google Workspace user, sign out all sessions, revoke OAuth grants and app passwords',
  github: 'Remove the user from the GitHub organisation and revoke their credentials (PATs, SSH and deploy keys)',
  vpn: 'Disable the VPN account and revoke its certificate/profile',
  defender: 'Disable the device sign-in account on the endpoint',
};
const TOKEN_ACTION: Record<string, string> = {
  github: 'Revoke the GitHub credential (PAT, SSH key or deploy key) and review what it accessed',
  okta: 'Revoke the Okta API token / client secret',
  entra: 'Remove the service-principal credential',
};

const itemId = (category: string, ...parts: (string | null)[]) =>
  `${category}:${createHash('sha256').update(parts.map((p) => p ?? '').join('\u0000')).digest('hex').slice(0, 12)}`;

/** Pure: the checklist from a footprint. */
export function planFromFootprint(fp: Footprint): Omit<PlaybookItem, 'done'>[] {
  const items: Omit<PlaybookItem, 'done'>[] = [];
  const seenAccount = new Set<string>();
  for (const a of fp.accounts) {
    seenAccount.add(`${a.system}|${a.account}`);
    items.push({ id: itemId('revoke-account', a.system, a.account), category: 'revoke-account', system: a.system, target: a.account,
      action: REVOKE[a.system] ?? `Disable the ${a.system} account`, why: 'listed in accounts.csv' });
  }
  for (const a of fp.actors) {
    if (seenAccount.has(`${a.source}|${a.actor}`) || a.source === 'other') continue;
    seenAccount.add(`${a.source}|${a.actor}`);
    items.push({ id: itemId('revoke-account', a.source, a.actor), category: 'revoke-account', system: a.source, target: a.actor,
      action: REVOKE[a.source] ?? `Disable the ${a.source} account`, why: `acted in ${a.n} ${a.source} events (${a.first.slice(0, 10)} – ${a.last.slice(0, 10)})` });
  }
  for (const t of fp.tokens) {
    items.push({ id: itemId('revoke-token', t.source, t.eventId), category: 'revoke-token', system: t.source, target: t.tokenRef ?? t.target,
      action: TOKEN_ACTION[t.source] ?? `Revoke the ${t.source} credential`, why: `${t.type} at ${t.time} (event ${t.eventId})` });
  }
  const shippedIds = new Set(fp.shipments.flatMap((s) => [s.assetId, s.serialNumber].filter((x): x is string => !!x).map((x) => x.toLowerCase())));
  for (const s of fp.shipments) {
    items.push({ id: itemId('recover-device', 'shipment', s.assetId), category: 'recover-device', system: 'asset', target: s.assetId,
      action: `Recover ${s.assetType ?? 'device'} ${s.assetId}${s.serialNumber ? ` (serial ${s.serialNumber})` : ''}: remote-wipe only after forensic imaging`,
      why: `shipped${s.shipToCountry ? ` to ${s.shipToCountry}` : ''}${s.managed === false ? ', not managed' : ''}` });
  }
  for (const d of fp.devices) {
    if (d.source !== 'defender' || !d.deviceId) continue;
    const known = shippedIds.has(d.deviceId.toLowerCase()) || (d.deviceName ? shippedIds.has(d.deviceName.toLowerCase()) : false);
    items.push({ id: itemId('isolate-device', d.source, d.deviceId), category: 'isolate-device', system: 'defender', target: d.deviceId,
      action: `Isolate device ${d.deviceName ?? d.deviceId} in Defender and collect an investigation package${known ? '' : '; not in shipments: find out where it is'}`,
      why: `${d.n} Defender events, last ${d.last}` });
  }
  const payKeys = new Set<string>();
  for (const p of fp.payroll) {
    const target = p.walletAddress ? `wallet ${p.walletAddress.slice(0, 6)}…${p.walletAddress.slice(-4)}` : `${p.method}${p.bankCountry ? ` ${p.bankCountry}` : ''}${p.accountLast4 ? ` ••••${p.accountLast4}` : ''}`;
    if (payKeys.has(target)) continue;
    payKeys.add(target);
    items.push({ id: itemId('payroll-hold', target), category: 'payroll-hold', system: 'payroll', target,
      action: 'Hold further payments to this destination; payments to DPRK workers can breach sanctions', why: `payroll record effective ${p.effectiveDate}` });
  }
  items.push(
    { id: 'legal:notify', category: 'legal', system: 'legal', target: null, action: 'Notify legal: place a legal hold, assess sanctions (OFAC/local) reporting and a law-enforcement report', why: 'every confirmed or suspected case' },
    { id: 'hr:coordinate', category: 'hr', system: 'hr', target: null, action: 'Coordinate with HR: cut access before the termination conversation, never after', why: 'access revoked after notice invites data theft and extortion (M12)' },
    { id: 'evidence:export', category: 'evidence', system: 'trustline', target: null, action: 'Export the evidence bundle (events, alerts, documents, case history, SHA-256 manifest)', why: 'preserve before accounts are deleted' },
    { id: 'watch:post-termination', category: 'watch', system: 'trustline', target: null, action: 'Add the post-termination watch on the person\'s e-mails, phones, IPs, wallets and names', why: 're-application under another name and extortion (M12)' },
  );
  return items;
}

export function playbookService(db: Db, tenantId: string) {
  async function ticks(caseId: string): Promise<Map<string, boolean>> {
    const rows = await db.select({ detail: caseHistory.detail }).from(caseHistory)
      .where(and(eq(caseHistory.tenantId, tenantId), eq(caseHistory.caseId, caseId), eq(caseHistory.action, 'playbook_tick'))).orderBy(asc(caseHistory.seq));
    const out = new Map<string, boolean>();
    for (const r of rows) { const d = r.detail as { item?: string; done?: boolean }; if (d.item) out.set(d.item, d.done !== false); }
    return out;
  }
  return {
    async get(caseId: string): Promise<Playbook> {
      const { case: c, subject } = await caseSubject(db, tenantId, caseId);
      if (!(PLAYBOOK_STATUSES as readonly string[]).includes(c.status)) {
        throw new AppError('CASE_NOT_READY', `case ${caseId} is ${c.status}: a playbook needs it investigating, escalated or closed_confirmed`, { status: 409 });
      }
      const fp = await personFootprint(db, tenantId, subject);
      const done = await ticks(caseId);
      return { caseId, status: c.status, employeeId: fp.employeeId, candidateIds: fp.candidateIds, items: planFromFootprint(fp).map((i) => ({ ...i, done: done.get(i.id) ?? false })) };
    },
    async tick(caseId: string, item: string, done: boolean, actor: string): Promise<void> {
      await caseSubject(db, tenantId, caseId);
      await db.insert(caseHistory).values({ tenantId, caseId, actor, action: 'playbook_tick', detail: { item, done } });
      await db.update(cases).set({ updatedAt: sql`now()` }).where(and(eq(cases.tenantId, tenantId), eq(cases.id, caseId)));
    },
  };
}
