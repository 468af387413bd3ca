import { addDays, isoWeekday } from '../periods/dates.js';

/**
 * The working-day calendar as data (工作日): Monday–Friday work, Saturday and Sunday are off, except
 * the listed days — public holidays (false) and make-up working days 调休 (true). The server builds it
 * from the `chinese-days` package plus the administrators' corrections; the browser receives the same
 * data, so deadlines and countdowns are computed by these functions on both sides.
 */
export interface WorkdayCalendar {
  /** YYYY-MM-DD → working (true) or off (false), only for days that differ from the weekday rule. */
  exceptions: Readonly<Record<string, boolean>>;
}

/** Due soon: this many working days or fewer left (SPEC §7). */
export const DUE_SOON_WORKING_DAYS = 5;
/** Appeals are accepted this many working days after a publication (SPEC §7). */
export const APPEAL_WINDOW_WORKING_DAYS = 5;
/** Deadline of a remediation item in working days after its opening, unless configured otherwise. */
export const DEFAULT_REMEDIATION_DEADLINE_DAYS = 20;

export function isWorkingDay(date: string, calendar: WorkdayCalendar): boolean {
  const listed = calendar.exceptions[date];
  if (listed !== undefined) return listed;
  return isoWeekday(date) <= 5;
}

/** The n-th working day after `start` (start itself not counted); n = 0 gives `start`. */
export function addWorkingDays(start: string, n: number, calendar: WorkdayCalendar): string {
  let date = start;
  for (let left = n; left > 0; ) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) left--;
  }
  return date;
}

/** Working days in (from, to]: 0 when equal, negative (the days in (to, from]) when `to` is earlier. */
export function workingDaysBetween(from: string, to: string, calendar: WorkdayCalendar): number {
  if (to < from) return -workingDaysBetween(to, from, calendar);
  let n = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (isWorkingDay(date, calendar)) n++;
  }
  return n;
}

export type DeadlineStatus = 'DONE' | 'ON_TRACK' | 'DUE_SOON' | 'OVERDUE';

export interface DeadlineState {
  status: DeadlineStatus;
  /** Working days after today up to and including the deadline; negative once overdue. */
  workingDaysLeft: number;
  overdue: boolean;
  dueSoon: boolean;
}

/**
 * THE deadline rule (SPEC §7): overdue = today is past the deadline and the item is not verified;
 * due soon = not overdue and at most DUE_SOON_WORKING_DAYS working days left (the deadline day counts).
 */
export function deadlineState(
  deadline: string,
  today: string,
  verified: boolean,
  calendar: WorkdayCalendar,
): DeadlineState {
  const workingDaysLeft = workingDaysBetween(today, deadline, calendar);
  if (verified) return { status: 'DONE', workingDaysLeft, overdue: false, dueSoon: false };
  const overdue = today > deadline;
  const dueSoon = !overdue && workingDaysLeft <= DUE_SOON_WORKING_DAYS;
  return { status: overdue ? 'OVERDUE' : dueSoon ? 'DUE_SOON' : 'ON_TRACK', workingDaysLeft, overdue, dueSoon };
}

/** A remediation item's deadline: N working days after the date it was opened (the publication date). */
export function remediationDeadline(openedOn: string, workingDays: number, calendar: WorkdayCalendar): string {
  return addWorkingDays(openedOn, workingDays, calendar);
}

/** The last day an appeal is accepted for a publication made on `publishedOn`. */
export function appealWindowCloses(publishedOn: string, calendar: WorkdayCalendar): string {
  return addWorkingDays(publishedOn, APPEAL_WINDOW_WORKING_DAYS, calendar);
}
