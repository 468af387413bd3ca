import { describe, expect, test } from 'vitest';
import type { RankingRow } from './ranking-view';
import type { HeatmapData } from './use-ranking';
import { heatmapCells, heatmapColumns, heatmapRows } from './heatmap-view';

const cell = (id: string, score: number | null) =>
  ({
    id, dimensionId: id[0], name: `名${id}`, nameEn: `Name ${id}`, score, applicable: score != null, value: null,
    valueKind: 'RATIO', valueDecimals: 2, valueUnit: null, numerator: null, denominator: null, pointsLost: 0,
  }) as HeatmapData['byUnit'] extends ReadonlyMap<string, infer S> ? S extends ReadonlyArray<infer C> ? C : never : never;
const row = (code: string, name: string, rank: number | null) =>
  ({ unit: { code, name, kind: 'MUNICIPAL' }, rank }) as unknown as RankingRow;

const data = new Map<string, HeatmapData>([
  ['2023-10', { period: '2023-10', byUnit: new Map([['A', [cell('U1', 50), cell('E1', 90)]], ['B', [cell('U1', 80), cell('E1', null)]]]) }],
  ['2023-11', { period: '2023-11', byUnit: new Map([['A', [cell('U1', 60), cell('E1', 95)]], ['B', [cell('U1', 70), cell('E1', 40)]], ['C', []]]) }],
]);
const rows = [row('B', '乙局', 2), row('A', '甲局', 1), row('C', '丙局', null)];

describe('heatmap view', () => {
  test('columns: every sub-indicator of each period, named, oldest period first', () => {
    expect(heatmapColumns(['2023-10', '2023-11'], data).map((c) => [c.key, c.name])).toEqual([
      ['2023-10|U1', '名U1'],
      ['2023-10|E1', '名E1'],
      ['2023-11|U1', '名U1'],
      ['2023-11|E1', '名E1'],
    ]);
    expect(heatmapColumns(['2023-09'], data)).toEqual([]);
  });

  test('cells join a unit across periods', () => {
    expect(heatmapCells('B', ['2023-10', '2023-11'], data).get('2023-11|E1')?.score).toBe(40);
    expect(heatmapCells('C', ['2023-10', '2023-11'], data).size).toBe(0);
  });

  test.each<[string, string, string[]]>([
    ['rank', '', ['A', 'B', 'C']],
    ['name', '', ['C', 'A', 'B']], // zh-CN collation is by pinyin: 丙 bǐng, 甲 jiǎ, 乙 yǐ
    ['2023-11|U1', '', ['B', 'A', 'C']], // highest score first, a unit without the cell last
    ['2023-10|E1', '', ['A', 'B', 'C']], // N/A after scores, then by rank
    ['rank', '乙', ['B']],
  ])('sort %s, search "%s"', (sort, search, codes) => {
    expect(heatmapRows(rows, search, sort, ['2023-10', '2023-11'], data).map((r) => r.unit.code)).toEqual(codes);
  });
});
