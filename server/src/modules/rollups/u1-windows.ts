import { toDayNumber, UPDATE_CYCLES, windowBounds, type UpdateCycle } from '@scorecard/shared';
import type { RollupParam, RollupSql } from './exec.js';

/** 4 parameters a row. */
const ROWS_PER_INSERT = 500;

/**
 * The ordinal of a window within its cycle: consecutive windows differ by exactly 1 and the
 * ordinal grows with both ends, so "how many windows of a cycle between two windows" is a
 * subtraction (the U1 due count, measures/u1-due.ts).
 */
export function windowSeq(cycle: UpdateCycle, windowEnd: string): number {
  const year = Number(windowEnd.slice(0, 4));
  const month = Number(windowEnd.slice(5, 7));
  switch (cycle) {
    case 'daily':
      return toDayNumber(windowEnd);
    case 'weekly':
      return Math.floor(toDayNumber(windowEnd) / 7);
    case 'monthly':
      return year * 12 + month - 1;
    case 'quarterly':
      return year * 4 + Math.floor((month - 1) / 3);
    case 'yearly':
      return year;
  }
}

/**
 * u1_windows(cycle, window_end, window_start, seq): every window of every cycle that ends on one of
 * `days` (the days just added to calendar_days), so the table always lists exactly the windows
 * ending on a calendar day. Depends on the calendar only; `on conflict do nothing` lets several
 * processes fill the same days.
 */
export async function addU1Windows(db: RollupSql, days: readonly string[]): Promise<void> {
  const rows: RollupParam[][] = [];
  for (const day of days) {
    for (const cycle of UPDATE_CYCLES) {
      const w = windowBounds(cycle, day);
      if (w.end === day) rows.push([cycle, w.end, w.start, windowSeq(cycle, w.end)]);
    }
  }
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    await db.run(
      `insert into u1_windows (cycle, window_end, window_start, seq) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}
      on conflict (cycle, window_end) do nothing`,
      chunk.flat(),
    );
  }
}

/** u1_windows for every day already in calendar_days (the migration, for an existing database). */
export async function addU1WindowsForCalendar(db: RollupSql): Promise<void> {
  const days = (await db.query('select day from calendar_days order by day')).map((r) => String(r.day));
  await addU1Windows(db, days);
}
