import { gradeOf } from '@scorecard/shared';
import { describe, expect, test } from 'vitest';
import type { Grade } from '@/api/generated/graphql';
import {
  filterRows,
  formatSort,
  headline,
  parseSort,
  sortRows,
  type RankingData,
  type RankingRow,
} from './ranking-view';

function row(
  code: string,
  name: string,
  rank: number | null,
  composite: number | null,
  rankChange: number | null,
  u: number | null = null,
): RankingRow {
  return {
    unit: { code, name, kind: 'MUNICIPAL' },
    rank,
    previousRank: rankChange == null || rank == null ? null : rank + rankChange,
    rankChange,
    composite,
    grade: (gradeOf(composite)?.toUpperCase() ?? null) as Grade | null,
    penalty: 0,
    incidents: 0,
    dimensions: [
      { id: 'U', name: '共享数据更新率', nameEn: 'Update rate', weight: 25, score: u, applicable: u != null },
    ],
  };
}

const rows = [
  row('B', '市财政局', 2, 85, 3, 50),
  row('A', '市公安局', 1, 93, 0, 90),
  row('C', '二七区', 3, 40, -4, null),
  row('Z', '新单位', null, null, null),
];

describe('ranking table', () => {
  test('sorts by a dimension descending with N/A last', () => {
    expect(sortRows(rows, { key: 'dim:U', direction: 'desc' }).map((r) => r.unit.code)).toEqual(['A', 'B', 'C', 'Z']);
    expect(sortRows(rows, { key: 'dim:U', direction: 'asc' }).map((r) => r.unit.code)).toEqual(['B', 'A', 'C', 'Z']);
  });

  test('sorts by rank with unranked last in both directions', () => {
    expect(sortRows(rows, { key: 'rank', direction: 'desc' }).map((r) => r.unit.code)).toEqual(['C', 'B', 'A', 'Z']);
  });

  test('filters by name or code', () => {
    expect(filterRows(rows, '财政').map((r) => r.unit.code)).toEqual(['B']);
    expect(filterRows(rows, 'c').map((r) => r.unit.code)).toEqual(['C']);
    expect(filterRows(rows, '  ')).toHaveLength(4);
  });

  test('ties follow the engine: by rank, then unit code by code unit (not by locale)', () => {
    const tied = [row('a01', '甲', 1, 90, null), row('B01', '乙', 1, 90, null), row('C', '丙', null, null, null)];
    // localeCompare would put 'a01' first; the engine (and the server's ranking) puts 'B01' first.
    expect(sortRows(tied, { key: 'composite', direction: 'desc' }).map((r) => r.unit.code)).toEqual([
      'B01',
      'a01',
      'C',
    ]);
    expect(sortRows(tied, { key: 'rank', direction: 'asc' }).map((r) => r.unit.code)).toEqual(['B01', 'a01', 'C']);
  });

  test('sort state round-trips through the URL', () => {
    expect(parseSort('composite:desc')).toEqual({ key: 'composite', direction: 'desc' });
    expect(parseSort('dim:U:asc')).toEqual({ key: 'dim:U', direction: 'asc' });
    expect(parseSort('composite')).toEqual({ key: 'rank', direction: 'asc' });
    expect(parseSort('bogus:up')).toEqual({ key: 'rank', direction: 'asc' });
    expect(formatSort({ key: 'rank', direction: 'asc' })).toBeNull();
    expect(formatSort({ key: 'dim:U', direction: 'desc' })).toBe('dim:U:desc');
  });

  test('headline numbers', () => {
    const ranking = { rows, average: 72.67 } as unknown as RankingData;
    const h = headline(ranking);
    expect([h.ranked, h.excellent, h.failing]).toEqual([3, 1, 1]);
    expect(h.risers.map((r) => r.unit.code)).toEqual(['B']);
    expect(h.fallers.map((r) => r.unit.code)).toEqual(['C']);
  });
});
