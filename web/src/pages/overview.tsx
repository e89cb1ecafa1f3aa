// Overview: people by level, new high/critical this week, clusters, open cases, source coverage and the alert trend.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api.js';
import { LevelBadge, Loading } from '../components/badges.js';
import { EChart } from '../components/echart.js';
import { fmtDate, fmtNumber } from '../format.js';
import { href } from '../router.js';
import type { Overview } from '../types.js';

const SEV_COLORS: Record<string, string> = { info: '#8a94a6', low: '#4c8dd6', medium: '#d99a00', high: '#d9480f', critical: '#a4161a' };

export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const { data, error } = useApi<Overview>('/api/overview');
  const trend = useMemo(() => {
    if (!data) return null;
    const days = [...new Set(data.trend.map((r) => r.day))].sort();
    const sevs = ['info', 'low', 'medium', 'high', 'critical'].filter((s) => data.trend.some((r) => r.severity === s));
    return {
      tooltip: { trigger: 'axis' }, legend: { data: sevs.map((s) => t(`severity.${s}`)), bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 60 },
      xAxis: { type: 'category', data: days.map((d) => fmtDate(d)) }, yAxis: { type: 'value', minInterval: 1 },
      series: sevs.map((s) => ({ name: t(`severity.${s}`), type: 'bar', stack: 'a', itemStyle: { color: SEV_COLORS[s] }, data: days.map((d) => data.trend.find((r) => r.day === d && r.severity === s)?.n ?? 0) })),
    };
  }, [data, t, i18n.language]);
  if (!data) return <Loading error={error} />;
  const cards: [string, number, string?][] = [
    ['overview.people', data.people, href('people')],
    ['overview.critical', data.byLevel.critical, `${href('people')}?level=critical`],
    ['overview.high', data.byLevel.high, `${href('people')}?level=high`],
    ['overview.newHigh', data.newHighThisWeek],
    ['overview.clusters', data.clusters.total, href('clusters')],
    ['overview.openCases', data.openCases, href('cases')],
  ];
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <p className="muted">{t('overview.asOf', { date: fmtDate(data.dataTime, { time: true }) })}</p>
      <ul className="cards">
        {cards.map(([k, n, link]) => (
          <li key={k} className="card"><span className="card-n">{fmtNumber(n)}</span>{link ? <a href={link}>{t(k)}</a> : <span>{t(k)}</span>}</li>
        ))}
      </ul>
      <section aria-labelledby="lv"><h2 id="lv">{t('overview.byLevel')}</h2>
        <ul className="inline">{(['critical', 'high', 'medium', 'low'] as const).map((l) => <li key={l}><LevelBadge level={l} /> {fmtNumber(data.byLevel[l])}</li>)}</ul>
      </section>
      <div className="grid2">
        <section aria-labelledby="tr"><h2 id="tr">{t('overview.trend')}</h2>{trend && <EChart option={trend} label={t('overview.trend')} testId="trend-chart" />}</section>
        <section aria-labelledby="top"><h2 id="top">{t('overview.top')}</h2>
          <ol className="toplist">{data.top.map((p) => (
            <li key={p.personId}><a href={href('person', p.personId)}>{p.name}</a> <LevelBadge level={p.level} /> <span className="num">{fmtNumber(p.score)}</span>
              {p.topReason && <div className="muted small">{i18n.language === 'ja' ? p.topReason.ja : p.topReason.en}</div>}</li>
          ))}</ol>
        </section>
      </div>
      <section aria-labelledby="cov"><h2 id="cov">{t('overview.coverage')}</h2>
        <table><caption className="sr-only">{t('overview.coverage')}</caption>
          <thead><tr><th scope="col">{t('sources.feed')}</th><th scope="col">{t('sources.events')}</th><th scope="col">{t('sources.last')}</th><th scope="col">{t('sources.status')}</th></tr></thead>
          <tbody>{data.coverage.map((c) => (
            <tr key={c.source}><td>{c.source}</td><td className="num">{fmtNumber(c.events)}</td><td>{fmtDate(c.last, { time: true })}</td>
              <td><span className={`badge ${c.fresh ? 'ok' : 'stale'}`}>{t(c.fresh ? 'sources.fresh' : 'sources.stale')}</span></td></tr>
          ))}
          {(['people', 'accounts', 'payroll', 'shipments', 'candidates', 'interviews', 'idv'] as const).map((k) => (
            <tr key={k}><td>{t(`tables.${k}`)}</td><td className="num">{fmtNumber(data.tables[k] ?? 0)}</td><td>—</td>
              <td><span className={`badge ${(data.tables[k] ?? 0) > 0 ? 'ok' : 'stale'}`}>{t((data.tables[k] ?? 0) > 0 ? 'sources.connected' : 'sources.missing')}</span></td></tr>
          ))}</tbody>
        </table>
      </section>
    </>
  );
}
