// One ECharts instance per element (canvas renderer), resized with its box; only the chart types the app uses are bundled.
import { BarChart, EffectScatterChart, GraphChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { ensureWorldMap } from './world-map.js';

echarts.use([BarChart, LineChart, ScatterChart, EffectScatterChart, GraphChart, HeatmapChart, GeoComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export function EChart(props: { option: ChartOption; height?: number; label: string; testId?: string; world?: boolean; onClick?: (data: unknown) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    if (props.world) ensureWorldMap(echarts.registerMap);
    const c = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(ref.current);
    return () => { ro.disconnect(); c.dispose(); chart.current = null; };
  }, [props.world]);
  useEffect(() => { chart.current?.setOption(props.option, true); }, [props.option]);
  useEffect(() => {
    const c = chart.current;
    if (!c || !props.onClick) return;
    const h = (p: { data?: unknown }) => props.onClick?.(p.data);
    c.on('click', h);
    return () => { c.off('click', h); };
  }, [props.onClick]);
  // The canvas is not readable by screen readers: the label says what it shows; tables next to it carry the numbers.
  return <div ref={ref} role="img" aria-label={props.label} data-testid={props.testId} className="chart" style={{ height: props.height ?? 320 }} />;
}
