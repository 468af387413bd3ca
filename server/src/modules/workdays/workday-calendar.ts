import { createRequire } from 'node:module';
import type { EntityManager } from '@mikro-orm/core';
import type { WorkdayCalendar } from '@scorecard/shared';
import { WorkdayOverride } from './workday-override.entity.js';

interface LibraryData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** A day the library lists: off (a public holiday) or working (调休), with its holiday's name. */
export interface LibraryDay {
  working: boolean;
  name: string;
}

// The package ships its whole table as JSON: read once, no network.
const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as LibraryData;

const LIBRARY = new Map<string, LibraryDay>();
for (const [date, label] of Object.entries(data.holidays)) LIBRARY.set(date, { working: false, name: label });
for (const [date, label] of Object.entries(data.workdays)) LIBRARY.set(date, { working: true, name: label });

/** Years the `chinese-days` package has the official schedule for (2004 up to the newest it knows). */
export const LIBRARY_YEARS: readonly number[] = [...new Set([...LIBRARY.keys()].map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);

export function libraryDay(date: string): LibraryDay | undefined {
  return LIBRARY.get(date);
}

export function libraryDaysOf(year: number): Array<[string, LibraryDay]> {
  return [...LIBRARY.entries()].filter(([d]) => d.startsWith(`${year}-`)).sort(([a], [b]) => a.localeCompare(b));
}

/**
 * The working-day calendar in force: the library's days, then the administrators' corrections
 * (workday_overrides) on top. The one calendar deadlines, countdowns and appeal windows use.
 */
export async function loadWorkdayCalendar(em: EntityManager): Promise<WorkdayCalendar> {
  const exceptions: Record<string, boolean> = {};
  for (const [date, day] of LIBRARY) exceptions[date] = day.working;
  const overrides = await em.find(WorkdayOverride, {}, { disableIdentityMap: true });
  for (const o of overrides) exceptions[o.date] = o.working;
  return { exceptions };
}
