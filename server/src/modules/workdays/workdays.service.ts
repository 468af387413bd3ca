import type { EntityManager } from '@mikro-orm/core';
import { isValidDate, isWorkingDay, isoWeekday } from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';
import { requireRole } from '../../graphql/authorization.js';
import type { Viewer } from '../../graphql/context.js';
import { audit, type AuditActor } from '../audit/audit.service.js';
import { recomputeOpenDeadlines } from '../remediation/deadlines.js';
import { LIBRARY_YEARS, libraryDay, libraryDaysOf, loadWorkdayCalendar } from './workday-calendar.js';
import { WorkdayOverride } from './workday-override.entity.js';

export interface WorkdayListing {
  date: string;
  working: boolean;
  /** LIBRARY (chinese-days), OVERRIDE (an administrator's correction) */
  source: 'LIBRARY' | 'OVERRIDE';
  note: string | null;
  /** What the library says when an override replaces it (null: the weekday rule). */
  libraryWorking: boolean | null;
}

export interface WorkdayYear {
  year: number;
  /** Whether the `chinese-days` package has this year's official schedule. */
  covered: boolean;
  newestCoveredYear: number;
  days: WorkdayListing[];
}

const MAX_NOTE = 200;

/** One year of the calendar for the admin page: every holiday, 调休 day and correction. */
export async function workdayYear(em: EntityManager, year: number): Promise<WorkdayYear> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new AppError(ERROR_CODES.BAD_USER_INPUT, '年份应在 2000–2100 之间。The year must be 2000–2100.', { field: 'year' });
  }
  const overrides = await em.find(WorkdayOverride, { date: { $like: `${year}-%` } }, { disableIdentityMap: true });
  const byDate = new Map(overrides.map((o) => [o.date, o]));
  const days: WorkdayListing[] = libraryDaysOf(year)
    .filter(([date]) => !byDate.has(date))
    .map(([date, day]) => ({ date, working: day.working, source: 'LIBRARY', note: day.name.split(',')[1] ?? day.name, libraryWorking: day.working }));
  for (const o of overrides) {
    days.push({ date: o.date, working: o.working, source: 'OVERRIDE', note: o.note, libraryWorking: libraryDay(o.date)?.working ?? null });
  }
  days.sort((a, b) => a.date.localeCompare(b.date));
  return { year, covered: LIBRARY_YEARS.includes(year), newestCoveredYear: LIBRARY_YEARS[LIBRARY_YEARS.length - 1] ?? 0, days };
}

/**
 * Corrects one day (ADMIN): `working` true/false overrides the library; null removes the correction.
 * In one transaction: the override, its audit entry, and the open items' deadlines recomputed.
 */
export async function setWorkday(
  em: EntityManager,
  viewer: Viewer | null,
  actor: AuditActor,
  input: { date: string; working: boolean | null; note: string | null },
  deadlineDays: number,
): Promise<{ changedDeadlines: number }> {
  requireRole(viewer, 'ADMIN');
  if (!isValidDate(input.date)) {
    throw new AppError(ERROR_CODES.BAD_USER_INPUT, `日期 ${input.date} 无效（应为 YYYY-MM-DD）。${input.date} is not a date (YYYY-MM-DD).`, { field: 'date' });
  }
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_NOTE) {
    throw new AppError(ERROR_CODES.BAD_USER_INPUT, `说明最多 ${MAX_NOTE} 字。The note is at most ${MAX_NOTE} characters.`, { field: 'note' });
  }
  return em.transactional(async (tx) => {
    const before = await tx.findOne(WorkdayOverride, { date: input.date }, { disableIdentityMap: true });
    const wasWorking = isWorkingDay(input.date, await loadWorkdayCalendar(tx));
    if (input.working === null) {
      await tx.nativeDelete(WorkdayOverride, { date: input.date });
    } else if (before) {
      await tx.nativeUpdate(WorkdayOverride, { date: input.date }, { working: input.working, note, updatedAt: new Date().toISOString(), updatedBy: actor.username });
    } else {
      await tx.insert(WorkdayOverride, { date: input.date, working: input.working, note, updatedAt: new Date().toISOString(), updatedBy: actor.username });
    }
    const calendar = await loadWorkdayCalendar(tx);
    await audit(tx, {
      actor,
      action: input.working === null ? 'workday/remove' : 'workday/set',
      entityType: 'workday',
      entityId: input.date,
      before: { date: input.date, override: before ? { working: before.working, note: before.note } : null, working: wasWorking },
      after: { date: input.date, override: input.working === null ? null : { working: input.working, note }, working: isWorkingDay(input.date, calendar), weekday: isoWeekday(input.date) },
    });
    return { changedDeadlines: await recomputeOpenDeadlines(tx, actor, calendar, deadlineDays) };
  });
}
