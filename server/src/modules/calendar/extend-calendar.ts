import {
  daysInRange, diffDays, isoWeekBounds, monthBounds, quarterBounds, SUPPORTED_DATES, yearBounds,
} from '@scorecard/shared';
import { toCount, type SqlRunner, type SqlRunnerParam } from '../../db/sql-runner.js';
import { windowsEndingOn } from './u1-window-numbers.js';
import { calendarSpanFor } from './windows.js';

const DAY_COLUMNS = [
  'day', 'week_start', 'week_end', 'month_start', 'month_end', 'quarter_start', 'quarter_end', 'year_start', 'year_end',
];
/** 9 parameters a day row, 4 a window row: far below SQLite's and PostgreSQL's parameter limits. */
const DAYS_PER_INSERT = 300;
const WINDOWS_PER_INSERT = 500;

/**
 * The only writer of calendar_days and u1_windows. Makes both hold every day of [from, to]: each day
 * with the bounds of its ISO week (Monday–Sunday), month, quarter and year, and every U1 window that
 * ends on one of those days, numbered within its cycle. Run it inside the caller's transaction (the
 * import's: periods/refresh-periods.ts) so that no reader sees a day without its windows.
 *
 * A range counts as complete only when both tables have it (every day has exactly one daily window),
 * so days written without their windows by an older version are repaired by the next call.
 * Idempotent and safe from several processes at once (`on conflict do nothing`). Returns the number
 * of days of the range that were written (0 when it was already complete).
 */
export async function extendCalendar(db: SqlRunner, from: string, to: string): Promise<number> {
  if (to < from) return 0;
  const expected = diffDays(from, to) + 1;
  const [have] = await db.query(
    `select (select count(*) from calendar_days where day between ? and ?) as days,
      (select count(*) from u1_windows where cycle = 'daily' and window_end between ? and ?) as windows`,
    [from, to, from, to],
  );
  if (toCount(have?.days) === expected && toCount(have?.windows) === expected) return 0;

  const days = daysInRange(from, to);
  await insertDays(db, days);
  await insertWindows(db, days);
  return days.length;
}

async function insertDays(db: SqlRunner, days: readonly string[]): Promise<void> {
  const row = `(${DAY_COLUMNS.map(() => '?').join(', ')})`;
  for (let i = 0; i < days.length; i += DAYS_PER_INSERT) {
    const chunk = days.slice(i, i + DAYS_PER_INSERT);
    const params: SqlRunnerParam[] = [];
    for (const day of chunk) {
      const w = isoWeekBounds(day);
      const m = monthBounds(day);
      const q = quarterBounds(day);
      const y = yearBounds(day);
      params.push(day, w.start, w.end, m.start, m.end, q.start, q.end, y.start, y.end);
    }
    await db.run(
      `insert into calendar_days (${DAY_COLUMNS.join(', ')}) values ${chunk.map(() => row).join(', ')} on conflict (day) do nothing`,
      params,
    );
  }
}

async function insertWindows(db: SqlRunner, days: readonly string[]): Promise<void> {
  const rows = windowsEndingOn(days);
  for (let i = 0; i < rows.length; i += WINDOWS_PER_INSERT) {
    const chunk = rows.slice(i, i + WINDOWS_PER_INSERT);
    await db.run(
      `insert into u1_windows (cycle, window_end, window_start, seq) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}
      on conflict (cycle, window_end) do nothing`,
      chunk.flat(),
    );
  }
}

/**
 * Gives every day already in calendar_days (within the supported dates) its U1 windows: a database
 * whose calendar was extended without windows by an older version is repaired (the migration that
 * made this the only writer). Days outside SUPPORTED_DATES' calendar are left alone.
 */
export async function repairCalendar(db: SqlRunner): Promise<number> {
  const [span] = await db.query('select min(day) as lo, max(day) as hi from calendar_days');
  if (typeof span?.lo !== 'string' || typeof span.hi !== 'string') return 0;
  const supported = calendarSpanFor(SUPPORTED_DATES.start, SUPPORTED_DATES.end);
  const from = span.lo > supported.from ? span.lo : supported.from;
  const to = span.hi < supported.to ? span.hi : supported.to;
  return extendCalendar(db, from, to);
}
