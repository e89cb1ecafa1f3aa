// H1 findings from one resume's authoring metadata: foreign author, edits after creation, edit tools, odd dates.
import type { Alert } from '../../model/alert.js';
import { makeAlert } from '../alerts/make-alert.js';
import { compareNames } from '../watchlist/name-match.js';
import type { ParsedDocument } from './types.js';

export interface DocumentContext {
  candidateId: string;
  candidateName?: string | null;
  appliedAt?: string | null;
}

const GENERIC = /^(user|admin|administrator|owner|author|microsoft office user|windows user|unknown|resume|cv|default|pc|home|hp|dell|lenovo)$/i;
/** Online converters and editors used to alter a finished PDF (their Producer string stays in the file). */
const EDIT_TOOLS = /ilovepdf|smallpdf|sejda|pdfescape|pdffiller|pdf24|soda ?pdf|pdfcandy|pdf-xchange|foxit (phantom|pdf editor)|nitro|pdfelement|wondershare|pdf editor|docfly|dochub|pdfsimpli|canva/i;

function personLike(s: string | null): s is string {
  return !!s && !GENERIC.test(s.trim()) && /\p{L}{2,}/u.test(s) && !/@|\\|\//.test(s);
}

export function documentFindings(doc: ParsedDocument, ctx: DocumentContext): Alert[] {
  const out: Alert[] = [];
  const m = doc.meta;
  const base = { subjectId: ctx.candidateId, signals: ['H1'], facts: { fileName: doc.fileName, sha256: doc.sha256, format: doc.format } };
  const name = ctx.candidateName ?? doc.facts.nameLine;
  const foreign = [['author', m.author], ['lastModifiedBy', m.lastModifiedBy]].filter(
    (x): x is [string, string] => personLike(x[1] ?? null) && !!name && compareNames(name, x[1] ?? '') === null,
  );
  if (foreign.length > 0 && name) {
    out.push(makeAlert({
      ...base, ruleId: 'screen.doc.author-mismatch', dedupKey: doc.sha256, severity: 'medium', signals: ['H1', 'B2'],
      en: `Resume ${doc.fileName} was written or last edited by someone whose name does not match the candidate (${foreign.map((f) => f[0]).join(', ')}).`,
      ja: `履歴書 ${doc.fileName} の作成者または最終更新者（${foreign.map((f) => f[0]).join('、')}）が応募者の氏名と一致しません。`,
      facts: { ...base.facts, candidateName: name, ...Object.fromEntries(foreign) },
    }));
  }
  const tool = [m.producer, m.creatorTool].find((t) => t && EDIT_TOOLS.test(t)) ?? null;
  const edits = m.incrementalUpdates ?? 0;
  if (edits > 0 || tool) {
    out.push(makeAlert({
      ...base, ruleId: 'screen.doc.edited', dedupKey: doc.sha256, severity: edits > 0 && tool ? 'medium' : 'low',
      en: `Resume ${doc.fileName} shows editing after it was produced${edits > 0 ? ` (${edits} incremental update${edits > 1 ? 's' : ''})` : ''}${tool ? ` with an editing tool (${tool})` : ''}.`,
      ja: `履歴書 ${doc.fileName} は作成後に編集された痕跡があります${edits > 0 ? `（増分更新 ${edits} 回）` : ''}${tool ? `（編集ツール：${tool}）` : ''}。`,
      facts: { ...base.facts, incrementalUpdates: edits, startxrefCount: m.startxrefCount, producer: m.producer, creatorTool: m.creatorTool, xmpHistoryEvents: m.xmpHistoryEvents },
    }));
  }
  // Many saved revisions but (almost) no editing time on this machine: the file was copied in with another's history.
  if (m.revision !== null && m.revision >= 20 && m.totalEditMinutes !== null && m.totalEditMinutes <= 5) {
    out.push(makeAlert({
      ...base, ruleId: 'screen.doc.inherited-history', dedupKey: doc.sha256, severity: 'medium',
      en: `Resume ${doc.fileName} has ${m.revision} saved revisions but only ${m.totalEditMinutes} minutes of editing time: it carries another document's history.`,
      ja: `履歴書 ${doc.fileName} は保存回数 ${m.revision} 回に対し編集時間が ${m.totalEditMinutes} 分しかなく、別文書の履歴を引き継いでいます。`,
      facts: { ...base.facts, revision: m.revision, totalEditMinutes: m.totalEditMinutes, template: m.template, lastModifiedBy: m.lastModifiedBy },
    }));
  }
  const problems: string[] = [];
  if (m.created && m.modified && m.modified < m.created) problems.push('modified before created');
  if (m.created && Date.parse(m.created) > Date.now() + 86_400_000) problems.push('created in the future');
  if (m.created && ctx.appliedAt && Date.parse(m.created) > Date.parse(ctx.appliedAt) + 86_400_000) problems.push('created after the application');
  if (problems.length > 0) {
    out.push(makeAlert({
      ...base, ruleId: 'screen.doc.date-anomaly', dedupKey: doc.sha256, severity: 'low',
      en: `Resume ${doc.fileName} has inconsistent dates: ${problems.join('; ')}.`,
      ja: `履歴書 ${doc.fileName} の日付が不整合です：${problems.join('、')}。`,
      facts: { ...base.facts, created: m.created, modified: m.modified, appliedAt: ctx.appliedAt ?? null, problems },
    }));
  }
  return out;
}
