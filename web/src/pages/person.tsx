// Person dossier: score and pillars with reasons and evidence, map, activity heat-map, timeline, linked records, clusters, ATT&CK, cases.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, useApi } from '../api.js';
import { can, useMe } from '../auth.js';
import { LevelBadge, Loading, PillarBars, PILLARS, SeverityBadge } from '../components/badges.js';
import { fmtDate, fmtNumber } from '../format.js';
import { go, href } from '../router.js';
import type { AlertRow, CaseRow, Dossier } from '../types.js';
import { PersonRecords } from './person-records.js';
import { ActivityHeatmap, LoginMap } from './person-charts.js';

export const attackUrl = (id: string) => `https://attack.mitre.org/techniques/${id.replace('.', '/')}/`;

export function PersonPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const { me } = useMe();
  const { data: d, error } = useApi<Dossier>(`/api/risk/${encodeURIComponent(id)}`);
  const [busy, setBusy] = useState(false);
  if (!d) return <Loading error={error} />;
  const openCase = async () => {
    setBusy(true);
    try {
      const c = await api<CaseRow>('/api/cases', { method: 'POST', json: { title: t('person.caseTitle', { name: d.name }), subjectKind: d.kind, subjectId: d.personId } });
      go('case', c.id);
    } finally { setBusy(false); }
  };
  type Item = { at: string; key: string; alert?: AlertRow; event?: Dossier['events'][number] };
  const timeline: Item[] = [
    ...d.alerts.map((a): Item => ({ at: a.time, key: `a${a.id}`, alert: a })),
    ...d.events.slice(0, 80).map((e): Item => ({ at: e.time, key: `e${e.id}`, event: e })),
  ].sort((a, b) => (a.at < b.at ? 1 : -1)).slice(0, 120);
  return (
    <>
      <div className="head">
        <h1>{d.name}</h1>
        <div className="actions no-print">
          {can(me?.role, 'casework') && <button type="button" onClick={() => void openCase()} disabled={busy} data-testid="open-case">{t('person.openCase')}</button>}
          <a className="button" href={href('report', d.personId)}>{t('person.report')}</a>
        </div>
      </div>
      <p className="muted">{t(`kind.${d.kind}`)} · {d.personId}{d.person?.jobTitle ? ` · ${d.person.jobTitle}` : ''}{d.person?.department ? ` · ${d.person.department}` : ''}</p>
      {d.score ? (
        <section aria-labelledby="sc" className="score-box">
          <h2 id="sc">{t('person.score')}</h2>
          <p className="big"><span className="num" data-testid="score">{fmtNumber(d.score.score)}</span> <LevelBadge level={d.score.level} /></p>
          <PillarBars pillars={d.score.pillars} />
        </section>
      ) : <p>{t('person.notScored')}</p>}
      {d.score && d.score.reasons.length > 0 && (
        <section aria-labelledby="rs"><h2 id="rs">{t('person.reasons')}</h2>
          {PILLARS.filter((p) => d.score!.reasons.some((r) => r.pillar === p)).map((p) => (
            <div key={p}><h3>{t(`pillar.${p}`)}</h3>
              <ul className="reasons">{d.score!.reasons.filter((r) => r.pillar === p).sort((a, b) => b.points - a.points).map((r) => (
                <li key={r.alertId + r.via}>
                  <span className="pts">+{fmtNumber(r.points)}</span> <code>{r.signals.join(', ')}</code> {r.summary[lang]}
                  <details><summary>{t('person.evidence')}</summary>
                    <dl className="kv"><dt>{t('person.rule')}</dt><dd>{r.rule}</dd><dt>{t('person.when')}</dt><dd>{fmtDate(r.at, { time: true })}</dd><dt>{t('person.via')}</dt><dd>{r.via}</dd>
                      <dt>{t('person.events')}</dt><dd>{fmtNumber(r.evidence.eventIds.length)}</dd></dl>
                    <pre className="facts">{JSON.stringify(r.evidence.facts, null, 2)}</pre>
                  </details>
                </li>))}</ul>
            </div>
          ))}
        </section>
      )}
      <div className="grid2">
        <section aria-labelledby="mp"><h2 id="mp">{t('person.map')}</h2><LoginMap d={d} />
          <p className="muted small">{t('person.mapNote')}</p></section>
        <section aria-labelledby="hm"><h2 id="hm">{t('person.heatmap')}</h2><ActivityHeatmap d={d} /></section>
      </div>
      {d.score && d.score.attack.length > 0 && (
        <section aria-labelledby="att"><h2 id="att">{t('person.attack')}</h2>
          <ul className="inline">{d.score.attack.map((a) => <li key={a}><a href={attackUrl(a)} target="_blank" rel="noreferrer">{a}</a></li>)}</ul></section>
      )}
      {d.clusters.length > 0 && (
        <section aria-labelledby="cl"><h2 id="cl">{t('person.clusters')}</h2>
          <ul>{d.clusters.map((c) => <li key={c.id}><a href={href('clusters', c.id)}>{t(`clusterKind.${c.kind}`)}</a> — {c.explanation[lang]}</li>)}</ul></section>
      )}
      <PersonRecords d={d} />
      <section aria-labelledby="cs"><h2 id="cs">{t('person.cases')}</h2>
        {d.cases.length === 0 ? <p className="muted">{t('person.noCases')}</p> : <ul>{d.cases.map((c) => <li key={c.id}><a href={href('case', c.id)}>{c.id}</a> {c.title} — {t(`caseStatus.${c.status}`)}</li>)}</ul>}</section>
      <section aria-labelledby="tl"><h2 id="tl">{t('person.timeline')}</h2>
        <table><thead><tr><th scope="col">{t('person.when')}</th><th scope="col">{t('person.what')}</th><th scope="col">{t('person.where')}</th></tr></thead>
          <tbody>{timeline.map((x) => x.alert ? (
            <tr key={x.key} className="alert-row"><td>{fmtDate(x.at, { time: true })}</td><td><SeverityBadge severity={x.alert.severity} /> {x.alert.summary[lang]}</td><td>{x.alert.signals.join(', ')}</td></tr>
          ) : (
            <tr key={x.key}><td>{fmtDate(x.at, { time: true })}</td><td>{x.event!.source} · {x.event!.category} · {t(`outcome.${x.event!.outcome}`, { defaultValue: x.event!.outcome })}</td>
              <td>{[x.event!.city, x.event!.country].filter(Boolean).join(', ') || '—'}{x.event!.network_class ? ` (${x.event!.network_class})` : ''}</td></tr>
          ))}</tbody></table>
      </section>
    </>
  );
}
