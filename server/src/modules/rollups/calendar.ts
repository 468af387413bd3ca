import { daysInRange, diffDays, isoWeekBounds, monthBounds, quarterBounds, yearBounds } from '@scorecard/shared';
import { toNumber, type RollupParam, type RollupSql } from './exec.js';
import { addU1Windows } from './u1-windows.js';

const COLUMNS = [
  'day', 'week_start', 'week_end', 'month_start', 'month_end', 'quarter_start', 'quarter_end', 'year_start', 'year_end',
];
/** 9 parameters a row; 300 rows stay far below SQLite's and PostgreSQL's parameter limits. */
const ROWS_PER_INSERT = 300;

/**
 * Fills calendar_days for every day of [fromDate, toDate]: each day with the bounds of its ISO week
 * (Monday–Sunday), month, quarter and year. Idempotent and safe to run from several processes at once
 * (`on conflict do nothing`); when the range is already complete it costs one indexed count.
 *
 * u1_windows lists every window that ends on a calendar day, so the days added here get their
 * windows at once (run it inside a transaction so that no reader sees one without the other).
 * Returns the number of days that were missing.
 */
export async function fillCalendar(db: RollupSql, fromDate: string, toDate: string): Promise<number> {
  if (toDate < fromDate) return 0;
  const expected = diffDays(fromDate, toDate) + 1;
  const [row] = await db.query('select count(*) as n from calendar_days where day between ? and ?', [fromDate, toDate]);
  if (toNumber(row?.n) === expected) return 0;

  const days = daysInRange(fromDate, toDate);
  for (let i = 0; i < days.length; i += ROWS_PER_INSERT) {
    const chunk = days.slice(i, i + ROWS_PER_INSERT);
    const params: RollupParam[] = [];
    for (const day of chunk) {
      const w = isoWeekBounds(day);
      const m = monthBounds(day);
      const q = quarterBounds(day);
      const y = yearBounds(day);
      params.push(day, w.start, w.end, m.start, m.end, q.start, q.end, y.start, y.end);
    }
    const values = chunk.map(() => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ');
    await db.run(`insert into calendar_days (${COLUMNS.join(', ')}) values ${values} on conflict (day) do nothing`, params);
  }
  await addU1Windows(db, days);
  return days.length;
}
