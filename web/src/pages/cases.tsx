// Case queue: every case with its status, filterable; newest activity first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api.js';
import { Loading } from '../components/badges.js';
import { fmtDate } from '../format.js';
import { href } from '../router.js';
import type { CaseRow } from '../types.js';

export const CASE_STATUSES = ['open', 'investigating', 'escalated', 'closed_benign', 'closed_confirmed'] as const;

export function CasesPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const { data, error } = useApi<{ items: CaseRow[] }>(`/api/cases${status ? `?status=${status}` : ''}`);
  return (
    <>
      <h1>{t('cases.title')}</h1>
      <label><span>{t('cases.status')}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value)}><option value="">{t('common.all')}</option>{CASE_STATUSES.map((s) => <option key={s} value={s}>{t(`caseStatus.${s}`)}</option>)}</select></label>
      {!data ? <Loading error={error} /> : data.items.length === 0 ? <p>{t('cases.none')}</p> : (
        <table data-testid="case-queue"><thead><tr><th scope="col">{t('cases.id')}</th><th scope="col">{t('cases.caseTitle')}</th><th scope="col">{t('cases.subject')}</th><th scope="col">{t('cases.status')}</th><th scope="col">{t('cases.assignee')}</th><th scope="col">{t('cases.updated')}</th></tr></thead>
          <tbody>{data.items.map((c) => <tr key={c.id}><td><a href={href('case', c.id)}>{c.id}</a></td><td>{c.title}</td><td>{t(`kind.${c.subjectKind}`)} {c.subjectId}</td>
            <td>{t(`caseStatus.${c.status}`)}</td><td>{c.assignee ?? '—'}</td><td>{fmtDate(c.updatedAt, { time: true })}</td></tr>)}</tbody></table>
      )}
    </>
  );
}
