import type { EChartsOption } from 'echarts';
import { BAND_COLORS, bandOf } from './bands';
import { LIGHT, type ChartTheme } from './theme';
import { formatDecimal, formatScore } from '@scorecard/shared';

export interface HeatmapUnit {
  name: string;
  scores: ReadonlyArray<{ id: string; score: number | null }>;
}
export interface HeatmapIndicator {
  id: string;
  label: string;
}

const CELL_HEIGHT = 20;

export function heatmapHeight(units: number): number {
  return Math.max(260, units * CELL_HEIGHT + 90);
}

/**
 * Units (rows, in the given order) × sub-indicators (columns); each cell coloured by its score band,
 * N/A cells grey, so the heatmap reads exactly like the tables.
 */
export function heatmapOption(
  units: readonly HeatmapUnit[],
  indicators: readonly HeatmapIndicator[],
  naLabel: string,
  theme: ChartTheme = LIGHT,
): EChartsOption {
  const data = units.flatMap((unit, y) =>
    indicators.map((indicator, x) => {
      const score = unit.scores.find((s) => s.id === indicator.id)?.score ?? null;
      return {
        value: [x, y, score ?? -1],
        itemStyle: { color: BAND_COLORS[bandOf(score)], borderColor: '#fff', borderWidth: 1 },
        label: {
          show: true,
          // Whole points fit a cell; the tooltip has the two-decimal score the colour is graded on.
          formatter: () => formatDecimal(score, 0, naLabel),
          fontSize: 10,
          color: '#fff',
        },
      };
    }),
  );
  return {
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    tooltip: {
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const [x, y, v] = (item?.value as [number, number, number] | undefined) ?? [0, 0, -1];
        return `${units[y]?.name ?? ''}<br/>${indicators[x]?.label ?? ''}: ${v < 0 ? naLabel : formatScore(v)}`;
      },
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: indicators.map((i) => i.label),
      axisLabel: { interval: 0, color: theme.text },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: units.map((u) => u.name),
      axisLabel: { width: 140, overflow: 'truncate', color: theme.text },
    },
    series: [{ type: 'heatmap', data, emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 1 } } }],
  };
}
