// Audit log for admins and auditors (read-only): newest first, filtered on the server, paged by sequence number.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api.js';
import { Loading } from '../components/badges.js';
import { fmtDate } from '../format.js';
import type { AuditRow } from '../types.js';
import { AuditFilters, filterParams, NO_FILTER, type AuditFilter } from './audit-filters.js';
import { AuditVerify } from './audit-verify.js';

const PAGE = 50;

export function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  // Cursors of the pages walked so far: each page starts below the last seq of the one before.
  const [cursors, setCursors] = useState<number[]>([]);
  const before = cursors[cursors.length - 1];
  // One more than shown tells whether an older page exists.
  const qs = new URLSearchParams({ order: 'desc', limit: String(PAGE + 1), ...filterParams(filter), ...(before ? { before: String(before) } : {}) });
  const { data, error, loading } = useApi<{ items: AuditRow[] }>(`/api/audit?${qs}`);
  const rows = data?.items.slice(0, PAGE) ?? [];
  const more = (data?.items.length ?? 0) > PAGE;
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <AuditVerify />
      <AuditFilters onApply={(f) => { setFilter(f); setCursors([]); }} />
      {!data ? <Loading error={error} /> : rows.length === 0 ? <p data-testid="audit-empty">{t('audit.none')}</p> : (
        <>
          <table data-testid="audit-table" aria-busy={loading}>
            <thead><tr><th scope="col">{t('audit.seq')}</th><th scope="col">{t('audit.at')}</th><th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.action')}</th><th scope="col">{t('audit.target')}</th><th scope="col">{t('audit.detail')}</th></tr></thead>
            <tbody>{rows.map((r) => (
              <tr key={r.seq} data-action={r.action}>
                <td className="num">{r.seq}</td><td><time dateTime={r.at} title={r.at}>{fmtDate(r.at, { time: true })}</time></td><td>{r.actor}</td>
                <td><code>{r.action}</code></td><td>{r.target}</td><td className="small"><code>{JSON.stringify(r.detail)}</code></td>
              </tr>
            ))}</tbody>
          </table>
          <nav className="pager" aria-label={t('common.pages')}>
            <button type="button" disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>{t('audit.newer')}</button>
            <button type="button" disabled={!more} data-testid="audit-older" onClick={() => setCursors([...cursors, rows[rows.length - 1]!.seq])}>{t('audit.older')}</button>
          </nav>
        </>
      )}
    </>
  );
}
