import { describe, expect, test } from 'vitest';
import { fmtDate, fmtMonthDay } from './format';
import {
  comparePeriodIdsNewestFirst,
  periodKindOf,
  periodLabel,
  periodShortLabel,
  trailingMonths,
  trendWindow,
} from './periods';

describe('dates', () => {
  test.each([
    ['2023-03-05', 'zh-CN', '2023年3月5日'],
    ['2023-03-05', 'en', 'Mar 5, 2023'],
    ['2023-12-31T23:10:00+08:00', 'zh-CN', '2023年12月31日'],
    [null, 'zh-CN', '—'],
  ] as const)('fmtDate(%s, %s) = %s', (value, locale, expected) => {
    expect(fmtDate(value, locale)).toBe(expected);
  });
});

describe('period labels', () => {
  test.each([
    ['2023-03', 'zh-CN', '2023年3月'],
    ['2023-03', 'en', 'Mar 2023'],
    ['2023-12', 'zh-CN', '2023年12月'],
    ['2023-Q1', 'zh-CN', '2023年第1季度'],
    ['2023-Q4', 'en', 'Q4 2023'],
    ['2023', 'zh-CN', '2023年'],
    ['2023', 'en', '2023'],
    ['2023-13', 'zh-CN', '2023-13'], // not a period: shown as given
    ['2023-q1', 'en', '2023-q1'], // one spelling per period (shared's parser)
  ] as const)('periodLabel(%s, %s) = %s', (id, locale, expected) => {
    expect(periodLabel(id, locale)).toBe(expected);
  });

  test.each([
    ['2023-03', 'zh-CN', '23年3月'],
    ['2023-03', 'en', 'Mar 23'],
    ['2023-Q2', 'en', 'Q2 2023'],
  ] as const)('periodShortLabel(%s, %s) = %s', (id, locale, expected) => {
    expect(periodShortLabel(id, locale)).toBe(expected);
  });

  test.each([
    ['2023-03', 'MONTH'],
    ['2023-Q2', 'QUARTER'],
    ['2023', 'YEAR'],
    ['2023-00', null],
    ['23-01', null],
  ] as const)('periodKindOf(%s) = %s', (id, kind) => expect(periodKindOf(id)).toBe(kind));
});

describe('trend window and order', () => {
  test.each([
    ['2023-03', 12, '2022-04', '2023-03'],
    ['2023-Q2', 6, '2023-01', '2023-06'],
    ['2023', 12, '2023-01', '2023-12'],
    ['2023-01', 3, '2022-11', '2023-01'],
  ] as const)('trailingMonths(%s, %i) = %s … %s', (id, count, from, to) => {
    const window = trailingMonths(id, count);
    expect(window).toMatchObject({ from, to });
    expect(window?.months).toHaveLength(count);
    expect(window?.months[0]).toBe(from);
    expect(window?.months.at(-1)).toBe(to);
  });

  test('trailingMonths of a bad id is null', () => expect(trailingMonths('nope')).toBeNull());

  test('the period list is newest first (by last day), a year before its last quarter before its last month', () => {
    const ids = ['2023-02', '2023-03', '2023-Q1', '2022', '2022-12', 'bad', '1989'];
    expect([...ids].sort(comparePeriodIdsNewestFirst)).toEqual([
      '2023-Q1',
      '2023-03',
      '2023-02',
      '2022',
      '2022-12',
      'bad',
      '1989',
    ]);
  });
});

describe('fmtMonthDay', () => {
  test.each([
    ['2023-12-15', 'zh-CN', '12月15日'],
    ['2023-12-15', 'en', 'Dec 15'],
    ['2023-03-01', 'zh-CN', '3月1日'],
    ['not a date', 'en', 'not a date'],
  ] as const)('fmtMonthDay(%s, %s) = %s', (value, locale, expected) => {
    expect(fmtMonthDay(value, locale)).toBe(expected);
  });
});

describe('trendWindow follows the period kind', () => {
  test.each([
    ['2023-06', 'month', '2022-07', 12],
    ['2023-Q2', 'quarter', '2021-Q3', 8],
    ['2023', 'year', '2019', 5],
  ] as const)('%s → %s trend from %s (%i periods)', (id, kind, from, count) => {
    const window = trendWindow(id);
    expect(window?.kind).toBe(kind);
    expect(window?.from).toBe(from);
    expect(window?.to).toBe(id);
    expect(window?.periods).toHaveLength(count);
  });
  test('is null for a bad id', () => {
    expect(trendWindow('2023-13')).toBeNull();
  });
});
