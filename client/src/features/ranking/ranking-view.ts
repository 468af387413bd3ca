import { compareRankedRows, type RankedRow } from '@scorecard/shared';
import type { RankingQuery } from '@/api/generated/graphql';

export type RankingData = RankingQuery['ranking'];
export type RankingRow = RankingData['rows'][number];

/** Column ids: fixed columns or `dim:<dimension id>`. */
export type SortKey = 'rank' | 'change' | 'unit' | 'composite' | 'grade' | 'penalty' | `dim:${string}`;
export type SortDirection = 'asc' | 'desc';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: SortState = { key: 'rank', direction: 'asc' };

/** 'composite:desc' ⇄ { key, direction }; anything unreadable falls back to rank ascending. */
export function parseSort(value: string | null): SortState {
  if (!value) return DEFAULT_SORT;
  const cut = value.lastIndexOf(':');
  const key = value.slice(0, cut);
  const direction = value.slice(cut + 1);
  const fixed = ['rank', 'change', 'unit', 'composite', 'grade', 'penalty'];
  const validKey = fixed.includes(key) || /^dim:\w+$/.test(key);
  if (!validKey || (direction !== 'asc' && direction !== 'desc')) return DEFAULT_SORT;
  return { key: key as SortKey, direction };
}

export function formatSort(sort: SortState): string | null {
  return sort.key === DEFAULT_SORT.key && sort.direction === DEFAULT_SORT.direction
    ? null
    : `${sort.key}:${sort.direction}`;
}

/** A column's first sort: rank and unit ascending, scores and the penalty descending (best first, largest penalty first). */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'rank' || key === 'unit' ? 'asc' : 'desc';
}

const GRADE_ORDER = { EXCELLENT: 4, GOOD: 3, PASS: 2, FAIL: 1 } as const;

function sortValue(row: RankingRow, key: SortKey): number | string | null {
  switch (key) {
    case 'rank':
      return row.rank;
    case 'change':
      return row.rankChange;
    case 'unit':
      return row.unit.name;
    case 'composite':
      return row.composite;
    case 'grade':
      return row.grade ? GRADE_ORDER[row.grade] : null;
    case 'penalty':
      return row.penalty;
    default:
      return row.dimensions.find((d) => `dim:${d.id}` === key)?.score ?? null;
  }
}

const ranked = (row: RankingRow): RankedRow => ({ unitCode: row.unit.code, rank: row.rank });

/** Sorted copy; N/A values always last whatever the direction; ties in the engine's ranking order. */
export function sortRows(rows: readonly RankingRow[], sort: SortState): RankingRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va == null || vb == null) {
      if (va != null) return -1;
      if (vb != null) return 1;
    } else {
      const diff =
        typeof va === 'string' && typeof vb === 'string' ? va.localeCompare(vb, 'zh-CN') : Number(va) - Number(vb);
      if (diff !== 0) return sign * diff;
    }
    return compareRankedRows(ranked(a), ranked(b));
  });
}

/** Case-insensitive match on unit name or code. */
export function filterRows(rows: readonly RankingRow[], search: string): RankingRow[] {
  const needle = search.trim().toLowerCase();
  if (!needle) return [...rows];
  return rows.filter((r) => r.unit.name.toLowerCase().includes(needle) || r.unit.code.toLowerCase().includes(needle));
}

export interface Headline {
  average: number | null;
  ranked: number;
  excellent: number;
  failing: number;
  risers: RankingRow[];
  fallers: RankingRow[];
}

/** Headline numbers; risers/fallers are the three largest moves each way. */
export function headline(ranking: RankingData, top = 3): Headline {
  const ranked = ranking.rows.filter((r) => r.rank != null);
  const moved = ranked.filter((r) => r.rankChange != null && r.rankChange !== 0);
  const byChange = (a: RankingRow, b: RankingRow): number =>
    (b.rankChange ?? 0) - (a.rankChange ?? 0) || (a.rank ?? 0) - (b.rank ?? 0);
  return {
    average: ranking.average,
    ranked: ranked.length,
    excellent: ranked.filter((r) => r.grade === 'EXCELLENT').length,
    failing: ranked.filter((r) => r.grade === 'FAIL').length,
    risers: moved
      .filter((r) => (r.rankChange ?? 0) > 0)
      .sort(byChange)
      .slice(0, top),
    fallers: moved
      .filter((r) => (r.rankChange ?? 0) < 0)
      .sort((a, b) => byChange(b, a))
      .slice(0, top),
  };
}

/** A period "has data" for the ranking when at least one unit is ranked. */
export function hasRankedRows(ranking: RankingData | null): boolean {
  return !!ranking && ranking.rows.some((r) => r.rank != null);
}
