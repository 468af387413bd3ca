import type { EntityManager } from '@mikro-orm/core';
import {
  daysInRange,
  diffDays,
  isoWeekBounds,
  monthBounds,
  quarterBounds,
  UPDATE_CYCLES,
  windowBounds,
  yearBounds,
  type Period,
} from '@scorecard/shared';
import { query, run, num, type SqlParam } from './db.js';

const COLUMNS = [
  'day', 'week_start', 'week_end', 'month_start', 'month_end', 'quarter_start', 'quarter_end', 'year_start', 'year_end',
];
/** 9 parameters a row; 300 rows stay far below SQLite's and PostgreSQL's parameter limits. */
const ROWS_PER_INSERT = 300;

/**
 * Fills calendar_days for every day of [fromDate, toDate]: each day with the bounds of its ISO week
 * (Monday–Sunday), month, quarter and year. Idempotent and safe to run from several processes at once
 * (`on conflict do nothing`); when the range is already complete it costs one indexed count.
 * Returns the number of days that were missing.
 */
export async function ensureCalendar(em: EntityManager, fromDate: string, toDate: string): Promise<number> {
  if (toDate < fromDate) return 0;
  const expected = diffDays(fromDate, toDate) + 1;
  const [row] = await query(em, 'select count(*) as n from calendar_days where day between ? and ?', [fromDate, toDate]);
  if (num(row?.n) === expected) return 0;

  const days = daysInRange(fromDate, toDate);
  for (let i = 0; i < days.length; i += ROWS_PER_INSERT) {
    const chunk = days.slice(i, i + ROWS_PER_INSERT);
    const params: SqlParam[] = [];
    for (const day of chunk) {
      const w = isoWeekBounds(day);
      const m = monthBounds(day);
      const q = quarterBounds(day);
      const y = yearBounds(day);
      params.push(day, w.start, w.end, m.start, m.end, q.start, q.end, y.start, y.end);
    }
    const values = chunk.map(() => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ');
    await run(em, `insert into calendar_days (${COLUMNS.join(', ')}) values ${values} on conflict (day) do nothing`, params);
  }
  return days.length;
}

/**
 * The earliest day a U1 window due in the period can start: the start of the window of each cycle
 * that contains S, when that window also ends by E (a window ending after E is not due; the next one
 * starts after S). At most one year before S (the yearly window), 6 days for weeks crossing S.
 */
export function earliestWindowStart(period: Period): string {
  let earliest = period.start;
  for (const cycle of UPDATE_CYCLES) {
    const w = windowBounds(cycle, period.start);
    if (w.end <= period.end && w.start < earliest) earliest = w.start;
  }
  return earliest;
}

/** The calendar range computeMeasures needs for a period: every day of every window due in it. */
export function calendarRangeFor(period: Period): { from: string; to: string } {
  return { from: earliestWindowStart(period), to: period.end };
}
