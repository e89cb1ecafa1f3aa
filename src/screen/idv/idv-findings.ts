// H8 findings from third-party identity-document checks: failures, document country, name and birth-date mismatches.
import type { Alert } from '../../model/alert.js';
import type { Candidate, IdvCheck } from '../../model/candidate.js';
import { SANCTIONED_COUNTRIES } from '../../enrich/index.js';
import { makeAlert } from '../alerts/make-alert.js';
import { compareNames } from '../watchlist/name-match.js';

export function idvFindings(candidate: Candidate, checks: IdvCheck[]): Alert[] {
  const mine = checks.filter((c) => c.subjectId === candidate.candidateId || (candidate.hiredEmployeeId && c.subjectId === candidate.hiredEmployeeId));
  const out: Alert[] = [];
  for (const c of mine) {
    const issues: string[] = [];
    let severity: Alert['severity'] = 'low';
    const bump = (s: Alert['severity']) => { const order = ['info', 'low', 'medium', 'high', 'critical']; if (order.indexOf(s) > order.indexOf(severity)) severity = s; };
    if (c.result === 'fail') { issues.push('identity check failed'); bump('high'); }
    if (c.result === 'review') { issues.push('identity check needs manual review'); bump('medium'); }
    if (c.documentCountry && SANCTIONED_COUNTRIES.includes(c.documentCountry)) { issues.push(`document issued by sanctioned country ${c.documentCountry}`); bump('critical'); }
    if (c.documentCountry && candidate.nationality && c.documentCountry !== candidate.nationality) { issues.push(`document country ${c.documentCountry} ≠ claimed nationality ${candidate.nationality}`); bump('medium'); }
    if (c.nameOnDocument) {
      const m = compareNames(candidate.fullName, c.nameOnDocument);
      if (!m) { issues.push('name on document does not match the application'); bump('high'); }
      else if (m.strength === 'weak' || m.strength === 'medium') issues.push(`name on document is only a ${m.strength} match (${m.reasons.join('; ')})`);
    }
    if (issues.length === 0) continue;
    out.push(makeAlert({
      ruleId: 'screen.idv.problem', subjectId: candidate.candidateId, dedupKey: `${c.provider ?? ''}|${c.checkedAt}`, severity, signals: ['H8', ...(issues.some((i) => i.startsWith('name')) ? ['H3', 'B2'] : [])],
      time: c.checkedAt,
      en: `Identity verification (${c.provider ?? 'provider'}, ${c.checkedAt.slice(0, 10)}): ${issues.join('; ')}.`,
      ja: `本人確認（${c.provider ?? '事業者'}、${c.checkedAt.slice(0, 10)}）：${issues.join('、')}。`,
      facts: { provider: c.provider, result: c.result, documentType: c.documentType, documentCountry: c.documentCountry, nationality: candidate.nationality, nameOnDocument: c.nameOnDocument, applicationName: candidate.fullName, issues },
    }));
  }
  // Two checks with different birth dates cannot be one person.
  const dobs = new Set(mine.map((c) => c.dateOfBirth).filter((d): d is string => !!d));
  if (dobs.size > 1) {
    out.push(makeAlert({
      ruleId: 'screen.idv.conflicting-dob', subjectId: candidate.candidateId, severity: 'high', signals: ['H8', 'H3'],
      en: `Identity checks show ${dobs.size} different dates of birth.`, ja: `本人確認で生年月日が ${dobs.size} 通りあります。`,
      // How many, never which: alerts are stored and shown in clear, dates of birth are not (docs/security.md).
      facts: { distinctDatesOfBirth: dobs.size, checks: mine.length },
    }));
  }
  return out;
}
