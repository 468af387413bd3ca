import type { EntityManager } from '@mikro-orm/core';
import { diffDays, UPDATE_CYCLES, windowBounds, type Period } from '@scorecard/shared';
import { emSql, fillCalendar } from '../rollups/index.js';
import { num, query } from './db.js';

/**
 * Fills calendar_days for every day of [fromDate, toDate] (each day with the bounds of its ISO week,
 * month, quarter and year) and the due U1 windows ending on the added days (modules/rollups), in
 * one transaction so that no reader sees days without their due windows. Idempotent and safe to run
 * from several processes at once; when the range is already complete it costs one indexed count.
 * Returns the number of days that were missing.
 */
export async function ensureCalendar(em: EntityManager, fromDate: string, toDate: string): Promise<number> {
  if (toDate < fromDate) return 0;
  const expected = diffDays(fromDate, toDate) + 1;
  const [row] = await query(em, 'select count(*) as n from calendar_days where day between ? and ?', [fromDate, toDate]);
  if (num(row?.n) === expected) return 0;
  return em.transactional((tx) => fillCalendar(emSql(tx), fromDate, toDate));
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
