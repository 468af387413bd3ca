import { describe, expect, test } from 'vitest';
import { actionsFor, byState, countdown, countdownText, toCalendar } from './remediation-view';

const CAL = toCalendar([
  { date: '2023-10-02', working: false },
  { date: '2023-10-03', working: false },
  { date: '2023-10-04', working: false },
  { date: '2023-10-05', working: false },
  { date: '2023-10-06', working: false },
  { date: '2023-09-29', working: false },
  { date: '2023-10-07', working: true },
  { date: '2023-10-08', working: true },
]);

describe('remediation view', () => {
  test('countdown across National Day counts the 调休 weekend and skips the holiday', () => {
    expect(countdownText(countdown({ deadline: '2023-10-09', state: 'OPEN' }, '2023-09-28', CAL))).toEqual({
      key: 'remediation.daysLeft',
      n: 3,
    });
    expect(countdown({ deadline: '2023-10-09', state: 'OPEN' }, '2023-09-28', CAL).dueSoon).toBe(true);
    expect(countdownText(countdown({ deadline: '2023-10-09', state: 'OPEN' }, '2023-10-10', CAL))).toEqual({
      key: 'remediation.overdueBy',
      n: 1,
    });
    expect(countdownText(countdown({ deadline: '2023-10-09', state: 'VERIFIED' }, '2023-10-10', CAL)).key).toBe(
      'remediation.status.DONE',
    );
  });

  test('board columns and the buttons each role gets', () => {
    const cols = byState([
      { state: 'OPEN', deadline: '2023-11-02' },
      { state: 'OPEN', deadline: '2023-11-01' },
      { state: 'VERIFIED', deadline: '2023-10-01' },
    ]);
    expect(cols.map((c) => c.items.length)).toEqual([2, 0, 0, 0, 1]);
    expect(cols[0]!.items[0]!.deadline).toBe('2023-11-01');
    expect(actionsFor('UNIT', 'REJECTED', true)).toEqual(['START']);
    expect(actionsFor('UNIT', 'OPEN', false)).toEqual([]);
    expect(actionsFor('ASSESSOR', 'SUBMITTED', false)).toEqual(['VERIFY', 'REJECT']);
    expect(actionsFor('LEADER', 'SUBMITTED', false)).toEqual([]);
  });
});
