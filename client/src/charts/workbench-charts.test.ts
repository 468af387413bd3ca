import { describe, expect, test } from 'vitest';
import { rankSweep, type UnitStability } from '@scorecard/shared';
import { MOVE_COLORS } from './movement';
import { ruleCurvePath } from './rule-curve';
import { slopeOption } from './slope';
import { stabilityOption, sweepOption } from './stability';

const labels = { before: 'v1', after: 'v2', up: '上升', down: '下降', same: '不变' };

describe('slopeOption', () => {
  const option = slopeOption(
    [
      { name: '甲', before: 1, after: 3 },
      { name: '乙', before: 3, after: 1 },
      { name: '丙', before: 2, after: 2 },
      { name: '丁', before: null, after: 4 },
    ],
    labels,
  );
  const series = option.series as Array<{ name: string; data: unknown[]; lineStyle: { color: string } }>;

  test('three series (unchanged, up, down), each unit a segment, unranked left out', () => {
    expect(series.map((s) => [s.name, s.lineStyle.color, s.data])).toEqual([
      [
        '不变',
        MOVE_COLORS.same,
        [
          [0, 2, '丙'],
          [1, 2, '丙'],
        ],
      ],
      [
        '上升',
        MOVE_COLORS.up,
        [
          [0, 3, '乙'],
          [1, 1, '乙'],
        ],
      ],
      [
        '下降',
        MOVE_COLORS.down,
        [
          [0, 1, '甲'],
          [1, 3, '甲'],
        ],
      ],
    ]);
  });

  test('segments of one series are separated by gaps; rank 1 on top', () => {
    const two = slopeOption(
      [
        { name: 'a', before: 1, after: 2 },
        { name: 'b', before: 2, after: 3 },
      ],
      labels,
    );
    expect((two.series as Array<{ data: unknown[] }>)[2]!.data).toEqual([
      [0, 1, 'a'],
      [1, 2, 'a'],
      '-',
      [0, 2, 'b'],
      [1, 3, 'b'],
    ]);
    expect(two.yAxis).toMatchObject({ inverse: true, min: 1, max: 3 });
  });
});

describe('stabilityOption', () => {
  const results: UnitStability[] = [
    { unitCode: 'B', nominalRank: 2, medianRank: 2, p5Rank: 1, p95Rank: 6, unstable: true },
    { unitCode: 'A', nominalRank: 1, medianRank: 1, p5Rank: 1, p95Rank: 2, unstable: false },
  ];
  const option = stabilityOption(
    results,
    new Map([
      ['A', '甲'],
      ['B', '乙'],
    ]),
    { interval: '区间', nominal: '名次', median: '中位', unstable: '不稳定' },
  );
  const series = option.series as Array<{ data: unknown[] }>;

  test('units in nominal rank order; bars span p5–p95 on an invisible base', () => {
    expect((option.yAxis as { data: string[] }).data).toEqual(['1. 甲', '2. 乙']);
    expect(series[0]!.data).toEqual([0.5, 0.5]);
    expect(series[1]!.data.map((d) => (d as { value: number }).value)).toEqual([2, 6]);
  });

  test('unstable units are red; nominal and median marks sit on their rows', () => {
    expect(series[1]!.data.map((d) => (d as { itemStyle: { color: string } }).itemStyle.color)).toEqual([
      MOVE_COLORS.stable,
      MOVE_COLORS.unstable,
    ]);
    expect(series[2]!.data).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(series[3]!.data).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });
});

describe('sweepOption', () => {
  test('one line per chosen unit over the swept weights', () => {
    const rows = [
      {
        unitCode: 'X',
        rank: 1,
        penalty: 0,
        dimensions: [
          { score: 100, weight: 50 },
          { score: 0, weight: 50 },
        ],
      },
      {
        unitCode: 'Y',
        rank: 1,
        penalty: 0,
        dimensions: [
          { score: 0, weight: 50 },
          { score: 100, weight: 50 },
        ],
      },
    ];
    const option = sweepOption(rankSweep(rows, 0, 'A', 3), ['Y'], new Map([['Y', '乙']]), {
      weight: '权重',
      rank: '名次',
    });
    expect((option.xAxis as { data: string[] }).data).toEqual(['0', '50', '100']);
    expect(option.series).toEqual([expect.objectContaining({ name: '乙', data: [1, 1, 2] })]);
  });
});

describe('ruleCurvePath', () => {
  test("band: 0 below the floor, 100 above the target (the engine's scoreRule draws it)", () => {
    const path = ruleCurvePath({ kind: 'band', floor: 0.25, target: 0.75 }, [0, 1], 100, 10, 4);
    expect(path).toBe('M0.0,10.0 L25.0,10.0 L50.0,5.0 L75.0,0.0 L100.0,0.0');
  });

  test('binary is a step, minmax runs from the range start to its end', () => {
    expect(ruleCurvePath({ kind: 'binary' }, [0, 1], 10, 10, 2)).toBe('M0.0,10.0 L5.0,0.0 L10.0,0.0');
    expect(ruleCurvePath({ kind: 'minmax' }, [0, 100], 10, 10, 2)).toBe('M0.0,10.0 L5.0,5.0 L10.0,0.0');
  });
});
