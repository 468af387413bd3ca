import { UPDATE_CYCLES, windowBounds, type UpdateCycle } from '@scorecard/shared';

/** calendar_days columns of each cycle's window (SPEC §4 U1); a daily window is the day itself. */
export const WINDOW_COLUMNS: Readonly<Record<UpdateCycle, { start: string; end: string }>> = {
  daily: { start: 'day', end: 'day' },
  weekly: { start: 'week_start', end: 'week_end' },
  monthly: { start: 'month_start', end: 'month_end' },
  quarterly: { start: 'quarter_start', end: 'quarter_end' },
  yearly: { start: 'year_start', end: 'year_end' },
};

/**
 * The windows of one cycle that meet [from, to]: they end in [firstEnd, lastEnd] and their days
 * are [firstStart, lastEnd].
 */
export function windowsMeeting(cycle: UpdateCycle, from: string, to: string): { firstStart: string; firstEnd: string; lastEnd: string } {
  const first = windowBounds(cycle, from);
  return { firstStart: first.start, firstEnd: first.end, lastEnd: windowBounds(cycle, to).end };
}

/** Every day of every window (any cycle) that meets [from, to]: the calendar a date range needs. */
export function calendarSpanFor(from: string, to: string): { from: string; to: string } {
  let lo = from;
  let hi = to;
  for (const cycle of UPDATE_CYCLES) {
    const w = windowsMeeting(cycle, from, to);
    if (w.firstStart < lo) lo = w.firstStart;
    if (w.lastEnd > hi) hi = w.lastEnd;
  }
  return { from: lo, to: hi };
}
