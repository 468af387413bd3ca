import type { EChartsOption } from 'echarts';
import { LIGHT, SERIES_PALETTE, type ChartTheme } from './theme';

export interface UnitRemediationBar {
  label: string;
  open: number;
  overdue: number;
}

export interface PeriodRemediationPoint {
  period: string;
  open: number;
  overdue: number;
  verified: number;
  onTimeRate: number | null;
}

/** Open and overdue items per unit (stacked: overdue is part of open), most open first. */
export function remediationUnitsOption(
  rows: readonly UnitRemediationBar[],
  names: { open: string; overdue: string },
  theme: ChartTheme = LIGHT,
): EChartsOption {
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: theme.text } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    dataset: { source: rows.map((r) => ({ label: r.label, onTrack: r.open - r.overdue, overdue: r.overdue })) },
    xAxis: { type: 'category', axisLabel: { color: theme.text, rotate: rows.length > 12 ? 45 : 0 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: theme.text } },
    series: [
      {
        type: 'bar',
        name: names.open,
        stack: 'items',
        encode: { x: 'label', y: 'onTrack' },
        itemStyle: { color: SERIES_PALETTE[0] },
      },
      {
        type: 'bar',
        name: names.overdue,
        stack: 'items',
        encode: { x: 'label', y: 'overdue' },
        itemStyle: { color: '#dc2626' },
      },
    ],
  };
}

/** City-wide per period: open, overdue and verified items, and the on-time rate on the right axis. */
export function remediationCityOption(
  points: readonly PeriodRemediationPoint[],
  names: { open: string; overdue: string; verified: string; onTime: string },
  theme: ChartTheme = LIGHT,
): EChartsOption {
  return {
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: theme.text } },
    tooltip: { trigger: 'axis' },
    dataset: {
      source: points.map((p) => ({
        ...p,
        onTimeRate: p.onTimeRate === null ? null : Math.round(p.onTimeRate * 10) / 10,
      })),
    },
    xAxis: { type: 'category', axisLabel: { color: theme.text } },
    yAxis: [
      { type: 'value', minInterval: 1, axisLabel: { color: theme.text } },
      { type: 'value', min: 0, max: 100, axisLabel: { color: theme.text, formatter: '{value}%' } },
    ],
    series: [
      { type: 'line', name: names.open, encode: { x: 'period', y: 'open' }, itemStyle: { color: SERIES_PALETTE[0] } },
      { type: 'line', name: names.overdue, encode: { x: 'period', y: 'overdue' }, itemStyle: { color: '#dc2626' } },
      { type: 'line', name: names.verified, encode: { x: 'period', y: 'verified' }, itemStyle: { color: '#16a34a' } },
      {
        type: 'line',
        name: names.onTime,
        yAxisIndex: 1,
        connectNulls: true,
        lineStyle: { type: 'dashed' },
        encode: { x: 'period', y: 'onTimeRate' },
        itemStyle: { color: SERIES_PALETTE[2] },
      },
    ],
  };
}
