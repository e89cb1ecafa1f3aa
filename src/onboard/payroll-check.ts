// O2: pay destinations that do not fit the person — foreign or advisory-country banks, other holders, crypto, churn.
import type { Alert, Person, PayrollRecord } from '../model/index.js';
import { payDestination } from './bank-identity.js';
import type { OnboardConfig } from './config.js';
import { daysBetween, makeAlert } from './make-alert.js';
import { sameName } from './names.js';

type Severity = Alert['severity'];

export function checkPayroll(payroll: readonly PayrollRecord[], people: ReadonlyMap<string, Person>, config: OnboardConfig): Alert[] {
  const byPerson = new Map<string, PayrollRecord[]>();
  for (const r of payroll) byPerson.set(r.employeeId, [...(byPerson.get(r.employeeId) ?? []), r]);
  const alerts: Alert[] = [];
  for (const [id, records] of byPerson) {
    const person = people.get(id);
    const history = [...records].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
    for (const r of history) alerts.push(...checkRecord(id, r, person, config));
    alerts.push(...checkChanges(id, history, person, config));
  }
  return alerts;
}

function checkRecord(id: string, r: PayrollRecord, person: Person | undefined, config: OnboardConfig): Alert[] {
  const d = payDestination(r);
  const out: Alert[] = [];
  const base = { subjectId: id, time: r.effectiveDate, pillar: 'identity' as const, signals: ['O2'] };
  const dedup = `${r.effectiveDate}|${d.key ?? r.method}`;
  const facts = { effectiveDate: r.effectiveDate, method: r.method, destination: d.label, bankCountry: d.country, ibanCountry: d.ibanCountry, bicCountry: d.bicCountry, declaredBankCountry: d.declaredCountry, residenceCountry: person?.residenceCountry ?? null };
  const advisory = d.country ? config.advisoryBankCountries[d.country] : undefined;
  if (advisory) {
    out.push(makeAlert({ ...base, ruleId: 'onboard.pay_advisory_country', dedupKey: dedup, severity: advisory, signals: ['O2', 'H4'],
      en: `Pay goes to ${d.label} in ${d.country}, a country the DPRK IT-worker advisories name${person?.residenceCountry ? ` (the person lives in ${person.residenceCountry})` : ''}.`,
      ja: `給与の振込先 ${d.labelJa} は ${d.country}(北朝鮮IT労働者に関する勧告で名指しされた国)にあります${person?.residenceCountry ? `(居住国は ${person.residenceCountry})` : ''}。`,
      facts }));
  } else if (d.country && person?.residenceCountry && d.country !== person.residenceCountry && r.method !== 'crypto') {
    // A payment service's or multi-currency account's country is its provider's: worth a look, not a firm finding.
    const via = d.provider ? { en: ` (a ${d.provider} account: the country is the provider's, weak on its own)`, ja: `(${d.provider} の口座: 国は事業者のもので、単独では弱い兆候)` } : { en: '', ja: '' };
    out.push(makeAlert({ ...base, ruleId: 'onboard.pay_foreign_bank', dedupKey: dedup, severity: d.provider ? 'low' : 'medium', signals: ['O2', 'H4'],
      en: `Pay goes to ${d.label} in ${d.country}, but the person lives in ${person.residenceCountry}${via.en}.`,
      ja: `給与の振込先 ${d.labelJa} は ${d.country} にありますが、居住国は ${person.residenceCountry} です${via.ja}。`, facts: { ...facts, provider: d.provider } }));
  }
  if (d.ibanValid === false || d.bicValid === false) {
    out.push(makeAlert({ ...base, ruleId: 'onboard.pay_invalid_bank_id', dedupKey: dedup, severity: 'medium',
      en: `The ${d.ibanValid === false ? 'IBAN' : 'BIC'} on record for ${d.label} is not valid (structure or checksum).`,
      ja: `${d.labelJa} の ${d.ibanValid === false ? 'IBAN' : 'BIC'} が不正です(形式またはチェックディジット)。`,
      facts: { ...facts, ibanValid: d.ibanValid, bicValid: d.bicValid } }));
  }
  const codes = [d.ibanCountry, d.bicCountry, d.declaredCountry].filter((c): c is string => !!c);
  if (new Set(codes).size > 1) {
    out.push(makeAlert({ ...base, ruleId: 'onboard.pay_country_conflict', dedupKey: dedup, severity: 'medium',
      en: `Bank details disagree on the country: IBAN ${d.ibanCountry ?? '-'}, BIC ${d.bicCountry ?? '-'}, declared ${d.declaredCountry ?? '-'}.`,
      ja: `銀行情報の国が一致しません(IBAN ${d.ibanCountry ?? '-'}、BIC ${d.bicCountry ?? '-'}、申告 ${d.declaredCountry ?? '-'})。`, facts }));
  }
  if (person && r.accountHolder && !sameName(r.accountHolder, person.fullName)) {
    out.push(makeAlert({ ...base, ruleId: 'onboard.pay_holder_mismatch', dedupKey: dedup, severity: 'high',
      en: `The account holder "${r.accountHolder}" is not the employee: pay may be received by a proxy.`,
      ja: `口座名義「${r.accountHolder}」が本人と一致しません(代理受領の可能性)。`,
      facts: { ...facts, accountHolder: r.accountHolder } }));
  }
  if (r.method === 'crypto' || r.walletAddress) {
    out.push(makeAlert({ ...base, ruleId: 'onboard.pay_crypto', dedupKey: dedup, severity: 'high',
      en: `Pay requested in cryptocurrency (${d.label}).`,
      ja: `暗号資産での給与支払いが要求されています(${d.labelJa})。`, facts }));
  }
  return out;
}

/** Frequent destination changes; one change (e.g. fixing the first account) is normal. */
function checkChanges(id: string, history: PayrollRecord[], person: Person | undefined, config: OnboardConfig): Alert[] {
  const P = config.payroll;
  const changes: { date: string; label: string; country: string | null }[] = [];
  let prev: string | null = null;
  for (const r of history) {
    const d = payDestination(r);
    const k = d.key ?? `${r.method}:${r.effectiveDate}`;
    if (prev !== null && k !== prev) changes.push({ date: r.effectiveDate, label: d.label, country: d.country });
    prev = k;
  }
  if (changes.length === 0) return [];
  const hire = person?.hireDate;
  const early = hire ? changes.filter((c) => c.date >= hire && daysBetween(c.date, hire) <= P.earlyDays) : [];
  let windowMax = 0;
  let windowEnd = changes[0]!.date;
  for (let i = 0; i < changes.length; i++) {
    let n = 0;
    for (let j = i; j < changes.length && daysBetween(changes[j]!.date, changes[i]!.date) <= P.windowDays; j++) n++;
    if (n > windowMax) { windowMax = n; windowEnd = changes[Math.min(changes.length - 1, i + n - 1)]!.date; }
  }
  const facts = { changes, hireDate: hire ?? null, earlyChanges: early.length, maxChangesInWindow: windowMax, windowDays: P.windowDays };
  const severity: Severity = early.length >= P.earlyChanges && windowMax >= P.windowChanges ? 'high' : 'medium';
  if (early.length >= P.earlyChanges) {
    return [makeAlert({ ruleId: 'onboard.pay_changes_after_hire', dedupKey: early.map((c) => c.date).join(','), subjectId: id,
      time: early[early.length - 1]!.date, severity, pillar: 'identity', signals: ['O2'],
      en: `Pay destination changed ${early.length} times within ${P.earlyDays} days of hire (${hire}).`,
      ja: `入社(${hire})から ${P.earlyDays} 日以内に給与振込先が ${early.length} 回変更されています。`, facts })];
  }
  if (windowMax >= P.windowChanges) {
    return [makeAlert({ ruleId: 'onboard.pay_frequent_changes', dedupKey: windowEnd, subjectId: id, time: windowEnd,
      severity, pillar: 'identity', signals: ['O2'],
      en: `Pay destination changed ${windowMax} times within ${P.windowDays} days.`,
      ja: `${P.windowDays} 日以内に給与振込先が ${windowMax} 回変更されています。`, facts })];
  }
  return [];
}
