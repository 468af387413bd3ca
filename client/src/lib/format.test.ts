import { describe, expect, test } from 'vitest';
import { fmt2, fmtDate, fmtPercent, fmtSigned, round2 } from './format';
import { addMonths, lastMonthOf, parsePeriod, periodLabel, trailingMonths } from './periods';

describe('two decimals', () => {
  test.each([
    [89.995, '90.00'],
    [1.005, '1.01'],
    [0, '0.00'],
    [100, '100.00'],
    [72.3449999, '72.34'],
    [-0.001, '0.00'],
    [-2.345, '-2.35'],
    [59.999, '60.00'],
  ])('fmt2(%s) = %s', (value, expected) => {
    expect(fmt2(value)).toBe(expected);
  });

  test('N/A values show a dash, or the given label', () => {
    expect(fmt2(null)).toBe('—');
    expect(fmt2(undefined)).toBe('—');
    expect(fmt2(Number.NaN, 'N/A')).toBe('N/A');
  });

  test('round2 keeps numbers numeric', () => {
    expect(round2(89.995)).toBe(90);
    expect(round2(12.344)).toBe(12.34);
  });

  test('percent and signed', () => {
    expect(fmtPercent(0.95125)).toBe('95.13%');
    expect(fmtPercent(null)).toBe('—');
    expect(fmtSigned(3)).toBe('+3');
    expect(fmtSigned(-2)).toBe('-2');
    expect(fmtSigned(0)).toBe('0');
  });
});

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

describe('periods', () => {
  test.each([
    ['2023-03', 'zh-CN', '2023年3月'],
    ['2023-03', 'en', 'Mar 2023'],
    ['2023-12', 'zh-CN', '2023年12月'],
    ['2023-Q1', 'zh-CN', '2023年第1季度'],
    ['2023-Q4', 'en', 'Q4 2023'],
    ['2023', 'zh-CN', '2023年'],
    ['2023', 'en', '2023'],
    ['2023-13', 'zh-CN', '2023-13'],
  ] as const)('periodLabel(%s, %s) = %s', (id, locale, expected) => {
    expect(periodLabel(id, locale)).toBe(expected);
  });

  test('parse', () => {
    expect(parsePeriod('2023-Q2')).toEqual({ kind: 'QUARTER', year: 2023, index: 2 });
    expect(parsePeriod('2023-00')).toBeNull();
    expect(parsePeriod('23-01')).toBeNull();
  });

  test('month arithmetic and trailing windows', () => {
    expect(addMonths('2023-03', -2)).toBe('2023-01');
    expect(addMonths('2023-03', -3)).toBe('2022-12');
    expect(addMonths('2022-12', 1)).toBe('2023-01');
    expect(lastMonthOf('2023-Q1')).toBe('2023-03');
    expect(lastMonthOf('2023')).toBe('2023-12');
    expect(trailingMonths('2023-03')).toEqual({ from: '2022-04', to: '2023-03' });
    expect(trailingMonths('2023-Q2', 6)).toEqual({ from: '2023-01', to: '2023-06' });
  });
});
