// The dossier's two pictures: login places on an offline world map (with residence and ship-to), and the hour × weekday heat-map.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../components/echart.js';
import { fmtDate, fmtNumber, fmtOffset } from '../format.js';
import type { Dossier } from '../types.js';

/** Weekday names in the reader's language, Monday first (ISO), from Intl. */
export function weekdayNames(lang: string): string[] {
  const f = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { weekday: 'short', timeZone: 'UTC' });
  return [1, 2, 3, 4, 5, 6, 7].map((d) => f.format(new Date(Date.UTC(2024, 0, d)))); // 2024-01-01 was a Monday
}

export function LoginMap({ d }: { d: Dossier }) {
  const { t, i18n } = useTranslation();
  const option = useMemo(() => {
    const pts = d.logins.map((p) => ({ name: [p.city, p.country].filter(Boolean).join(', '), value: [p.lon, p.lat, p.n], net: p.network_class, first: p.first, last: p.last }));
    const marks = [
      ...(d.places.residence?.at ? [{ name: `${t('person.residence')}: ${[d.places.residence.city, d.places.residence.country].filter(Boolean).join(', ')}`, value: [d.places.residence.at.lon, d.places.residence.at.lat], kind: 'residence' }] : []),
      ...d.places.shipTo.filter((s) => s.at).map((s) => ({ name: `${t('person.shipTo')}: ${[s.city, s.country].filter(Boolean).join(', ')}`, value: [s.at!.lon, s.at!.lat], kind: 'ship' })),
    ];
    return {
      tooltip: { trigger: 'item', formatter: (p: { data: { name: string; value: number[]; net?: string; last?: string } }) => p.data.value[2] !== undefined
        ? `${p.data.name}<br>${t('person.logins')}: ${fmtNumber(p.data.value[2])}<br>${t('person.network')}: ${p.data.net ?? '—'}<br>${t('person.lastSeen')}: ${fmtDate(p.data.last, { time: true })}` : p.data.name },
      legend: { data: [t('person.logins'), t('person.residence'), t('person.shipTo')], bottom: 0 },
      geo: { map: 'world', roam: true, itemStyle: { areaColor: '#e8edf3', borderColor: '#9aa5b1' }, emphasis: { disabled: true } },
      series: [
        { name: t('person.logins'), type: 'scatter', coordinateSystem: 'geo', data: pts, symbolSize: (v: number[]) => 6 + Math.min(18, Math.sqrt(v[2] ?? 1) * 2), itemStyle: { color: '#1f6feb', opacity: 0.8 } },
        { name: t('person.residence'), type: 'scatter', coordinateSystem: 'geo', symbol: 'pin', symbolSize: 30, itemStyle: { color: '#2b8a3e' }, data: marks.filter((m) => m.kind === 'residence') },
        { name: t('person.shipTo'), type: 'scatter', coordinateSystem: 'geo', symbol: 'diamond', symbolSize: 16, itemStyle: { color: '#c92a2a' }, data: marks.filter((m) => m.kind === 'ship') },
      ],
    };
  }, [d, t, i18n.language]);
  return <EChart option={option} world height={380} label={t('person.mapLabel')} testId="login-map" />;
}

export function ActivityHeatmap({ d }: { d: Dossier }) {
  const { t, i18n } = useTranslation();
  const option = useMemo(() => {
    const days = weekdayNames(i18n.language);
    const max = Math.max(1, ...d.activity.grid.map((g) => g.n));
    return {
      tooltip: { position: 'top', formatter: (p: { value: number[] }) => `${days[p.value[1]!]} ${String(p.value[0]).padStart(2, '0')}:00 — ${fmtNumber(p.value[2])}` },
      grid: { left: 50, right: 20, top: 10, bottom: 60 },
      xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')), name: t('person.hour'), nameLocation: 'middle', nameGap: 25 },
      yAxis: { type: 'category', data: days, inverse: true },
      visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#f1f3f5', '#74c0fc', '#1864ab'] } },
      series: [{ type: 'heatmap', data: d.activity.grid.map((g) => [g.h, g.d - 1, g.n]) }],
    };
  }, [d, t, i18n.language]);
  const inf = d.activity.inferred;
  return (
    <>
      <p>{t('person.zoneShown', { zone: d.activity.zone ?? '—' })}{' · '}
        {inf ? t('person.zoneInferred', { offset: fmtOffset(inf.offset), share: fmtNumber(inf.share * 100) }) : t('person.zoneUnknown')}</p>
      <EChart option={option} height={280} label={t('person.heatmapLabel')} testId="activity-heatmap" />
    </>
  );
}
