// People: ranked by score, filtered and searched on the server, paged (fast with 10,000 people).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api.js';
import { LevelBadge, Loading, PILLARS } from '../components/badges.js';
import { fmtNumber } from '../format.js';
import { href } from '../router.js';
import type { RiskList } from '../types.js';

const PAGE = 50;

function useDebounced<T>(v: T, ms = 250): T {
  const [d, setD] = useState(v);
  useEffect(() => { const h = setTimeout(() => setD(v), ms); return () => clearTimeout(h); }, [v, ms]);
  return d;
}

export function PeoplePage() {
  const { t, i18n } = useTranslation();
  const initial = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const [f, setF] = useState({ search: '', level: initial.get('level') ?? '', pillar: '', kind: '', department: '', country: '', employmentType: '' });
  const [offset, setOffset] = useState(0);
  const search = useDebounced(f.search);
  const qs = new URLSearchParams({ limit: String(PAGE), offset: String(offset) });
  for (const [k, v] of Object.entries({ ...f, search })) if (v) qs.set(k, v);
  const { data, error, loading } = useApi<RiskList>(`/api/risk?${qs}`);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => { setF({ ...f, [k]: e.target.value }); setOffset(0); };
  const select = (k: 'level' | 'pillar' | 'kind' | 'department' | 'country' | 'employmentType', options: { value: string; label: string }[]) => (
    <label key={k}><span>{t(`people.filter.${k}`)}</span>
      <select value={f[k]} onChange={set(k)}><option value="">{t('common.all')}</option>{options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select>
    </label>
  );
  return (
    <>
      <h1>{t('people.title')}</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label><span>{t('people.search')}</span><input type="search" value={f.search} onChange={set('search')} placeholder={t('people.searchHint')} /></label>
        {select('level', ['critical', 'high', 'medium', 'low'].map((l) => ({ value: l, label: t(`level.${l}`) })))}
        {select('pillar', PILLARS.map((p) => ({ value: p, label: t(`pillar.${p}`) })))}
        {select('kind', ['employee', 'candidate'].map((k) => ({ value: k, label: t(`kind.${k}`) })))}
        {select('department', (data?.facets.department ?? []).map((o) => ({ value: o.value, label: `${o.value} (${fmtNumber(o.n)})` })))}
        {select('country', (data?.facets.country ?? []).map((o) => ({ value: o.value, label: `${o.value} (${fmtNumber(o.n)})` })))}
        {select('employmentType', (data?.facets.employmentType ?? []).map((o) => ({ value: o.value, label: t(`employment.${o.value}`, { defaultValue: o.value }) })))}
      </form>
      {!data ? <Loading error={error} /> : (
        <>
          <p aria-live="polite" className="muted">{t('people.count', { count: data.total, n: fmtNumber(data.total) })}{loading ? ` — ${t('common.loading')}` : ''}</p>
          <table className="people" data-testid="people-table">
            <thead><tr>
              <th scope="col">{t('people.rank')}</th><th scope="col">{t('people.name')}</th><th scope="col">{t('people.score')}</th><th scope="col">{t('people.level')}</th>
              {PILLARS.map((p) => <th scope="col" key={p}>{t(`pillar.${p}`)}</th>)}
              <th scope="col">{t('people.department')}</th><th scope="col">{t('people.country')}</th><th scope="col">{t('people.topReason')}</th>
            </tr></thead>
            <tbody>{data.items.map((p, i) => (
              <tr key={p.personId}>
                <td className="num">{fmtNumber(offset + i + 1)}</td>
                <td><a href={href('person', p.personId)}>{p.name}</a><div className="muted small">{t(`kind.${p.kind}`)} · {p.employeeId ?? p.candidateId}</div></td>
                <td className="num">{fmtNumber(p.score)}</td><td><LevelBadge level={p.level} /></td>
                {PILLARS.map((k) => <td key={k} className="num">{fmtNumber(p.pillars[k])}</td>)}
                <td>{p.department ?? '—'}</td><td>{p.country ?? '—'}</td>
                <td className="small">{p.topReason ? (i18n.language === 'ja' ? p.topReason.ja : p.topReason.en) : '—'}</td>
              </tr>
            ))}</tbody>
          </table>
          <nav className="pager" aria-label={t('common.pages')}>
            <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{t('common.prev')}</button>
            <span>{t('common.pageOf', { from: fmtNumber(data.total ? offset + 1 : 0), to: fmtNumber(Math.min(offset + PAGE, data.total)), total: fmtNumber(data.total) })}</span>
            <button type="button" disabled={offset + PAGE >= data.total} onClick={() => setOffset(offset + PAGE)}>{t('common.next')}</button>
          </nav>
        </>
      )}
    </>
  );
}
