import { toDayNumber, UPDATE_CYCLES, windowBounds, type UpdateCycle } from '@scorecard/shared';

/**
 * The ordinal of a window within its cycle: consecutive windows differ by exactly 1 and the
 * ordinal grows with both ends, so "how many windows of a cycle between two windows" is a
 * subtraction (the U1 due count, measures/rules/u1-due.ts).
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

/** A row of u1_windows: [cycle, window_end, window_start, seq]. */
export type U1WindowRow = [cycle: UpdateCycle, windowEnd: string, windowStart: string, seq: number];

/** Every window of every cycle that ends on one of `days` (u1_windows lists exactly those). */
export function windowsEndingOn(days: readonly string[]): U1WindowRow[] {
  const rows: U1WindowRow[] = [];
  for (const day of days) {
    for (const cycle of UPDATE_CYCLES) {
      const w = windowBounds(cycle, day);
      if (w.end === day) rows.push([cycle, w.end, w.start, windowSeq(cycle, w.end)]);
    }
  }
  return rows;
}
