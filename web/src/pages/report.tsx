// Printable report: the organisation (levels, top people, clusters) or one person (score, reasons, records) — print to PDF from the browser.
import { useTranslation } from 'react-i18next';
import { useApi } from '../api.js';
import { LevelBadge, Loading, PillarBars } from '../components/badges.js';
import { fmtDate, fmtNumber } from '../format.js';
import type { ClusterRow, Dossier, Overview, RiskList } from '../types.js';

function PersonReport({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const { data: d, error } = useApi<Dossier>(`/api/risk/${encodeURIComponent(id)}`);
  if (!d) return <Loading error={error} />;
  return (
    <article className="report">
      <h1>{t('report.personTitle', { name: d.name })}</h1>
      <p className="muted">{d.personId} · {t('report.generated', { date: fmtDate(new Date().toISOString(), { time: true }) })}</p>
      {d.score ? <><p className="big">{fmtNumber(d.score.score)} <LevelBadge level={d.score.level} /></p><PillarBars pillars={d.score.pillars} />
        <h2>{t('person.reasons')}</h2>
        <table><thead><tr><th scope="col">{t('report.points')}</th><th scope="col">{t('report.pillar')}</th><th scope="col">{t('report.signals')}</th><th scope="col">{t('report.finding')}</th><th scope="col">{t('person.when')}</th></tr></thead>
          <tbody>{[...d.score.reasons].sort((a, b) => b.points - a.points).map((r) => <tr key={r.alertId + r.via}><td className="num">{fmtNumber(r.points)}</td><td>{t(`pillar.${r.pillar}`)}</td><td>{r.signals.join(', ')}</td><td>{r.summary[lang]}</td><td>{fmtDate(r.at)}</td></tr>)}</tbody></table>
        {d.score.attack.length > 0 && <p>{t('person.attack')}: {d.score.attack.join(', ')}</p>}</> : <p>{t('person.notScored')}</p>}
      <h2>{t('person.shipments')}</h2>
      <ul>{d.shipments.map((s) => <li key={s.assetId}>{s.assetId}: {[s.shipToCity, s.shipToCountry].filter(Boolean).join(', ')}</li>)}</ul>
      <h2>{t('person.clusters')}</h2>
      {d.clusters.length === 0 ? <p>{t('common.none')}</p> : <ul>{d.clusters.map((c) => <li key={c.id}>{c.explanation[lang]}</li>)}</ul>}
    </article>
  );
}

function OrgReport() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const { data: o, error } = useApi<Overview>('/api/overview');
  const { data: top } = useApi<RiskList>('/api/risk?limit=25&level=critical,high,medium');
  const { data: cl } = useApi<{ items: ClusterRow[] }>('/api/clusters');
  if (!o) return <Loading error={error} />;
  return (
    <article className="report">
      <h1>{t('report.orgTitle')}</h1>
      <p className="muted">{t('report.generated', { date: fmtDate(new Date().toISOString(), { time: true }) })} · {t('overview.asOf', { date: fmtDate(o.dataTime, { time: true }) })}</p>
      <ul className="inline">{(['critical', 'high', 'medium', 'low'] as const).map((l) => <li key={l}><LevelBadge level={l} /> {fmtNumber(o.byLevel[l])}</li>)}</ul>
      <p>{t('overview.clusters')}: {fmtNumber(o.clusters.total)} · {t('overview.openCases')}: {fmtNumber(o.openCases)} · {t('overview.newHigh')}: {fmtNumber(o.newHighThisWeek)}</p>
      <h2>{t('report.topPeople')}</h2>
      <table><thead><tr><th scope="col">{t('people.name')}</th><th scope="col">{t('people.score')}</th><th scope="col">{t('people.level')}</th><th scope="col">{t('people.topReason')}</th></tr></thead>
        <tbody>{(top?.items ?? []).map((p) => <tr key={p.personId}><td>{p.name}</td><td className="num">{fmtNumber(p.score)}</td><td><LevelBadge level={p.level} /></td><td className="small">{p.topReason?.[lang] ?? '—'}</td></tr>)}</tbody></table>
      <h2>{t('nav.clusters')}</h2>
      <ul>{(cl?.items ?? []).map((c) => <li key={c.id}>{t(`clusterKind.${c.kind}`)}: {c.explanation[lang]}</li>)}</ul>
    </article>
  );
}

export function ReportPage({ personId }: { personId?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="no-print"><button type="button" onClick={() => window.print()}>{t('report.print')}</button> <span className="muted">{t('report.printHint')}</span></p>
      {personId ? <PersonReport id={personId} /> : <OrgReport />}
    </>
  );
}
