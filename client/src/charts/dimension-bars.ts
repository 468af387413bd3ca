import type { EChartsOption } from 'echarts';
import { LIGHT, SERIES_PALETTE, type ChartTheme } from './theme';
import { formatScore } from '@scorecard/shared';

export interface DimensionBarsSeries {
  name: string;
  values: ReadonlyArray<number | null>;
}

/** Grouped bars: dimensions on the x axis, one bar per unit; N/A bars are absent, not zero. */
export function dimensionBarsOption(
  dimensions: readonly string[],
  series: readonly DimensionBarsSeries[],
  naLabel: string,
  theme: ChartTheme = LIGHT,
): EChartsOption {
  return {
    color: SERIES_PALETTE,
    grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
    legend: { bottom: 0, textStyle: { color: theme.text } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? formatScore(v) : naLabel) },
    xAxis: { type: 'category', data: [...dimensions], axisLabel: { interval: 0 } },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: series.map((s) => ({ type: 'bar', name: s.name, barMaxWidth: 22, data: s.values.map((v) => v ?? '-') })),
  };
}
