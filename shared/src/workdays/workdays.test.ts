import { describe, expect, test } from 'vitest';
import {
  addWorkingDays,
  deadlineState,
  isWorkingDay,
  remediationDeadline,
  workingDaysBetween,
  type WorkdayCalendar,
} from './workdays.js';

/** National Day 2023 as the State Council announced it: 9-29 to 10-06 off, Saturday 10-07 and Sunday 10-08 worked (调休). */
const CAL_2023: WorkdayCalendar = {
  exceptions: {
    '2023-09-29': false,
    '2023-09-30': false,
    '2023-10-01': false,
    '2023-10-02': false,
    '2023-10-03': false,
    '2023-10-04': false,
    '2023-10-05': false,
    '2023-10-06': false,
    '2023-10-07': true,
    '2023-10-08': true,
  },
};

describe('working days', () => {
  test.each([
    ['2023-09-28', true],
    ['2023-09-29', false],
    ['2023-10-02', false],
    ['2023-10-07', true],
    ['2023-10-08', true],
    ['2023-10-14', false],
    ['2023-10-09', true],
  ])('%s working: %s', (date, working) => {
    expect(isWorkingDay(date, CAL_2023)).toBe(working);
  });

  test.each([
    // Thursday 09-28 + 1 → the holiday is skipped, the 调休 Saturday 10-07 is the next working day.
    ['2023-09-28', 1, '2023-10-07'],
    ['2023-09-28', 2, '2023-10-08'],
    ['2023-09-28', 3, '2023-10-09'],
    // 20 working days from 09-25 (Mon): 09-26..28 = 3, 10-07, 10-08 = 5, then 15 weekdays from 10-09 → 10-27.
    ['2023-09-25', 20, '2023-10-27'],
    ['2023-10-09', 0, '2023-10-09'],
  ])('%s + %i working days = %s', (start, n, expected) => {
    expect(addWorkingDays(start, n, CAL_2023)).toBe(expected);
    expect(workingDaysBetween(start, expected, CAL_2023)).toBe(n);
  });

  test('without the calendar the same deadline would be two weeks earlier', () => {
    expect(remediationDeadline('2023-09-25', 20, { exceptions: {} })).toBe('2023-10-23');
  });

  test.each([
    ['2023-10-19', false, 'ON_TRACK', 6, false],
    ['2023-10-20', false, 'DUE_SOON', 5, false],
    ['2023-10-23', false, 'DUE_SOON', 4, false],
    ['2023-10-27', false, 'DUE_SOON', 0, false],
    ['2023-10-30', false, 'OVERDUE', -1, true],
    ['2023-10-30', true, 'DONE', -1, false],
  ])('deadline 2023-10-27 seen on %s (verified %s): %s', (today, verified, status, left, overdue) => {
    const s = deadlineState('2023-10-27', today, verified, CAL_2023);
    expect(s.status).toBe(status);
    expect(s.workingDaysLeft).toBe(left);
    expect(s.overdue).toBe(overdue);
  });
});
