/**
 * U1 update windows (SPEC §4). A resource's window [ws, we] is due in a period [S, E] when
 * S ≤ we ≤ E (plus the resource's registration/retirement conditions, applied by the server).
 * This module lists the windows by end date so the server can fill its calendar table.
 */
import { addDays, type DateRange, isoWeekBounds, monthBounds, quarterBounds, yearBounds } from './dates.js';

export const UPDATE_CYCLES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type UpdateCycle = (typeof UPDATE_CYCLES)[number];

export function isUpdateCycle(s: string): s is UpdateCycle {
  return (UPDATE_CYCLES as readonly string[]).includes(s);
}

/** The window of `cycle` that contains `date` (weekly = ISO week Monday–Sunday). */
export function windowBounds(cycle: UpdateCycle, date: string): DateRange {
  switch (cycle) {
    case 'daily':
      return { start: date, end: date };
    case 'weekly':
      return isoWeekBounds(date);
    case 'monthly':
      return monthBounds(date);
    case 'quarterly':
      return quarterBounds(date);
    case 'yearly':
      return yearBounds(date);
  }
}

/**
 * The windows of `cycle` that end within [start, end], ascending. A window may begin before `start`
 * (the ISO week ending on Sunday 5 March 2023 starts on 27 February) and still be due in March.
 */
export function windowsDueIn(cycle: UpdateCycle, start: string, end: string): DateRange[] {
  const out: DateRange[] = [];
  // The window containing `start` ends on or after `start`, so it is the first candidate.
  for (let w = windowBounds(cycle, start); w.end <= end; w = windowBounds(cycle, addDays(w.end, 1))) {
    out.push(w);
  }
  return out;
}
