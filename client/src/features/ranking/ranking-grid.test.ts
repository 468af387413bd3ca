import { describe, expect, test } from 'vitest';
import { createI18n } from 'vue-i18n';
import en from '@/i18n/en';
import type { RankingData, RankingRow } from './ranking-view';
import {
  averageRow,
  cellChange,
  changeText,
  hideEmptyRows,
  isEmptyRow,
  periodCells,
  periodColumns,
  topBottom,
  unitAverage,
} from './ranking-grid';

function row(code: string, rank: number | null, composite: number | null, u: number | null, e: number | null): RankingRow {
  const dim = (id: string, score: number | null) => ({ id, name: id, nameEn: id, weight: 50, score, applicable: score != null });
  return {
    unit: { code, name: code, kind: 'MUNICIPAL' },
    rank,
    previousRank: null,
    rankChange: null,
    composite,
    grade: null,
    penalty: 0,
    incidents: 0,
    dimensions: [dim('U', u), dim('E', e)],
  };
}

const rows = [
  row('A', 1, 95, 100, 90),
  row('B', 2, 80, 70, 90),
  row('C', 2, 80, null, 80), // tied with B
  row('D', 4, 40, 40, null),
  row('Z', null, null, null, null), // nothing scored
];
const ranking = (period: string, list: RankingRow[]): RankingData =>
  ({
    period: { id: period },
    average: 73.75,
    dimensionAverages: [
      { id: 'U', name: 'U', nameEn: 'U', average: 70 },
      { id: 'E', name: 'E', nameEn: 'E', average: 86.67 },
    ],
    rows: list,
  }) as unknown as RankingData;

describe('averages', () => {
  test.each<[string, number | null, string[] | undefined]>([
    ['A', 95, undefined],
    ['C', 80, undefined], // N/A left out, not counted as 0
    ['Z', null, undefined],
    ['B', 70, ['U']], // only the columns shown
  ])('unit %s averages %s across %s', (code, mean, ids) => {
    expect(unitAverage(rows.find((r) => r.unit.code === code)!, ids)).toBe(mean);
  });

  test('the average row is the scope average per indicator, the column average over ranked units', () => {
    const avg = averageRow(ranking('2023-12', rows));
    expect(avg.composite).toBe(73.75);
    expect(avg.dimensions.get('U')).toBe(70);
    expect(avg.dimensions.get('E')).toBe(86.67);
    // (95 + 80 + 80 + 40) / 4; the unranked Z is left out.
    expect(avg.unitAverage).toBe(73.75);
  });
});

describe('filters', () => {
  test('hides rows with every score N/A', () => {
    expect(isEmptyRow(rows[4]!)).toBe(true);
    expect(hideEmptyRows(rows).map((r) => r.unit.code)).toEqual(['A', 'B', 'C', 'D']);
  });

  test.each<[number, string[]]>([
    [0, ['A', 'B', 'C', 'D', 'Z']],
    [1, ['A']],
    [2, ['A', 'B', 'C']], // the tie at rank 2 is kept
    [-1, ['D']],
    [-2, ['B', 'C', 'D']],
    [99, ['A', 'B', 'C', 'D']], // never the unranked
  ])('top/bottom %s', (n, codes) => {
    expect(topBottom(rows, n).map((r) => r.unit.code)).toEqual(codes);
  });
});

describe('periods side by side', () => {
  test.each<[string, number | undefined, string[]]>([
    ['2023-12', undefined, ['2023-10', '2023-11', '2023-12']],
    ['2023-02', 3, ['2022-12', '2023-01', '2023-02']],
    ['2023-Q2', undefined, ['2022-Q3', '2022-Q4', '2023-Q1', '2023-Q2']],
    ['2023', undefined, ['2021', '2022', '2023']],
    ['2023-Q1', 2, ['2022-Q4', '2023-Q1']],
    ['2023-13', undefined, []],
  ])('%s × %s → %j', (id, count, columns) => {
    expect(periodColumns(id, count)).toEqual(columns);
  });

  test('cells join the periods by unit, a unit missing from a period has no cell there', () => {
    const cells = periodCells([ranking('2023-11', [row('A', 1, 90, 90, 90)]), ranking('2023-12', rows)]);
    expect(cells.get('A')?.get('2023-11')?.composite).toBe(90);
    expect(cells.get('A')?.get('2023-12')?.dimensions.get('U')).toBe(100);
    expect(cells.get('B')?.has('2023-11')).toBe(false);
  });
});

describe('change against the previous period', () => {
  test.each<[number | null, number | null, ReturnType<typeof cellChange>]>([
    [80, 75.5, { direction: 'up', delta: 4.5 }],
    [70.004, 70.001, { direction: 'same', delta: 0 }], // both shown as 70.00
    [60.005, 60.004, { direction: 'up', delta: 0.01 }], // 60.01 vs 60.00 as printed
    [50, 62.25, { direction: 'down', delta: -12.25 }],
    [null, 50, null],
    [50, null, null],
  ])('%s after %s', (current, previous, change) => {
    expect(cellChange(current, previous)).toEqual(change);
  });
});

describe('the words for a change (tooltips of the table and heatmap)', () => {
  const { t } = createI18n({ legacy: false, locale: 'en', messages: { en } }).global;
  test.each<[ReturnType<typeof cellChange>, string]>([
    [cellChange(80, 75.5), 'Up 4.50 on the previous period\nPrevious (Nov 2023): 75.50'],
    [cellChange(50, 62.25), 'Down 12.25 on the previous period\nPrevious (Nov 2023): 62.25'],
    [cellChange(70.004, 70.001), 'Same as the previous period\nPrevious (Nov 2023): 70.00'],
  ])('%o', (change, text) => {
    const previous = change!.direction === 'up' ? 75.5 : change!.direction === 'down' ? 62.25 : 70.001;
    expect(changeText(t, change, 'Nov 2023', previous)).toBe(text);
  });

  test('no previous score', () => {
    expect(changeText(t, null, 'Nov 2023', null)).toBe(en.grid.noPrevious);
  });
});
