import { describe, expect, test } from 'vitest';
import {
  comparePeriodsNewestFirst,
  nextPeriod,
  parsePeriod,
  periodContains,
  periodOfDate,
  periodsBetween,
  periodsCovering,
  periodToDate,
  previousPeriod,
  requirePeriod,
} from './period.js';

describe('parsePeriod', () => {
  test.each([
    ['2023-03', 'month', '2023-03-01', '2023-03-31', 1],
    ['2023-02', 'month', '2023-02-01', '2023-02-28', 1],
    ['2024-02', 'month', '2024-02-01', '2024-02-29', 1],
    ['2023-04', 'month', '2023-04-01', '2023-04-30', 1],
    ['2023-12', 'month', '2023-12-01', '2023-12-31', 1],
    ['2023-Q1', 'quarter', '2023-01-01', '2023-03-31', 3],
    ['2023-Q2', 'quarter', '2023-04-01', '2023-06-30', 3],
    ['2023-Q3', 'quarter', '2023-07-01', '2023-09-30', 3],
    ['2023-Q4', 'quarter', '2023-10-01', '2023-12-31', 3],
    ['2023', 'year', '2023-01-01', '2023-12-31', 12],
  ])('%s', (id, kind, start, end, months) => {
    expect(parsePeriod(id)).toEqual({ id, kind, start, end, months });
  });

  test.each(['1989-12', '1989-Q4', '1989', '2100-01', '2100', '0001', '9999-Q4', '2023-13', '2023-00', '2023-Q5', '2023-Q0', '2023-q1', '23', '2023-3', '2023-M03', ' 2023', '2023-03-01', ''])(
    '%j is rejected',
    (id) => expect(parsePeriod(id)).toBeNull(),
  );
});

test.each(['1990-01', '1990-Q1', '1990', '2099-12', '2099-Q4', '2099'])('%s is the edge of the supported range', (id) => {
  expect(parsePeriod(id)?.id).toBe(id);
});

describe('comparePeriodsNewestFirst', () => {
  test('end descending; at the same end year, quarter, month', () => {
    const ids = ['2023-11', '2023-Q4', '2023-12', '2023', '2022', '2023-Q3'];
    expect(ids.map(requirePeriod).sort(comparePeriodsNewestFirst).map((p) => p.id))
      .toEqual(['2023', '2023-Q4', '2023-12', '2023-11', '2023-Q3', '2022']);
  });
});

describe('previousPeriod / nextPeriod', () => {
  test.each([
    ['2023-03', '2023-02'],
    ['2023-01', '2022-12'],
    ['2023-Q1', '2022-Q4'],
    ['2023-Q3', '2023-Q2'],
    ['2023', '2022'],
  ])('previous of %s is %s, and back', (id, prev) => {
    expect(previousPeriod(requirePeriod(id))).toEqual(requirePeriod(prev));
    expect(nextPeriod(requirePeriod(prev))).toEqual(requirePeriod(id));
  });
});

describe('periodsBetween', () => {
  test.each([
    ['2022-11', '2023-02', ['2022-11', '2022-12', '2023-01', '2023-02']],
    ['2022-Q3', '2023-Q1', ['2022-Q3', '2022-Q4', '2023-Q1']],
    ['2021', '2023', ['2021', '2022', '2023']],
    ['2023-03', '2023-03', ['2023-03']],
    ['2023-03', '2023-01', []],
  ])('%s..%s', (from, to, ids) => {
    expect(periodsBetween(from, to).map((p) => p.id)).toEqual(ids);
  });

  test.each([
    ['2023-01', '2023-Q4'],
    ['2023', '2023-12'],
    ['2023-13', '2023-12'],
  ])('%s..%s throws', (from, to) => expect(() => periodsBetween(from, to)).toThrow(RangeError));
});

describe('periodsCovering', () => {
  test('a range across a year boundary', () => {
    expect(periodsCovering('2022-12-15', '2023-02-01').map((p) => p.id)).toEqual([
      '2022',
      '2022-Q4',
      '2022-12',
      '2023',
      '2023-Q1',
      '2023-01',
      '2023-02',
    ]);
  });

  test.each([
    ['2023-03-10', '2023-03-10', ['2023', '2023-Q1', '2023-03']],
    ['2023-03-31', '2023-04-01', ['2023', '2023-Q1', '2023-03', '2023-Q2', '2023-04']],
    ['2023-04-01', '2023-03-31', []],
  ])('%s..%s', (a, b, ids) => {
    expect(periodsCovering(a, b).map((p) => p.id)).toEqual(ids);
  });
});

describe('periodOfDate / periodContains', () => {
  test.each([
    ['month', '2023-05-31', '2023-05'],
    ['quarter', '2023-05-31', '2023-Q2'],
    ['quarter', '2023-10-01', '2023-Q4'],
    ['year', '2023-05-31', '2023'],
  ] as const)('%s of %s is %s', (kind, date, id) => {
    const p = periodOfDate(kind, date);
    expect(p.id).toBe(id);
    expect(periodContains(p, date)).toBe(true);
    expect(periodContains(p, '1999-01-01')).toBe(false);
  });
});

describe('periodToDate (month to date)', () => {
  test.each<[string, string, string, number]>([
    // 15 of December's 31 days.
    ['2023-12', '2023-12-15', '2023-12-15', 15 / 31],
    ['2023-12', '2023-12-01', '2023-12-01', 1 / 31],
    // Q4: October 31 + November 30 + 15 = 76 of 92 days, of 3 months.
    ['2023-Q4', '2023-12-15', '2023-12-15', (3 * 76) / 92],
    // The last day, or later: the whole period.
    ['2023-12', '2023-12-31', '2023-12-31', 1],
    ['2023-12', '2024-02-01', '2023-12-31', 1],
  ])('%s as of %s ends %s with m = %s', (id, asOf, end, months) => {
    const p = periodToDate(requirePeriod(id), asOf);
    expect(p).toMatchObject({ id, start: requirePeriod(id).start, end });
    expect(p.months).toBeCloseTo(months, 12);
  });
  test('a date before the period is a mistake', () => {
    expect(() => periodToDate(requirePeriod('2023-12'), '2023-11-30')).toThrow(RangeError);
  });
});
