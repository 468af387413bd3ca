import { describe, expect, test } from 'vitest';
import {
  addDays,
  daysInRange,
  diffDays,
  fromDayNumber,
  isoWeekBounds,
  isoWeekday,
  isValidDate,
  monthBounds,
  quarterBounds,
  toDayNumber,
  yearBounds,
} from './dates.js';

describe('isValidDate', () => {
  test.each([
    ['2023-03-01', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // divisible by 100, not 400
    ['2023-02-29', false],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-3-1', false],
    ['2023/03/01', false],
    ['', false],
  ])('%s → %s', (s, ok) => expect(isValidDate(s)).toBe(ok));
});

describe('day numbers', () => {
  test.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['0050-06-15', -701100], // years below 100 must not be read as 19xx (checked with Date#setUTCFullYear)
  ])('%s ↔ %i', (date, n) => {
    expect(toDayNumber(date)).toBe(n);
    expect(fromDayNumber(n)).toBe(date);
  });
});

describe('addDays / diffDays', () => {
  test.each([
    ['2023-03-31', 1, '2023-04-01'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2023-03-01', -1, '2023-02-28'],
    ['2023-03-10', 15, '2023-03-25'], // R2: rating date + 15 days
    ['2023-03-26', 0, '2023-03-26'], // crosses no DST anywhere because no time zone is involved
  ])('%s + %i = %s', (d, n, out) => {
    expect(addDays(d, n)).toBe(out);
    expect(diffDays(d, out)).toBe(n);
  });

  test('malformed input is a programming error', () => {
    expect(() => addDays('2023-02-30', 1)).toThrow(RangeError);
  });
});

describe('calendar bounds', () => {
  test.each([
    // date, ISO weekday, ISO week, month, quarter, year
    ['2023-03-01', 3, ['2023-02-27', '2023-03-05'], ['2023-03-01', '2023-03-31'], ['2023-01-01', '2023-03-31'], ['2023-01-01', '2023-12-31']],
    ['2023-03-05', 7, ['2023-02-27', '2023-03-05'], ['2023-03-01', '2023-03-31'], ['2023-01-01', '2023-03-31'], ['2023-01-01', '2023-12-31']],
    ['2023-03-06', 1, ['2023-03-06', '2023-03-12'], ['2023-03-01', '2023-03-31'], ['2023-01-01', '2023-03-31'], ['2023-01-01', '2023-12-31']],
    ['2024-02-10', 6, ['2024-02-05', '2024-02-11'], ['2024-02-01', '2024-02-29'], ['2024-01-01', '2024-03-31'], ['2024-01-01', '2024-12-31']],
    ['2023-11-15', 3, ['2023-11-13', '2023-11-19'], ['2023-11-01', '2023-11-30'], ['2023-10-01', '2023-12-31'], ['2023-01-01', '2023-12-31']],
    ['2025-01-01', 3, ['2024-12-30', '2025-01-05'], ['2025-01-01', '2025-01-31'], ['2025-01-01', '2025-03-31'], ['2025-01-01', '2025-12-31']],
  ])('%s', (date, weekday, week, month, quarter, year) => {
    expect(isoWeekday(date)).toBe(weekday);
    expect(isoWeekBounds(date)).toEqual({ start: week[0], end: week[1] });
    expect(monthBounds(date)).toEqual({ start: month[0], end: month[1] });
    expect(quarterBounds(date)).toEqual({ start: quarter[0], end: quarter[1] });
    expect(yearBounds(date)).toEqual({ start: year[0], end: year[1] });
  });
});

describe('daysInRange', () => {
  test.each([
    ['2023-03-01', '2023-03-31', 31],
    ['2024-02-01', '2024-02-29', 29],
    ['2023-01-01', '2023-12-31', 365],
    ['2023-03-05', '2023-03-05', 1],
    ['2023-03-05', '2023-03-04', 0],
  ])('%s..%s has %i days', (s, e, n) => {
    const days = daysInRange(s, e);
    expect(days).toHaveLength(n);
    if (n > 0) {
      expect(days[0]).toBe(s);
      expect(days[n - 1]).toBe(e);
    }
  });
});
