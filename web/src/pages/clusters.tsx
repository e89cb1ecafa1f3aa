// Clusters: laptop farms and shared-infrastructure groups as a graph (people as nodes, shared things as edges), with a map.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api.js';
import { LevelBadge, Loading } from '../components/badges.js';
import { EChart } from '../components/echart.js';
import { fmtNumber } from '../format.js';
import { go, href } from '../router.js';
import type { ClusterRow, Level } from '../types.js';

interface Edge { a: string; b: string; kind: string; strength: number; detail: string; facts: Record<string, unknown> }
type Cluster = ClusterRow & { edges: Edge[]; people: { id: string; personId: string | null; name: string; score: number; level: Level; country: string | null }[] };
const LEVEL_COLOR: Record<string, string> = { low: '#4c8dd6', medium: '#d99a00', high: '#d9480f', critical: '#a4161a' };

export function ClustersPage({ selected }: { selected?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const { data, error } = useApi<{ items: Cluster[] }>('/api/clusters');
  const [pick, setPick] = useState(selected);
  const c = data?.items.find((x) => x.id === pick) ?? data?.items[0];
  const graph = useMemo(() => c && ({
    tooltip: { formatter: (p: { dataType: string; data: { name?: string; detail?: string } }) => (p.dataType === 'edge' ? p.data.detail : p.data.name) ?? '' },
    series: [{
      type: 'graph', layout: 'force', roam: true, force: { repulsion: 300, edgeLength: 120 }, label: { show: true, position: 'right' },
      data: c.people.map((p) => ({ id: p.id, name: p.name, personId: p.personId, symbolSize: 20 + p.score / 4, itemStyle: { color: LEVEL_COLOR[p.level] } })),
      links: c.edges.map((e) => ({ source: e.a, target: e.b, detail: `${t(`edgeKind.${e.kind}`)}: ${e.detail}`, lineStyle: { width: 1 + e.strength * 4 }, label: { show: true, formatter: t(`edgeKind.${e.kind}`) } })),
    }],
  }), [c, t]);
  const map = useMemo(() => {
    if (!c) return null;
    const pts = c.edges.map((e) => e.facts).filter((f) => typeof f.lat === 'number' && typeof f.lon === 'number').map((f) => ({ name: String(f.city ?? f.ip ?? ''), value: [f.lon as number, f.lat as number] }));
    if (c.location?.lat != null && c.location.lon != null) pts.push({ name: c.location.label, value: [c.location.lon, c.location.lat] });
    return { tooltip: { trigger: 'item', formatter: (p: { name: string }) => p.name }, geo: { map: 'world', roam: true, itemStyle: { areaColor: '#e8edf3', borderColor: '#9aa5b1' } },
      series: [{ type: 'scatter', coordinateSystem: 'geo', data: pts, symbolSize: 14, itemStyle: { color: '#c92a2a' } }] };
  }, [c]);
  if (!data) return <Loading error={error} />;
  return (
    <>
      <h1>{t('clusters.title')}</h1>
      {data.items.length === 0 ? <p>{t('clusters.none')}</p> : (
        <>
          <label><span>{t('clusters.pick')}</span>
            <select value={c?.id} onChange={(e) => setPick(e.target.value)}>{data.items.map((x) => <option key={x.id} value={x.id}>{t(`clusterKind.${x.kind}`)} · {t('clusters.members', { n: x.members.length })} · {fmtNumber(x.score, 1)}</option>)}</select></label>
          {c && <>
            <p>{c.explanation[lang]}</p>
            <div className="grid2">
              <section aria-labelledby="gr"><h2 id="gr">{t('clusters.graph')}</h2>{graph && <EChart option={graph} height={380} label={t('clusters.graphLabel')} testId="cluster-graph" onClick={(x) => { const p = (x as { personId?: string }).personId; if (p) go('person', p); }} />}</section>
              <section aria-labelledby="cm"><h2 id="cm">{t('clusters.map')}</h2>{map && <EChart option={map} world height={380} label={t('clusters.mapLabel')} testId="cluster-map" />}</section>
            </div>
            <h2>{t('clusters.people')}</h2>
            <ul>{c.people.map((p) => <li key={p.id}>{p.personId ? <a href={href('person', p.personId)}>{p.name}</a> : p.name} <LevelBadge level={p.level} /> {fmtNumber(p.score)} {p.country ?? ''}</li>)}</ul>
            <h2>{t('clusters.evidence')}</h2>
            <table><thead><tr><th scope="col">{t('clusters.link')}</th><th scope="col">{t('clusters.kind')}</th><th scope="col">{t('clusters.strength')}</th><th scope="col">{t('clusters.detail')}</th></tr></thead>
              <tbody>{c.edges.map((e, i) => <tr key={i}><td>{e.a} — {e.b}</td><td>{t(`edgeKind.${e.kind}`)}</td><td className="num">{fmtNumber(e.strength, 2)}</td><td className="small">{e.detail}</td></tr>)}</tbody></table>
          </>}
        </>
      )}
    </>
  );
}
