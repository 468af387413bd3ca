import { describe, expect, test } from 'vitest';
import type { RankingRow } from './ranking-view';
import type { PeriodCell } from './ranking-grid';
import { rankingListRows } from './ranking-list';

/** A unit ranked `rank` with composite `composite` and the dimension scores `scores` (id → score). */
const unit = (code: string, rank: number, composite: number, scores: Record<string, number>): RankingRow => ({
  unit: { code, name: code, kind: 'MUNICIPAL' },
  ...{ rank, previousRank: null, rankChange: null, composite, grade: null, penalty: 0, incidents: 0 },
  dimensions: Object.entries(scores).map(([id, score]) => ({ id, name: id, nameEn: id, weight: 50, score, applicable: true })),
});

const rows = [unit('B', 2, 80, { U: 70, E: 90 }), unit('A', 1, 95, { U: 100, E: 90 })];
const previous = new Map<string, PeriodCell>([
  ['A', { composite: 90, dimensions: new Map([['U', 100], ['E', 95]]) }],
]);
const byRank = { key: 'rank', direction: 'asc' } as const;

describe('rankingListRows', () => {
  test('sorts, and gives each score its change against the previous period', () => {
    const list = rankingListRows({ rows, sort: byRank, previous, dimensionIds: null });
    expect(list.map((r) => r.row.unit.code)).toEqual(['A', 'B']);
    expect(list[0]!.composite).toEqual({ change: { direction: 'up', delta: 5 }, previous: 90 });
    expect(list[0]!.dimensions.map((d) => [d.id, d.change?.direction, d.previous])).toEqual([
      ['U', 'same', 100],
      ['E', 'down', 95],
    ]);
    // B has no previous scores: no change to show.
    expect(list[1]!.composite).toEqual({ change: null, previous: undefined });
  });

  test('no previous period: no changes at all', () => {
    const list = rankingListRows({ rows, sort: byRank, previous: null, dimensionIds: null });
    expect(list.every((r) => r.composite.change === null && r.dimensions.every((d) => d.change === null))).toBe(true);
  });

  test('only the dimensions asked for (none asked = all)', () => {
    expect(rankingListRows({ rows, sort: byRank, dimensionIds: ['E'] })[0]!.dimensions.map((d) => d.id)).toEqual(['E']);
    expect(rankingListRows({ rows, sort: byRank, dimensionIds: [] })[0]!.dimensions.map((d) => d.id)).toEqual(['U', 'E']);
  });
});
