import type { EChartsOption } from 'echarts';
import { AVERAGE_COLOR, LIGHT, SERIES_PALETTE, type ChartTheme } from './theme';
import { formatScore } from '@scorecard/shared';

export interface RadarSeries {
  name: string;
  /** one value per axis; null = N/A (drawn at 0, shown as N/A in the tooltip) */
  values: ReadonlyArray<number | null>;
  /** the city average: dashed neutral line, no fill */
  average?: boolean;
}

/** Radar on a fixed 0–100 scale, one polygon per unit (and the city average). */
export function radarOption(
  axes: readonly string[],
  series: readonly RadarSeries[],
  naLabel: string,
  theme: ChartTheme = LIGHT,
): EChartsOption {
  let colorIndex = 0;
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, textStyle: { color: theme.text } },
    radar: {
      indicator: axes.map((name) => ({ name, max: 100, min: 0 })),
      radius: '62%',
      center: ['50%', '46%'],
      axisName: { color: theme.text },
    },
    series: [
      {
        type: 'radar',
        tooltip: {
          formatter: (p) => {
            const item = Array.isArray(p) ? p[0] : p;
            const s = series[item?.dataIndex ?? 0];
            return s
              ? `${s.name}<br/>${axes.map((a, i) => `${a}: ${formatScore(s.values[i], naLabel)}`).join('<br/>')}`
              : '';
          },
        },
        data: series.map((s) => {
          const color = s.average ? AVERAGE_COLOR : SERIES_PALETTE[colorIndex++ % SERIES_PALETTE.length];
          return {
            name: s.name,
            value: s.values.map((v) => v ?? 0),
            symbolSize: 4,
            lineStyle: { color, type: s.average ? 'dashed' : 'solid', width: 2 },
            itemStyle: { color },
            areaStyle: s.average ? undefined : { color, opacity: 0.12 },
          };
        }),
      },
    ],
  };
}
