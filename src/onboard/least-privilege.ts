// O3: new hires and contractors granted privileged roles within their first N days, listed for review.
import type { Account, Alert, Person } from '../model/index.js';
import type { OnboardConfig } from './config.js';
import { daysBetween, makeAlert } from './make-alert.js';
import type { OnboardEvent } from './types.js';

const ROLE_ATTRS = ['role', 'roleName', 'group', 'groupName', 'permission', 'privilege', 'adminRole'];

function roleOf(e: OnboardEvent): string | null {
  for (const k of ROLE_ATTRS) {
    const v = e.attrs[k];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return null;
}

/** Who received the grant: an explicit grantee attribute, else the event target matched to an account or e-mail. */
function granteeOf(e: OnboardEvent, byAccount: ReadonlyMap<string, string>): string | null {
  const explicit = e.attrs.targetPersonId ?? e.attrs.granteePersonId;
  if (typeof explicit === 'string' && explicit) return explicit;
  const t = e.target?.trim().toLowerCase();
  return t ? (byAccount.get(t) ?? null) : null;
}

export function accountIndex(people: readonly Person[], accounts: readonly Account[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of people) m.set(p.email.toLowerCase(), p.employeeId);
  for (const a of accounts) if (!m.has(a.account)) m.set(a.account, a.employeeId);
  return m;
}

export function checkLeastPrivilege(
  events: readonly OnboardEvent[], people: ReadonlyMap<string, Person>, accounts: readonly Account[], config: OnboardConfig,
): Alert[] {
  const L = config.leastPrivilege;
  const privileged = L.privilegedPatterns.map((p) => new RegExp(p, 'i'));
  const byAccount = accountIndex([...people.values()], accounts);
  const alerts: Alert[] = [];
  for (const e of events) {
    if (e.outcome === 'failure') continue;
    if (e.category !== 'iam.privilege_grant' && e.category !== 'iam.member_add') continue;
    const role = roleOf(e) ?? (e.category === 'iam.privilege_grant' ? e.type : null);
    if (!role || !privileged.some((re) => re.test(role))) continue;
    const who = granteeOf(e, byAccount);
    const person = who ? people.get(who) : undefined;
    if (!person) continue;
    const limit = person.employmentType === 'employee' ? L.employeeDays : L.contractorDays;
    const day = e.time.slice(0, 10);
    if (day < person.hireDate) continue;
    const after = Math.floor(daysBetween(day, person.hireDate));
    if (after > limit) continue;
    const kindEn = person.employmentType === 'employee' ? 'new hire' : person.employmentType;
    const kindJa = person.employmentType === 'employee' ? '新入社員' : person.employmentType === 'contractor' ? '業務委託者' : 'ベンダー要員';
    alerts.push(makeAlert({
      ruleId: 'onboard.early_privilege', dedupKey: e.id, subjectId: person.employeeId, time: e.time,
      severity: person.employmentType === 'employee' ? 'medium' : 'high', pillar: 'behaviour', signals: ['O3', 'M9'],
      attack: ['T1078', 'T1098'],
      en: `${kindEn} ${person.employeeId} was granted the privileged role "${role}" ${after} day(s) after starting (limit ${limit}); review whether it is needed before probation ends.`,
      ja: `${kindJa} ${person.employeeId} に入社 ${after} 日後に特権ロール「${role}」が付与されました(基準 ${limit} 日)。試用期間中に必要か確認してください。`,
      eventIds: [e.id],
      facts: { role, daysAfterHire: after, limitDays: limit, employmentType: person.employmentType, grantedBy: e.actor ?? null, source: e.source },
    }));
  }
  return alerts;
}
