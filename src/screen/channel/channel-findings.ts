// H10: the hiring channel. Freelance platforms (and the messaging apps their contacts move to) are where DPRK IT workers
// recruit and are recruited (seeds 001, 002). The channel is context (info) even for a hire without a passed ID check:
// that gap is the identity check's own finding (H8), never counted twice.
import type { Alert } from '../../model/alert.js';
import type { Candidate, IdvCheck } from '../../model/candidate.js';
import { makeAlert } from '../alerts/make-alert.js';

const ADVANCED = new Set(['offer', 'hired']);

export function channelFindings(c: Candidate, idv: IdvCheck[]): Alert[] {
  if (c.source !== 'freelance_platform') return [];
  const verified = idv.some((i) => i.subjectId === c.candidateId && i.result === 'pass');
  const unverifiedHire = ADVANCED.has((c.stage ?? '').toLowerCase()) && !verified;
  return [makeAlert({
    ruleId: 'screen.channel.freelance-platform', subjectId: c.candidateId, severity: 'info', signals: ['H10'], time: c.appliedAt,
    en: unverifiedHire
      ? `Recruited through a freelance platform and reached "${c.stage}" without a passed identity-document check.`
      : 'Applied through a freelance platform: a channel DPRK IT workers use; context only, not a finding alone.',
    ja: unverifiedHire
      ? `フリーランスプラットフォーム経由で採用され、本人確認書類の確認に合格しないまま「${c.stage}」に進んでいます。`
      : 'フリーランスプラットフォーム経由の応募（北朝鮮 IT 労働者が利用する経路）。参考情報で、単独では所見ではありません。',
    facts: { source: c.source, stage: c.stage, identityCheckPassed: verified },
  })];
}
