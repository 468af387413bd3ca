/**
 * Calendar arithmetic on date-only `YYYY-MM-DD` strings.
 *
 * Why no `Date`: local-time constructors shift dates across midnight depending on the machine's time
 * zone, and `Date.UTC` maps years 0–99 to 1900–1999. Every SPEC date is a plain Asia/Shanghai calendar
 * date, so we convert to a day number (days since 1970-01-01, proleptic Gregorian) with integer
 * arithmetic and back (H. Hinnant's days_from_civil / civil_from_days).
 *
 * Helpers taking a date throw `RangeError` on a malformed one: callers validate user input with
 * `parseDateValue` (timestamps.ts) first, so a bad date here is a programming error.
 */

export interface DateRange {
  /** `YYYY-MM-DD`, inclusive */
  start: string;
  /** `YYYY-MM-DD`, inclusive */
  end: string;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Strict `YYYY-MM-DD` that names a real calendar day; null otherwise. */
export function parseCivilDate(s: string): CivilDate | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidDate(s: string): boolean {
  return parseCivilDate(s) !== null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatCivilDate(year: number, month: number, day: number): string {
  if (year < 0 || year > 9999) throw new RangeError(`year ${year} cannot be written as YYYY`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 of a civil date. */
export function civilToDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function dayNumberToCivil(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day };
}

function requireDate(date: string): CivilDate {
  const c = parseCivilDate(date);
  if (!c) throw new RangeError(`not a valid YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return c;
}

export function toDayNumber(date: string): number {
  const c = requireDate(date);
  return civilToDayNumber(c.year, c.month, c.day);
}

export function fromDayNumber(dayNumber: number): string {
  const c = dayNumberToCivil(dayNumber);
  return formatCivilDate(c.year, c.month, c.day);
}

export function addDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/** `to − from` in days (negative when `to` is earlier). */
export function diffDays(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(date: string): number {
  // 1970-01-01 was a Thursday (ISO 4).
  const dow = (((toDayNumber(date) + 3) % 7) + 7) % 7; // 0 = Monday
  return dow + 1;
}

/** The ISO week (Monday–Sunday) containing `date`. */
export function isoWeekBounds(date: string): DateRange {
  const start = addDays(date, 1 - isoWeekday(date));
  return { start, end: addDays(start, 6) };
}

export function monthBounds(date: string): DateRange {
  const c = requireDate(date);
  return {
    start: formatCivilDate(c.year, c.month, 1),
    end: formatCivilDate(c.year, c.month, daysInMonth(c.year, c.month)),
  };
}

export function quarterBounds(date: string): DateRange {
  const c = requireDate(date);
  const first = Math.floor((c.month - 1) / 3) * 3 + 1;
  const last = first + 2;
  return {
    start: formatCivilDate(c.year, first, 1),
    end: formatCivilDate(c.year, last, daysInMonth(c.year, last)),
  };
}

export function yearBounds(date: string): DateRange {
  const c = requireDate(date);
  return { start: formatCivilDate(c.year, 1, 1), end: formatCivilDate(c.year, 12, 31) };
}

/** Every date of [start, end], inclusive and ascending; [] when end < start. */
export function daysInRange(start: string, end: string): string[] {
  const from = toDayNumber(start);
  const to = toDayNumber(end);
  const out: string[] = [];
  for (let d = from; d <= to; d++) out.push(fromDayNumber(d));
  return out;
}

/** YYYY-MM-DD strings order lexicographically like dates, so plain comparison is enough. */
export function isDateInRange(date: string, range: DateRange): boolean {
  return date >= range.start && date <= range.end;
}
