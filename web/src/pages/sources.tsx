// Sources & data: event feeds, import runs with their reject files, connector checkpoints, reference dataset versions.
import { useTranslation } from 'react-i18next';
import { useApi } from '../api.js';
import { Loading } from '../components/badges.js';
import { fmtDate, fmtNumber } from '../format.js';

interface Sources {
  imports: { id: string; file: string; source: string; startedAt: string; finishedAt: string | null; accepted: number; updated: number; duplicate: number; rejected: number; rejectFile: string | null }[];
  connectors: { connector: string; value: string; updatedAt: string }[];
  feeds: { source: string; events: number; first: string; last: string }[];
  datasets: { id: string; title: string; version: string; date: string; licence: string; files: { path: string; present: boolean }[] }[];
  datasetError: string | null;
}

export function SourcesPage() {
  const { t } = useTranslation();
  const { data, error } = useApi<Sources>('/api/sources');
  if (!data) return <Loading error={error} />;
  return (
    <>
      <h1>{t('sources.title')}</h1>
      <section aria-labelledby="fd"><h2 id="fd">{t('sources.feeds')}</h2>
        <table><thead><tr><th scope="col">{t('sources.feed')}</th><th scope="col">{t('sources.events')}</th><th scope="col">{t('sources.first')}</th><th scope="col">{t('sources.last')}</th></tr></thead>
          <tbody>{data.feeds.map((f) => <tr key={f.source}><td>{f.source}</td><td className="num">{fmtNumber(f.events)}</td><td>{fmtDate(f.first, { time: true })}</td><td>{fmtDate(f.last, { time: true })}</td></tr>)}</tbody></table></section>
      <section aria-labelledby="cn"><h2 id="cn">{t('sources.connectors')}</h2>
        {data.connectors.length === 0 ? <p className="muted">{t('sources.noConnectors')}</p> : (
          <table><thead><tr><th scope="col">{t('sources.connector')}</th><th scope="col">{t('sources.lastPull')}</th><th scope="col">{t('sources.checkpoint')}</th></tr></thead>
            <tbody>{data.connectors.map((c) => <tr key={c.connector}><td>{c.connector}</td><td>{fmtDate(c.updatedAt, { time: true })}</td><td><code>{c.value.slice(0, 60)}</code></td></tr>)}</tbody></table>)}</section>
      <section aria-labelledby="im"><h2 id="im">{t('sources.imports')}</h2>
        <table data-testid="imports"><thead><tr><th scope="col">{t('sources.file')}</th><th scope="col">{t('sources.source')}</th><th scope="col">{t('sources.when')}</th><th scope="col">{t('sources.accepted')}</th><th scope="col">{t('sources.updated')}</th><th scope="col">{t('sources.duplicate')}</th><th scope="col">{t('sources.rejected')}</th></tr></thead>
          <tbody>{data.imports.map((r) => <tr key={r.id}><td>{r.file}</td><td>{r.source}</td><td>{fmtDate(r.startedAt, { time: true })}</td><td className="num">{fmtNumber(r.accepted)}</td><td className="num">{fmtNumber(r.updated)}</td><td className="num">{fmtNumber(r.duplicate)}</td>
            <td className="num">{r.rejected > 0 && r.rejectFile ? <a href={`/api/imports/${encodeURIComponent(r.id)}/rejects`}>{fmtNumber(r.rejected)} · {t('sources.rejectFile')}</a> : fmtNumber(r.rejected)}</td></tr>)}</tbody></table></section>
      <section aria-labelledby="ds"><h2 id="ds">{t('sources.datasets')}</h2>
        {data.datasetError ? <p className="error">{data.datasetError}</p> : (
          <table><thead><tr><th scope="col">{t('sources.dataset')}</th><th scope="col">{t('sources.version')}</th><th scope="col">{t('sources.date')}</th><th scope="col">{t('sources.licence')}</th><th scope="col">{t('sources.status')}</th></tr></thead>
            <tbody>{data.datasets.map((d) => <tr key={d.id}><td>{d.title}</td><td><code>{d.version}</code></td><td>{d.date}</td><td>{d.licence}</td>
              <td><span className={`badge ${d.files.every((f) => f.present) ? 'ok' : 'stale'}`}>{t(d.files.every((f) => f.present) ? 'sources.present' : 'sources.missing')}</span></td></tr>)}</tbody></table>)}</section>
    </>
  );
}
