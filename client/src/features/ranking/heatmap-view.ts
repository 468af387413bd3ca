/**
 * The heatmap's rows and columns as data: columns are the sub-indicators (named), grouped by period
 * when several are side by side; rows are units filtered by the search and sorted by rank, name or one
 * column's score (N/A last, ties in rank order); each cell's change against the period before its own;
 * the sort as the URL keeps it. Pure, unit-tested; the chart is charts/heatmap.ts.
 */
import { compareRankedRows, parsePeriod, previousPeriod } from '@scorecard/shared';
import { filterRows, type RankingRow } from './ranking-view';
import { cellChange, type CellChange } from './ranking-grid';
import type { HeatmapData, HeatmapScores } from './use-ranking';

export type HeatmapScore = HeatmapScores[number];

export interface HeatmapColumn {
  /** `period|id`: unique across periods. */
  key: string;
  period: string;
  id: string;
  name: string;
  nameEn: string;
}

/** One column per sub-indicator of each period (oldest period first), in the scheme's order. */
export function heatmapColumns(periods: readonly string[], data: ReadonlyMap<string, HeatmapData>): HeatmapColumn[] {
  return periods.flatMap((period) => {
    const byUnit = data.get(period)?.byUnit;
    const sample = byUnit ? [...byUnit.values()].find((s) => s.length > 0) : undefined;
    return (sample ?? []).map((s) => ({ key: `${period}|${s.id}`, period, id: s.id, name: s.name, nameEn: s.nameEn }));
  });
}

/** A unit's cells by column key. */
export function heatmapCells(
  code: string,
  periods: readonly string[],
  data: ReadonlyMap<string, HeatmapData>,
): Map<string, HeatmapScore> {
  const out = new Map<string, HeatmapScore>();
  for (const period of periods) for (const s of data.get(period)?.byUnit.get(code) ?? []) out.set(`${period}|${s.id}`, s);
  return out;
}

/** 'rank' | 'name' | a column key (its score, highest first). */
export type HeatmapSort = string;

export function heatmapRows(
  rows: readonly RankingRow[],
  search: string,
  sort: HeatmapSort,
  periods: readonly string[],
  data: ReadonlyMap<string, HeatmapData>,
  locale: 'zh-CN' | 'en' = 'zh-CN',
): RankingRow[] {
  const byRank = (a: RankingRow, b: RankingRow) =>
    compareRankedRows({ unitCode: a.unit.code, rank: a.rank }, { unitCode: b.unit.code, rank: b.rank });
  const list = filterRows(rows, search);
  if (sort === 'name') return list.sort((a, b) => a.unit.name.localeCompare(b.unit.name, locale) || byRank(a, b));
  if (sort === 'rank' || !sort.includes('|')) return list.sort(byRank);
  const score = (r: RankingRow) => heatmapCells(r.unit.code, periods, data).get(sort)?.score ?? null;
  return list.sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    if (sa == null || sb == null) return sa == null && sb == null ? byRank(a, b) : sa == null ? 1 : -1;
    return sb - sa || byRank(a, b);
  });
}

export interface HeatmapCellChange {
  change: CellChange | null;
  /** The period before the column's (same kind) and the unit's score there. */
  previousPeriod: string;
  previous: number | null;
}

/**
 * A cell's change against the same sub-indicator of the unit in the period before the column's (same
 * kind), on the numbers as shown (cellChange); no change when either is N/A or the period was not loaded.
 */
export function heatmapCellChange(
  code: string,
  column: Pick<HeatmapColumn, 'period' | 'id'>,
  data: ReadonlyMap<string, HeatmapData>,
): HeatmapCellChange | null {
  const period = parsePeriod(column.period);
  if (!period) return null;
  const previousId = previousPeriod(period).id;
  const scoreIn = (id: string) => data.get(id)?.byUnit.get(code)?.find((s) => s.id === column.id)?.score ?? null;
  const previous = scoreIn(previousId);
  return { change: cellChange(scoreIn(column.period), previous), previousPeriod: previousId, previous };
}

/**
 * The sort as the URL keeps it (null = by rank): a column of the shown (newest) period by its
 * sub-indicator id alone, so a saved view that opens on the newest period keeps sorting by the same
 * indicator next month; a column of an earlier period as `period|id`.
 */
export function heatmapSortParam(sort: HeatmapSort, periods: readonly string[]): string | null {
  if (sort === 'rank') return null;
  const shown = periods.at(-1);
  return shown && sort.startsWith(`${shown}|`) ? sort.slice(shown.length + 1) : sort;
}

/** The inverse of heatmapSortParam. */
export function heatmapSortFromParam(param: string | null, periods: readonly string[]): HeatmapSort {
  if (!param || param === 'rank' || param === 'name') return param || 'rank';
  return param.includes('|') ? param : `${periods.at(-1) ?? ''}|${param}`;
}
