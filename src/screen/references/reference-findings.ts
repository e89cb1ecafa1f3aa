// H5 findings on referees: free-mail or disposable addresses, domains that are not the employer's, self-references,
// referees shared across candidates, and the call-back task every referee needs.
import type { Alert } from '../../model/alert.js';
import type { Candidate, Reference } from '../../model/candidate.js';
import { phoneFacts } from '../../enrich/index.js';
import { makeAlert, maskEmail } from '../alerts/make-alert.js';
import type { EmailLookup } from '../alerts/lookups.js';
import { domainMatchesCompany } from './company-domain.js';

export interface CallbackTask {
  candidateId: string;
  refereeName: string | null;
  refereeCompany: string | null;
  /** Why this call is needed and how to make it. */
  instruction: { en: string; ja: string };
  status: 'open';
}

/** One task per referee: call the company's main switchboard (found independently), never the number supplied. */
export function callbackTasks(candidateId: string, refs: Reference[]): CallbackTask[] {
  return refs.filter((r) => r.candidateId === candidateId).map((r) => ({
    candidateId,
    refereeName: r.refereeName,
    refereeCompany: r.refereeCompany,
    instruction: {
      en: `Verify ${r.refereeName ?? 'the referee'} by calling ${r.refereeCompany ?? 'the employer'}'s main number from its public website or registry, not the number supplied, and ask to be put through.`,
      ja: `${r.refereeCompany ?? '勤務先'} の代表番号（公式サイトや登記情報で独自に確認したもの）に電話し、提示された番号ではなく取次ぎで ${r.refereeName ?? '推薦者'} 本人を確認してください。`,
    },
    status: 'open',
  }));
}

const phoneKey = (p: string | null, cc: string | null) => (p ? phoneFacts(p, cc ?? undefined)?.e164 ?? p.replace(/\D/g, '') : null);

export function referenceFindings(candidates: Candidate[], refs: Reference[], lookups: EmailLookup): Alert[] {
  const out: Alert[] = [];
  const byId = new Map(candidates.map((c) => [c.candidateId, c]));
  // Who else gave the same referee address or phone.
  const shared = new Map<string, Set<string>>();
  for (const r of refs) {
    const cc = byId.get(r.candidateId)?.claimedCountry ?? null;
    const email = r.refereeEmail ? lookups.emailFacts(r.refereeEmail)?.canonical ?? r.refereeEmail : null;
    for (const k of [email && `email:${email}`, phoneKey(r.refereePhone, cc) && `phone:${phoneKey(r.refereePhone, cc)}`]) {
      if (!k) continue;
      const s = shared.get(k) ?? new Set<string>();
      s.add(r.candidateId);
      shared.set(k, s);
    }
  }
  for (const r of refs) {
    const cand = byId.get(r.candidateId);
    const facts = r.refereeEmail ? lookups.emailFacts(r.refereeEmail) : null;
    const issues: string[] = [];
    let severity: Alert['severity'] = 'low';
    if (facts?.disposable) { issues.push('disposable e-mail domain'); severity = 'high'; }
    else if (facts?.freeMail) { issues.push('free-mail address instead of a company address'); severity = 'medium'; }
    else if (facts && r.refereeCompany && !domainMatchesCompany(facts.domain, r.refereeCompany)) { issues.push(`e-mail domain ${facts.domain} is not the claimed employer's`); severity = 'medium'; }
    if (!r.refereeEmail && !r.refereePhone) issues.push('no contact details: unverifiable');
    const candEmail = cand?.email ? lookups.emailFacts(cand.email)?.canonical ?? cand.email : null;
    const self = (facts && candEmail && facts.canonical === candEmail) || (r.refereePhone && cand?.phone && phoneKey(r.refereePhone, cand.claimedCountry) === phoneKey(cand.phone, cand.claimedCountry));
    if (self) { issues.push("referee's contact is the candidate's own"); severity = 'high'; }
    const others = new Set<string>();
    const email = facts?.canonical ?? r.refereeEmail;
    for (const k of [email && `email:${email}`, phoneKey(r.refereePhone, cand?.claimedCountry ?? null) && `phone:${phoneKey(r.refereePhone, cand?.claimedCountry ?? null)}`]) {
      for (const c of (k && shared.get(k)) || []) if (c !== r.candidateId) others.add(c);
    }
    if (others.size > 0) { issues.push(`same referee contact given by ${others.size} other candidate(s)`); severity = 'high'; }
    if (issues.length === 0) continue;
    out.push(makeAlert({
      ruleId: 'screen.reference.unverifiable', subjectId: r.candidateId, dedupKey: `${r.refereeEmail ?? ''}|${r.refereePhone ?? ''}|${r.refereeName ?? ''}`, severity,
      signals: others.size > 0 ? ['H5', 'H9'] : ['H5'],
      en: `Reference ${r.refereeName ?? '(unnamed)'}${r.refereeCompany ? ` at ${r.refereeCompany}` : ''}: ${issues.join('; ')}. Verify through the company's main number.`,
      ja: `推薦者 ${r.refereeName ?? '（氏名なし）'}${r.refereeCompany ? `（${r.refereeCompany}）` : ''}：${issues.join('、')}。勤務先の代表番号経由で確認してください。`,
      facts: {
        refereeEmail: r.refereeEmail ? maskEmail(r.refereeEmail) : null, refereeDomain: facts?.domain ?? null, emailKind: facts?.kind ?? null,
        refereeCompany: r.refereeCompany, issues, otherCandidates: [...others].sort(),
      },
    }));
  }
  return out;
}
