import { describe, expect, test } from 'vitest';
import { type UpdateCycle, windowBounds, windowsDueIn } from './windows.js';

describe('windowsDueIn — SPEC §4 March 2023', () => {
  test.each<[UpdateCycle, number, string[]]>([
    ['daily', 31, ['2023-03-01', '2023-03-31']],
    ['weekly', 4, ['2023-03-05', '2023-03-12', '2023-03-19', '2023-03-26']],
    ['monthly', 1, ['2023-03-31']],
    ['quarterly', 1, ['2023-03-31']],
    ['yearly', 0, []],
  ])('%s: %i windows', (cycle, count, ends) => {
    const windows = windowsDueIn(cycle, '2023-03-01', '2023-03-31');
    expect(windows).toHaveLength(count);
    if (cycle === 'daily') {
      expect([windows[0]?.end, windows[30]?.end]).toEqual(ends);
    } else {
      expect(windows.map((w) => w.end)).toEqual(ends);
    }
  });

  test('the first weekly window starts in February', () => {
    expect(windowsDueIn('weekly', '2023-03-01', '2023-03-31')[0]).toEqual({ start: '2023-02-27', end: '2023-03-05' });
  });
});

describe('windowsDueIn — other periods', () => {
  test.each<[UpdateCycle, string, string, number]>([
    ['daily', '2023-01-01', '2023-12-31', 365],
    ['weekly', '2023-01-01', '2023-03-31', 13], // Sundays 1 Jan … 26 Mar
    ['monthly', '2023-01-01', '2023-03-31', 3],
    ['quarterly', '2023-01-01', '2023-12-31', 4],
    ['yearly', '2023-01-01', '2023-12-31', 1],
    ['monthly', '2023-04-01', '2023-06-30', 3],
    ['weekly', '2024-02-01', '2024-02-29', 4], // Sundays 4, 11, 18, 25
  ])('%s in %s..%s: %i', (cycle, s, e, n) => {
    expect(windowsDueIn(cycle, s, e)).toHaveLength(n);
  });
});

describe('windowBounds', () => {
  test.each<[UpdateCycle, string, string, string]>([
    ['daily', '2023-03-15', '2023-03-15', '2023-03-15'],
    ['weekly', '2023-03-15', '2023-03-13', '2023-03-19'],
    ['monthly', '2023-02-15', '2023-02-01', '2023-02-28'],
    ['quarterly', '2023-08-15', '2023-07-01', '2023-09-30'],
    ['yearly', '2023-08-15', '2023-01-01', '2023-12-31'],
  ])('%s window of %s', (cycle, date, start, end) => {
    expect(windowBounds(cycle, date)).toEqual({ start, end });
  });
});
