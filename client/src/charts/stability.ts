import type { EChartsOption } from 'echarts';
import type { RankSweep, UnitStability } from '@scorecard/shared';
import { LIGHT, SERIES_PALETTE, type ChartTheme } from './theme';
import { MOVE_COLORS } from './movement';
import { rankAxisTicks } from './trend';

export interface StabilityLabels {
  interval: string;
  nominal: string;
  median: string;
  unstable: string;
}

/**
 * Rank intervals (5th–95th percentile) per unit, in nominal rank order: a bar from p5 to p95 (an
 * invisible stacked base carries it to p5), the nominal rank as a diamond, the median as a dot.
 * Unstable units are red.
 */
export function stabilityOption(
  results: readonly UnitStability[],
  names: ReadonlyMap<string, string>,
  labels: StabilityLabels,
  theme: ChartTheme = LIGHT,
): EChartsOption {
  const rows = [...results].sort((a, b) => a.nominalRank - b.nominalRank || (a.unitCode < b.unitCode ? -1 : 1));
  const categories = rows.map((r) => `${r.nominalRank}. ${names.get(r.unitCode) ?? r.unitCode}`);
  const max = Math.max(1, ...rows.map((r) => r.p95Rank));
  const ticks = rankAxisTicks(max, 8);
  return {
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: theme.text }, data: [labels.interval, labels.nominal, labels.median] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const list = params as Array<{ dataIndex: number }>;
        const r = rows[list[0]?.dataIndex ?? 0];
        if (!r) return '';
        const flag = r.unstable ? ` · ${labels.unstable}` : '';
        return `${categories[list[0]!.dataIndex]}<br/>${labels.interval}: ${r.p5Rank}–${r.p95Rank}<br/>${labels.median}: ${r.medianRank}${flag}`;
      },
    },
    yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { fontSize: 11 } },
    xAxis: {
      type: 'value',
      min: 1,
      max,
      minInterval: 1,
      axisLabel: { customValues: ticks },
      axisTick: { customValues: ticks },
    },
    series: [
      {
        type: 'bar',
        stack: 'interval',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: rows.map((r) => r.p5Rank - 0.5),
        barWidth: '60%',
        animation: false,
      },
      {
        type: 'bar',
        name: labels.interval,
        stack: 'interval',
        data: rows.map((r) => ({
          value: r.p95Rank - r.p5Rank + 1,
          itemStyle: { color: r.unstable ? MOVE_COLORS.unstable : MOVE_COLORS.stable, opacity: 0.35 },
        })),
        itemStyle: { color: MOVE_COLORS.stable, opacity: 0.35 },
        barWidth: '60%',
        animation: false,
      },
      {
        type: 'scatter',
        name: labels.nominal,
        symbol: 'diamond',
        symbolSize: 9,
        itemStyle: { color: theme.text },
        data: rows.map((r, i) => [r.nominalRank, i]),
        animation: false,
      },
      {
        type: 'scatter',
        name: labels.median,
        symbolSize: 6,
        itemStyle: { color: SERIES_PALETTE[3] },
        data: rows.map((r, i) => [r.medianRank, i]),
        animation: false,
      },
    ],
  };
}

/** One-at-a-time: the chosen units' ranks as one dimension weight runs from 0 to twice its value. */
export function sweepOption(
  sweep: RankSweep,
  units: readonly string[],
  names: ReadonlyMap<string, string>,
  labels: { weight: string; rank: string },
  theme: ChartTheme = LIGHT,
): EChartsOption {
  const ranks = units.flatMap((u) => sweep.ranks[u] ?? []).filter((r): r is number => r !== null);
  const max = Math.max(1, ...ranks);
  return {
    color: SERIES_PALETTE,
    legend: { top: 0, type: 'scroll', textStyle: { color: theme.text } },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 36, bottom: 28, containLabel: true },
    xAxis: {
      type: 'category',
      name: labels.weight,
      nameLocation: 'middle',
      nameGap: 26,
      data: sweep.weights.map((w) => (Number.isInteger(w) ? String(w) : w.toFixed(1))),
      boundaryGap: false,
    },
    // Rank 1 at the top; on an inverted axis the name goes to the start (the top).
    yAxis: { type: 'value', name: labels.rank, nameLocation: 'start', inverse: true, min: 1, max, minInterval: 1 },
    series: units.map((u) => ({
      type: 'line' as const,
      name: names.get(u) ?? u,
      step: 'middle' as const,
      symbol: 'none',
      data: (sweep.ranks[u] ?? []).map((r) => r ?? '-'),
    })),
  };
}
