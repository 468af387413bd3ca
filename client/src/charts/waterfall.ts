import type { EChartsOption } from 'echarts';
import { formatPoints, formatScore, roundScore } from '@scorecard/shared';
import { BAND_COLORS, bandColor } from './bands';
import { LIGHT, type ChartTheme } from './theme';

export interface WaterfallPart {
  label: string;
  /** Two decimals, as the server apportions them: the parts add up to the shown change. */
  points: number;
}

export interface WaterfallLabels {
  from: string;
  to: string;
}

export interface WaterfallStep {
  label: string;
  /** Where the bar starts and how long it is (always ≥ 0), and what it stands for. */
  base: number;
  length: number;
  value: number;
  kind: 'total' | 'up' | 'down';
}

/**
 * The bars of a waterfall from the previous composite to this one: a total, one step per part
 * (running sums kept on two decimals, so the last step ends exactly on the shown composite), a total.
 */
export function waterfallSteps(
  from: number,
  to: number,
  parts: readonly WaterfallPart[],
  labels: WaterfallLabels,
): WaterfallStep[] {
  const start = roundScore(from);
  const steps: WaterfallStep[] = [{ label: labels.from, base: 0, length: start, value: start, kind: 'total' }];
  let running = start;
  for (const p of parts) {
    const next = roundScore(running + p.points);
    steps.push({
      label: p.label,
      base: Math.min(running, next),
      length: Math.abs(next - running),
      value: p.points,
      kind: p.points >= 0 ? 'up' : 'down',
    });
    running = next;
  }
  const end = roundScore(to);
  steps.push({ label: labels.to, base: 0, length: end, value: end, kind: 'total' });
  return steps;
}

/**
 * Horizontal waterfall (categories top to bottom, so long sub-indicator names fit): an invisible
 * base bar stacked under the visible step. Rises green, falls red, the two totals in their band.
 */
export function scoreChangeWaterfallOption(
  from: number,
  to: number,
  parts: readonly WaterfallPart[],
  labels: WaterfallLabels,
  theme: ChartTheme = LIGHT,
): EChartsOption {
  const steps = waterfallSteps(from, to, parts, labels);
  const color = (s: WaterfallStep): string =>
    s.kind === 'total' ? bandColor(s.value) : s.kind === 'up' ? BAND_COLORS.excellent : BAND_COLORS.fail;
  return {
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const s = steps[item?.dataIndex ?? 0];
        return s ? `${s.label}: ${s.kind === 'total' ? formatScore(s.value) : formatPoints(s.value)}` : '';
      },
    },
    xAxis: { type: 'value', min: (v) => Math.min(0, Math.floor(v.min)), max: (v) => Math.max(100, Math.ceil(v.max)) },
    yAxis: {
      type: 'category',
      inverse: true,
      data: steps.map((s) => s.label),
      axisLabel: { width: 160, overflow: 'truncate', color: theme.text },
    },
    series: [
      {
        type: 'bar',
        stack: 'waterfall',
        stackStrategy: 'all',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: steps.map((s) => s.base),
      },
      {
        type: 'bar',
        stack: 'waterfall',
        stackStrategy: 'all',
        barMaxWidth: 22,
        data: steps.map((s) => ({
          value: s.length,
          itemStyle: { color: color(s) },
          label: {
            show: true,
            position: 'right' as const,
            color: theme.text,
            formatter: () => (s.kind === 'total' ? formatScore(s.value) : formatPoints(s.value)),
          },
        })),
      },
    ],
  };
}
