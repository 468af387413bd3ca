import type { EChartsOption } from 'echarts';
import { compareRankedRows, formatScore } from '@scorecard/shared';
import { BAND_COLORS, bandOf } from './bands';
import { LIGHT, type ChartTheme } from './theme';

export interface RankingBarRow {
  code: string;
  name: string;
  rank: number | null;
  composite: number | null;
}

export interface RankingBarLabels {
  composite: string;
  na: string;
}

const ROW_HEIGHT = 22;

/** The engine's ranking order: by rank, ties by code, unranked (N/A) last by code. */
export function sortByRank<T extends { rank: number | null; code: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) =>
    compareRankedRows({ unitCode: a.code, rank: a.rank }, { unitCode: b.code, rank: b.rank }),
  );
}

/** Pixel height that gives every unit a readable bar. */
export function rankingBarHeight(count: number): number {
  return Math.max(240, count * ROW_HEIGHT + 60);
}

/**
 * Horizontal bars of composites, the best unit on top, each bar in its score band; N/A units keep their
 * row with a grey stub so nobody disappears from the board.
 */
export function rankingBarOption(
  rows: readonly RankingBarRow[],
  labels: RankingBarLabels,
  theme: ChartTheme = LIGHT,
): EChartsOption {
  const ordered = sortByRank(rows);
  return {
    grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const row = ordered[item?.dataIndex ?? 0];
        return row
          ? `${row.rank ?? '—'}. ${row.name}<br/>${labels.composite}: ${formatScore(row.composite, labels.na)}`
          : '';
      },
    },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ordered.map((r) => (r.rank == null ? r.name : `${r.rank}. ${r.name}`)),
      axisLabel: { width: 150, overflow: 'truncate', color: theme.text },
    },
    series: [
      {
        type: 'bar',
        name: labels.composite,
        barMaxWidth: 16,
        data: ordered.map((r) => ({
          value: r.composite ?? 0.5,
          itemStyle: { color: BAND_COLORS[bandOf(r.composite)] },
          label: {
            show: true,
            position: 'right',
            color: theme.subtleText,
            formatter: () => formatScore(r.composite, labels.na),
          },
        })),
      },
    ],
  };
}
