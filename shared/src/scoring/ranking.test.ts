import { describe, expect, test } from 'vitest';
import type { RankingResult, UnitResult } from '../model/score.js';
import { applyPreviousRanks, assignRanks, compareRankedRows, rankOrder } from './ranking.js';

function row(unitCode: string, composite: number | null): UnitResult {
  return {
    unitCode,
    kind: 'municipal',
    composite,
    compositeBeforePenalty: composite,
    penalty: 0,
    incidents: 0,
    grade: null,
    rank: null,
    rankChange: null,
    previousRank: null,
    previousComposite: null,
    dimensions: [],
  };
}

describe('competition ranking on two decimals', () => {
  test.each<[string, [string, number | null][], [string, number | null][]]>([
    [
      '1, 2, 2, 4 with ties listed by code and unranked last by code',
      [['U04', 70], ['U05', null], ['U03', 80.004], ['U02', 90], ['U00', null], ['U01', 80.001]],
      [['U02', 1], ['U01', 2], ['U03', 2], ['U04', 4], ['U00', null], ['U05', null]],
    ],
    [
      '80.006 (80.01) beats 80.004 (80.00)',
      [['A', 80.004], ['B', 80.006]],
      [['B', 1], ['A', 2]],
    ],
    [
      '89.996 ties with 90 (both 90.00)',
      [['B', 89.996], ['A', 90]],
      [['A', 1], ['B', 1]],
    ],
    [
      'three-way tie then the next rank skips to 4',
      [['C', 50], ['B', 50], ['A', 50], ['D', 10]],
      [['A', 1], ['B', 1], ['C', 1], ['D', 4]],
    ],
    ['only unranked units', [['B', null], ['A', null]], [['A', null], ['B', null]]],
    ['empty', [], []],
  ])('%s', (_, input, expected) => {
    const { rows, ranks } = rankOrder(input.map(([c, s]) => ({ unitCode: c, composite: s })));
    expect(rows.map((r, i) => [r.unitCode, ranks[i]])).toEqual(expected);
  });

  test('compareRankedRows re-sorts ranked rows into the same order', () => {
    const input: [string, number | null][] = [['U04', 70], ['U05', null], ['U03', 80.004], ['U02', 90], ['U00', null], ['U01', 80.001], ['u01', 80]];
    const { rows, ranks } = rankOrder(input.map(([c, s]) => ({ unitCode: c, composite: s })));
    const ranked = rows.map((r, i) => ({ unitCode: r.unitCode, rank: ranks[i]! }));
    const shuffled = [...ranked].reverse();
    expect(shuffled.sort(compareRankedRows)).toEqual(ranked);
  });

  test('assignRanks orders UnitResults in place', () => {
    const rows = [row('B', 60), row('A', 60), row('C', 99)];
    assignRanks(rows);
    expect(rows.map((r) => [r.unitCode, r.rank])).toEqual([['C', 1], ['A', 2], ['B', 2]]);
  });
});

describe('rank change', () => {
  const previous: RankingResult = {
    periodId: '2023-02',
    scope: 'all',
    schemeId: 'default',
    schemeVersion: 1,
    rows: [
      { ...row('A', 90), rank: 1 },
      { ...row('B', 80), rank: 2 },
      { ...row('C', 70), rank: 3 },
      { ...row('D', null), rank: null },
    ],
  };
  const current = assignRanks([row('A', 70), row('B', 80), row('C', 95), row('D', 85), row('E', 60), row('F', null)]);
  applyPreviousRanks(current, previous);

  test.each([
    // [unit, rank, previousRank, rankChange, previousComposite]
    ['C', 1, 3, 2, 70], // moved up two
    ['D', 2, null, null, null], // unranked last period
    ['B', 3, 2, -1, 80],
    ['A', 4, 1, -3, 90],
    ['E', 5, null, null, null], // new unit
    ['F', null, null, null, null], // unranked now
  ])('%s', (code, rank, previousRank, rankChange, previousComposite) => {
    expect(current.find((r) => r.unitCode === code)).toMatchObject({ rank, previousRank, rankChange, previousComposite });
  });

  test('no previous ranking → all null', () => {
    const rows = assignRanks([row('A', 50)]);
    applyPreviousRanks(rows, null);
    expect(rows[0]).toMatchObject({ previousRank: null, rankChange: null });
  });
});
