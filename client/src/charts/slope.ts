import type { EChartsOption } from 'echarts';
import { LIGHT, type ChartTheme } from './theme';
import { MOVE_COLORS } from './movement';

export interface SlopeRow {
  name: string;
  before: number | null;
  after: number | null;
}

export interface SlopeLabels {
  before: string;
  after: string;
  up: string;
  down: string;
  same: string;
}

/** Line segments from the left (x = 0, rank before) to the right (x = 1, rank after), separated by gaps. */
function segments(rows: readonly SlopeRow[]): Array<[number, number, string] | '-'> {
  const data: Array<[number, number, string] | '-'> = [];
  for (const r of rows) {
    if (r.before === null || r.after === null) continue;
    if (data.length) data.push('-');
    data.push([0, r.before, r.name], [1, r.after, r.name]);
  }
  return data;
}

/**
 * Rank movements as a slope chart: every unit a line from its baseline rank to its draft rank (1 at the
 * top), green up, red down, grey unchanged. Three series with gaps instead of one series per unit:
 * 75 units stay three cheap series, so a slider move redraws in a few milliseconds.
 */
export function slopeOption(rows: readonly SlopeRow[], labels: SlopeLabels, theme: ChartTheme = LIGHT): EChartsOption {
  const ranked = rows.filter((r) => r.before !== null && r.after !== null);
  const max = Math.max(1, ...ranked.map((r) => Math.max(r.before!, r.after!)));
  const group = (test: (r: SlopeRow) => boolean) => segments(ranked.filter(test));
  const series = (name: string, color: string, data: ReturnType<typeof segments>, z: number) => ({
    type: 'line' as const,
    name,
    data,
    z,
    connectNulls: false,
    showSymbol: false,
    animation: false,
    itemStyle: { color },
    lineStyle: { color, width: 1.2, opacity: name === labels.same ? 0.45 : 0.9 },
  });
  return {
    grid: { left: 8, right: 8, top: 28, bottom: 28, containLabel: true },
    legend: { top: 0, textStyle: { color: theme.text } },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = p as { value?: [number, number, string] };
        return item.value ? `${item.value[2]}: ${item.value[1]}` : '';
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      interval: 1,
      axisLabel: { formatter: (v: number) => (v === 0 ? labels.before : labels.after), color: theme.text },
      splitLine: { show: true },
    },
    yAxis: { type: 'value', inverse: true, min: 1, max, minInterval: 1, splitLine: { show: false } },
    series: [
      series(
        labels.same,
        MOVE_COLORS.same,
        group((r) => r.before === r.after),
        1,
      ),
      series(
        labels.up,
        MOVE_COLORS.up,
        group((r) => r.after! < r.before!),
        2,
      ),
      series(
        labels.down,
        MOVE_COLORS.down,
        group((r) => r.after! > r.before!),
        2,
      ),
    ],
  };
}
