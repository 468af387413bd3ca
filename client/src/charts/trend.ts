import type { EChartsOption } from 'echarts';
import { LIGHT, SERIES_PALETTE, type ChartTheme } from './theme';
import { BAND_COLORS } from './bands';
import { formatScore } from '@scorecard/shared';

export interface UnitTrendPoint {
  period: string;
  composite: number | null;
  rank: number | null;
  /** units ranked in that period (the bottom of the rank axis) */
  rankedCount?: number | null;
}

export interface UnitTrendLabels {
  composite: string;
  rank: string;
  periodLabel: (id: string) => string;
}

const NICE_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/**
 * Labelled ranks for an axis from 1 to `max`: 1, the multiples of a round step (at most about `splits`
 * intervals) and `max`. A multiple closer than half a step to either end is dropped, so the ends never
 * crowd their neighbour (75 ranked used to give "…60 70 75").
 */
export function rankAxisTicks(max: number, splits = 5): number[] {
  const top = Math.max(1, Math.round(max));
  if (top <= splits + 1) return Array.from({ length: top }, (_, i) => i + 1);
  const step = NICE_STEPS.find((s) => s >= (top - 1) / splits) ?? Math.ceil((top - 1) / splits);
  const ticks = [1];
  for (let v = step; v < top; v += step) if (v - 1 > step / 2 && top - v > step / 2) ticks.push(v);
  ticks.push(top);
  return ticks;
}

/** A unit's composite (left axis, 0–100) and rank (right axis, 1 at the top) over its last months. */
export function unitTrendOption(
  points: readonly UnitTrendPoint[],
  labels: UnitTrendLabels,
  theme: ChartTheme = LIGHT,
): EChartsOption {
  // The rank axis runs from 1 to the number of units ranked (else the worst rank shown).
  const maxRank = Math.max(1, ...points.map((p) => p.rankedCount ?? p.rank ?? 1), ...points.map((p) => p.rank ?? 1));
  const rankTicks = rankAxisTicks(maxRank);
  return {
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: theme.text } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : formatScore(v)) : '—'),
    },
    xAxis: { type: 'category', data: points.map((p) => labels.periodLabel(p.period)), boundaryGap: false },
    yAxis: [
      { type: 'value', name: labels.composite, min: 0, max: 100 },
      {
        type: 'value',
        name: labels.rank,
        inverse: true,
        min: 1,
        max: maxRank,
        minInterval: 1,
        axisLabel: { customValues: rankTicks },
        axisTick: { customValues: rankTicks },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'line',
        name: labels.composite,
        yAxisIndex: 0,
        data: points.map((p) => p.composite ?? '-'),
        itemStyle: { color: SERIES_PALETTE[0] },
        areaStyle: { color: SERIES_PALETTE[0], opacity: 0.08 },
        connectNulls: false,
      },
      {
        type: 'line',
        name: labels.rank,
        yAxisIndex: 1,
        step: 'middle',
        data: points.map((p) => p.rank ?? '-'),
        itemStyle: { color: SERIES_PALETTE[3] },
        lineStyle: { type: 'dashed' },
      },
    ],
  };
}

export interface CompareTrendSeries {
  name: string;
  points: ReadonlyArray<{ period: string; composite: number | null }>;
}

/** Composite lines of several units over the same periods. */
export function compareTrendOption(
  periods: readonly string[],
  series: readonly CompareTrendSeries[],
  periodLabel: (id: string) => string,
  theme: ChartTheme = LIGHT,
): EChartsOption {
  return {
    color: SERIES_PALETTE,
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    legend: { bottom: 0, textStyle: { color: theme.text } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? formatScore(v) : '—') },
    xAxis: { type: 'category', data: periods.map(periodLabel), boundaryGap: false },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: series.map((s) => ({
      type: 'line',
      name: s.name,
      data: periods.map((id) => s.points.find((p) => p.period === id)?.composite ?? '-'),
    })),
  };
}

export interface CityTrendPoint {
  period: string;
  average: number | null;
  excellent: number;
  good: number;
  pass: number;
  fail: number;
}

export interface CityTrendLabels {
  average: string;
  excellent: string;
  good: string;
  pass: string;
  fail: string;
  periodLabel: (id: string) => string;
}

/** City average line over stacked bars of units per grade. */
export function cityTrendOption(
  points: readonly CityTrendPoint[],
  labels: CityTrendLabels,
  theme: ChartTheme = LIGHT,
): EChartsOption {
  const grades = ['excellent', 'good', 'pass', 'fail'] as const;
  return {
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: theme.text, fontSize: theme.fontSize } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : formatScore(v)) : '—'),
    },
    xAxis: {
      type: 'category',
      data: points.map((p) => labels.periodLabel(p.period)),
      axisLabel: { fontSize: theme.fontSize },
    },
    yAxis: [
      { type: 'value', minInterval: 1, splitLine: { show: false } },
      { type: 'value', min: 0, max: 100 },
    ],
    series: [
      ...grades.map((g) => ({
        type: 'bar' as const,
        name: labels[g],
        stack: 'grades',
        barMaxWidth: 26,
        itemStyle: { color: BAND_COLORS[g], opacity: 0.55 },
        data: points.map((p) => p[g]),
      })),
      {
        type: 'line' as const,
        name: labels.average,
        yAxisIndex: 1,
        smooth: true,
        symbolSize: 8,
        lineStyle: { width: 3, color: SERIES_PALETTE[1] },
        itemStyle: { color: SERIES_PALETTE[1] },
        // Only the latest value is labelled, above its point: a label on every point crowds the line.
        data: points.map((p, i) => ({
          value: p.average ?? '-',
          label: {
            show: i === points.length - 1 && p.average != null,
            position: 'top' as const,
            color: theme.text,
            fontSize: theme.fontSize,
            formatter: () => formatScore(p.average),
          },
        })),
      },
    ],
  };
}
