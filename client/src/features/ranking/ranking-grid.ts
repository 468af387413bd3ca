/**
 * The ranking table's DHIS2-style extras, as pure functions over the Ranking query's rows: the
 * average row (the scope's averages, as the server computed them) and column (a unit's unweighted mean
 * across the indicators shown), hiding empty rows, the top/bottom N, periods side by side and the
 * change of each cell against the previous period of the same kind. Rounding is shared's.
 */
import { formatScore, parsePeriod, roundScore, shiftPeriod } from '@scorecard/shared';
import type { RankingData, RankingRow } from './ranking-view';

/** The unit's mean over the given dimension scores (N/A left out); null when all are N/A. */
export function unitAverage(row: RankingRow, dimensionIds?: readonly string[]): number | null {
  const scores = row.dimensions
    .filter((d) => !dimensionIds || dimensionIds.includes(d.id))
    .map((d) => d.score)
    .filter((s): s is number => s != null);
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
}

export interface AverageRow {
  composite: number | null;
  /** By dimension id. */
  dimensions: ReadonlyMap<string, number | null>;
  /** Mean of the shown rows' unit averages (the average column's own average). */
  unitAverage: number | null;
}

/**
 * The scope average per indicator: the server's (over the ranked units of the scope, whatever the
 * search or filter shows), so the row agrees with the headline and the big screen.
 */
export function averageRow(ranking: Pick<RankingData, 'average' | 'dimensionAverages' | 'rows'>, dimensionIds?: readonly string[]): AverageRow {
  const means = ranking.rows.filter((r) => r.rank != null).map((r) => unitAverage(r, dimensionIds)).filter((m): m is number => m != null);
  return {
    composite: ranking.average,
    dimensions: new Map(ranking.dimensionAverages.map((d) => [d.id, d.average])),
    unitAverage: means.length ? means.reduce((a, b) => a + b, 0) / means.length : null,
  };
}

/** A row is empty when it has no composite and no dimension score (every indicator N/A). */
export function isEmptyRow(row: RankingRow): boolean {
  return row.composite == null && row.dimensions.every((d) => d.score == null);
}

export function hideEmptyRows(rows: readonly RankingRow[]): RankingRow[] {
  return rows.filter((r) => !isEmptyRow(r));
}

/**
 * The best `n` ranked units (n > 0) or the worst |n| (n < 0), by rank; ties at the cut are kept (two
 * units sharing rank 10 are both in the top 10). Unranked rows are never in either; n = 0 keeps all.
 */
export function topBottom(rows: readonly RankingRow[], n: number): RankingRow[] {
  if (!n) return [...rows];
  const ranks = rows.map((r) => r.rank).filter((r): r is number => r != null).sort((a, b) => a - b);
  if (!ranks.length) return [];
  const count = Math.min(Math.abs(n), ranks.length);
  if (n > 0) {
    const cut = ranks[count - 1]!;
    return rows.filter((r) => r.rank != null && r.rank <= cut);
  }
  const cut = ranks[ranks.length - count]!;
  return rows.filter((r) => r.rank != null && r.rank >= cut);
}

/** How many periods side by side by default: 3 months, 4 quarters, 3 years. */
export const DEFAULT_PERIOD_COUNT = { month: 3, quarter: 4, year: 3 } as const;

/**
 * The `count` periods of the same kind ending with `periodId`, oldest first (2023-12, 3 →
 * 2023-10, 2023-11, 2023-12). [] for an id that is not a period.
 */
export function periodColumns(periodId: string, count?: number): string[] {
  const p = parsePeriod(periodId);
  if (!p) return [];
  const n = Math.max(1, Math.min(count ?? DEFAULT_PERIOD_COUNT[p.kind], 12));
  return Array.from({ length: n }, (_, i) => shiftPeriod(p, i - (n - 1)).id);
}

export interface PeriodCell {
  composite: number | null;
  dimensions: ReadonlyMap<string, number | null>;
}

/** For each unit code, its composite and dimension scores in each period (by period id). */
export function periodCells(rankings: readonly RankingData[]): Map<string, Map<string, PeriodCell>> {
  const out = new Map<string, Map<string, PeriodCell>>();
  for (const ranking of rankings) {
    for (const row of ranking.rows) {
      let byPeriod = out.get(row.unit.code);
      if (!byPeriod) out.set(row.unit.code, (byPeriod = new Map()));
      byPeriod.set(ranking.period.id, {
        composite: row.composite,
        dimensions: new Map(row.dimensions.map((d) => [d.id, d.score])),
      });
    }
  }
  return out;
}

export interface CellChange {
  direction: 'up' | 'down' | 'same';
  /** Shown score minus shown previous score (two decimals, as printed). */
  delta: number;
}

/**
 * The change of a cell against the previous period of the same kind, on the numbers as shown (so an
 * arrow never points at two equal printed values); null when either side is N/A.
 */
export function cellChange(current: number | null | undefined, previous: number | null | undefined): CellChange | null {
  if (current == null || previous == null || Number.isNaN(current) || Number.isNaN(previous)) return null;
  const delta = roundScore(roundScore(current) - roundScore(previous));
  return { direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same', delta };
}

/** The sign beside a cell (tables and heatmap alike). */
export const CHANGE_ARROWS: Readonly<Record<CellChange['direction'], string>> = { up: '▲', down: '▼', same: '=' };

type Translate = (key: string, named?: Record<string, unknown>) => string;

/** The words for a cell's change (tooltip and screen readers): up/down by how much, and the previous score. */
export function changeText(t: Translate, change: CellChange | null, previousLabel: string, previous: number | null | undefined): string {
  if (!change) return t('grid.noPrevious');
  const delta = formatScore(Math.abs(change.delta));
  const head =
    change.direction === 'up'
      ? t('grid.changeUp', { delta })
      : change.direction === 'down'
        ? t('grid.changeDown', { delta })
        : t('grid.changeSame');
  return `${head}\n${t('grid.previous', { period: previousLabel, score: formatScore(previous) })}`;
}
