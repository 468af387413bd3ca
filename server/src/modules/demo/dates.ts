/**
 * Tiny calendar arithmetic for generation. Dates are day numbers (days since 1970-01-01) and
 * timestamps are Asia/Shanghai local seconds since 1970-01-01 00:00 local, so no time zone ever
 * enters the arithmetic; ISO output with an offset is derived when a row is written (SPEC §2).
 */

export const SECONDS_PER_DAY = 86_400;
const SHANGHAI_OFFSET_SECONDS = 8 * 3600;

export function dayOf(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

export function dayFromParts(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

const DATE_CACHE_BASE = dayFromParts(1990, 1, 1);
const dateCache: string[] = [];

/** `YYYY-MM-DD` of a day number (cached: millions of rows reuse a few thousand days). */
export function formatDay(day: number): string {
  const i = day - DATE_CACHE_BASE;
  const cached = i >= 0 ? dateCache[i] : undefined;
  if (cached !== undefined) return cached;
  const text = new Date(day * 86_400_000).toISOString().slice(0, 10);
  if (i >= 0 && i < 60_000) dateCache[i] = text;
  return text;
}

/** [year, month 1–12, day of month] of a day number. */
export function partsOf(day: number): [number, number, number] {
  const d = new Date(day * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** 0 = Monday … 6 = Sunday (ISO). 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Month ordinal (year·12 + month − 1) of '2023-03'. */
export function monthOrdinal(month: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new Error(`not a month (YYYY-MM): ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthLabel(ordinal: number): string {
  const year = Math.floor(ordinal / 12);
  return `${year}-${String((ordinal % 12) + 1).padStart(2, '0')}`;
}

export function firstDayOfMonth(ordinal: number): number {
  return dayFromParts(Math.floor(ordinal / 12), (ordinal % 12) + 1, 1);
}

export function lastDayOfMonth(ordinal: number): number {
  return firstDayOfMonth(ordinal + 1) - 1;
}

/** The generated time range: whole months [first, last]. */
export interface DateRange {
  firstMonth: number;
  months: number;
  first: number;
  last: number;
}

export function monthRange(startMonth: string, months: number): DateRange {
  const firstMonth = monthOrdinal(startMonth);
  return { firstMonth, months, first: firstDayOfMonth(firstMonth), last: lastDayOfMonth(firstMonth + months - 1) };
}

const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

function clock(secondOfDay: number, withSeconds: boolean): string {
  const h = Math.floor(secondOfDay / 3600);
  const m = Math.floor((secondOfDay % 3600) / 60);
  return withSeconds ? `${PAD2[h]}:${PAD2[m]}:${PAD2[secondOfDay % 60]}` : `${PAD2[h]}:${PAD2[m]}`;
}

export function timestampOf(day: number, secondOfDay: number): number {
  return day * SECONDS_PER_DAY + secondOfDay;
}

/** The ways a timestamp is written; all denote the same Asia/Shanghai instant (SPEC §2). */
export type TimestampStyle = 'local' | 'local-minutes' | 'iso-utc' | 'iso-offset';

export function formatTimestamp(ts: number, style: TimestampStyle = 'local'): string {
  if (style === 'iso-utc') {
    const utc = ts - SHANGHAI_OFFSET_SECONDS;
    const day = Math.floor(utc / SECONDS_PER_DAY);
    return `${formatDay(day)}T${clock(utc - day * SECONDS_PER_DAY, true)}Z`;
  }
  const day = Math.floor(ts / SECONDS_PER_DAY);
  const sec = ts - day * SECONDS_PER_DAY;
  if (style === 'iso-offset') return `${formatDay(day)}T${clock(sec, true)}+08:00`;
  if (style === 'local-minutes') return `${formatDay(day)} ${clock(sec, false)}`;
  return `${formatDay(day)} ${clock(sec, true)}`;
}
