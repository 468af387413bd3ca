import { describe, expect, test } from 'vitest';
import type { RankingRow } from './ranking-view';
import type { HeatmapData } from './use-ranking';
import {
  heatmapCellChange,
  heatmapCells,
  heatmapColumns,
  heatmapRows,
  heatmapSortFromParam,
  heatmapSortParam,
} from './heatmap-view';

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

describe('heatmap cell change against the period before the column', () => {
  test.each<[string, string, string, ReturnType<typeof heatmapCellChange>]>([
    ['up', 'A', 'U1', { change: { direction: 'up', delta: 10 }, previousPeriod: '2023-10', previous: 50 }],
    ['down', 'B', 'U1', { change: { direction: 'down', delta: -10 }, previousPeriod: '2023-10', previous: 80 }],
    ['no arrow when the previous score is N/A', 'B', 'E1', { change: null, previousPeriod: '2023-10', previous: null }],
    ['no arrow for a unit without cells', 'C', 'U1', { change: null, previousPeriod: '2023-10', previous: null }],
  ])('%s', (_, code, id, expected) => {
    expect(heatmapCellChange(code, { period: '2023-11', id }, data)).toEqual(expected);
  });

  test('the oldest loaded period has no arrow (its previous period was not loaded)', () => {
    expect(heatmapCellChange('A', { period: '2023-10', id: 'U1' }, data)?.change).toBeNull();
  });

  test('equal printed scores are "same", not a tiny rise', () => {
    const close = new Map<string, HeatmapData>([
      ['2023-Q3', { period: '2023-Q3', byUnit: new Map([['A', [cell('U1', 70.004)]]]) }],
      ['2023-Q4', { period: '2023-Q4', byUnit: new Map([['A', [cell('U1', 70.001)]]]) }],
    ]);
    expect(heatmapCellChange('A', { period: '2023-Q4', id: 'U1' }, close)?.change).toEqual({ direction: 'same', delta: 0 });
  });
});

describe('heatmap sort in the URL', () => {
  const periods = ['2023-10', '2023-11'];
  test.each<[string, string | null]>([
    ['rank', null],
    ['name', 'name'],
    ['2023-11|U1', 'U1'], // the shown period: by id alone, so a "newest period" view keeps it
    ['2023-10|E1', '2023-10|E1'],
  ])('%s ⇄ %s', (sort, param) => {
    expect(heatmapSortParam(sort, periods)).toBe(param);
    expect(heatmapSortFromParam(param, periods)).toBe(sort);
  });

  test('a sub-indicator id follows the shown period', () => {
    expect(heatmapSortFromParam('U1', ['2024-01'])).toBe('2024-01|U1');
  });
});
