import type { EChartsOption } from 'echarts';
import { BAND_COLORS, bandOf } from './bands';
import { LIGHT, type ChartTheme } from './theme';
import { formatDecimal } from '@scorecard/shared';

export interface HeatmapCell {
  id: string;
  score: number | null;
  /** ▲/▼/= against the previous period of the same kind, printed after the score. */
  arrow?: string | null;
}
export interface HeatmapUnit {
  name: string;
  /** Scores by column key (see HeatmapIndicator.key). */
  scores: ReadonlyMap<string, HeatmapCell> | ReadonlyArray<HeatmapCell>;
}
export interface HeatmapIndicator {
  /** The column's key in HeatmapUnit.scores: the sub-indicator id, or `period|id` side by side. */
  key?: string;
  id: string;
  label: string;
}

const CELL_HEIGHT = 20;

export function heatmapHeight(units: number): number {
  return Math.max(260, units * CELL_HEIGHT + 110);
}

function cellOf(unit: HeatmapUnit, indicator: HeatmapIndicator): HeatmapCell | undefined {
  const key = indicator.key ?? indicator.id;
  return unit.scores instanceof Map
    ? unit.scores.get(key)
    : (unit.scores as ReadonlyArray<HeatmapCell>).find((s) => s.id === key);
}

/**
 * Units (rows, in the given order) × indicators (columns, labelled with names); each cell coloured by
 * `colorOf` (the scheme's legend of the indicator; default the grade bands), N/A cells grey, so the
 * heatmap reads like the tables. `tooltip(unit, column)` writes the hover text (indicator, value, score,
 * points lost), in the page's language.
 */
export function heatmapOption(
  units: readonly HeatmapUnit[],
  indicators: readonly HeatmapIndicator[],
  naLabel: string,
  theme: ChartTheme = LIGHT,
  colorOf: (id: string, score: number | null) => string | null = () => null,
  tooltip?: (unit: number, column: number) => string,
): EChartsOption {
  const data = units.flatMap((unit, y) =>
    indicators.map((indicator, x) => {
      const cell = cellOf(unit, indicator);
      const score = cell?.score ?? null;
      return {
        value: [x, y, score ?? -1],
        itemStyle: {
          color: (score != null ? colorOf(indicator.id, score) : null) ?? BAND_COLORS[bandOf(score)],
          borderColor: '#fff',
          borderWidth: 1,
        },
        label: {
          show: true,
          // Whole points fit a cell; the tooltip has the two-decimal score the colour is graded on.
          formatter: () => `${formatDecimal(score, 0, naLabel)}${cell?.arrow ? ` ${cell.arrow}` : ''}`,
          fontSize: 10,
          color: '#fff',
        },
      };
    }),
  );
  return {
    grid: { left: 8, right: 8, top: 70, bottom: 8, containLabel: true },
    tooltip: {
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const [x, y, v] = (item?.value as [number, number, number] | undefined) ?? [0, 0, -1];
        if (tooltip) return tooltip(y, x);
        return `${units[y]?.name ?? ''}<br/>${indicators[x]?.label ?? ''}: ${v < 0 ? naLabel : formatDecimal(v, 2)}`;
      },
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: indicators.map((i) => i.label),
      axisLabel: { interval: 0, color: theme.text, rotate: 35, width: 90, overflow: 'truncate', fontSize: 11 },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: units.map((u) => u.name),
      axisLabel: { width: 160, overflow: 'truncate', color: theme.text },
    },
    series: [{ type: 'heatmap', data, emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 1 } } }],
  };
}
