import type { EChartsOption } from 'echarts';
import { AVERAGE_COLOR, LIGHT, SERIES_PALETTE, type ChartTheme } from './theme';
import { BAND_COLORS } from './bands';
import { formatScore } from '@scorecard/shared';

export interface ForecastPoint {
  period: string;
  expected: number | null;
  low: number | null;
  high: number | null;
  actual: number | null;
}

export interface ForecastLabels {
  actual: string;
  expected: string;
  range: string;
  periodLabel: (id: string) => string;
}

/**
 * One unit's backtest: each month's forecast (made from the months before it) with its likely range
 * as a shaded band, against what happened. The band is a transparent `low` line with `high − low`
 * stacked on it.
 */
export function forecastHistoryOption(
  points: readonly ForecastPoint[],
  labels: ForecastLabels,
  theme: ChartTheme = LIGHT,
): EChartsOption {
  const ranged = (p: ForecastPoint) => p.low != null && p.high != null;
  return {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.actual, labels.expected, labels.range], textStyle: { color: theme.text } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? formatScore(v) : '—') },
    xAxis: { type: 'category', data: points.map((p) => labels.periodLabel(p.period)), boundaryGap: false },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      {
        type: 'line',
        name: 'low',
        stack: 'range',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        tooltip: { show: false },
        data: points.map((p) => (ranged(p) ? p.low : '-')),
      },
      {
        type: 'line',
        name: labels.range,
        stack: 'range',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        itemStyle: { color: SERIES_PALETTE[0] },
        areaStyle: { color: SERIES_PALETTE[0], opacity: 0.15 },
        tooltip: { show: false },
        data: points.map((p) => (ranged(p) ? (p.high as number) - (p.low as number) : '-')),
      },
      {
        type: 'line',
        name: labels.expected,
        itemStyle: { color: AVERAGE_COLOR },
        lineStyle: { type: 'dashed' },
        data: points.map((p) => p.expected ?? '-'),
      },
      {
        type: 'line',
        name: labels.actual,
        itemStyle: { color: SERIES_PALETTE[0] },
        lineStyle: { width: 3 },
        data: points.map((p) => p.actual ?? '-'),
      },
    ],
  };
}

export interface BacktestMonthPoint {
  period: string;
  mae: number | null;
  naiveMae: number | null;
}

export interface BacktestLabels {
  mae: string;
  naiveMae: string;
  periodLabel: (id: string) => string;
}

/** The forecast's mean absolute error month by month, against "same as last month". */
export function backtestErrorOption(
  months: readonly BacktestMonthPoint[],
  labels: BacktestLabels,
  theme: ChartTheme = LIGHT,
): EChartsOption {
  return {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: theme.text } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? formatScore(v) : '—') },
    xAxis: { type: 'category', data: months.map((m) => labels.periodLabel(m.period)) },
    yAxis: { type: 'value', min: 0 },
    series: [
      {
        type: 'bar',
        name: labels.mae,
        barMaxWidth: 18,
        itemStyle: { color: SERIES_PALETTE[0] },
        data: months.map((m) => m.mae ?? '-'),
      },
      {
        type: 'line',
        name: labels.naiveMae,
        itemStyle: { color: BAND_COLORS.pass },
        lineStyle: { type: 'dashed' },
        data: months.map((m) => m.naiveMae ?? '-'),
      },
    ],
  };
}
