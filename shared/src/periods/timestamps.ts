/**
 * Parsing of date and timestamp cells (SPEC §2). Every rule counts only the Asia/Shanghai calendar
 * date, so a timestamp is normalised to Shanghai local time and its date.
 *
 * Decisions where SPEC is silent (strict on purpose: "any other format is an invalid value"):
 * - Surrounding whitespace is trimmed (spreadsheet cells often carry it); nothing else is forgiven.
 * - Offsets are `Z` or `±HH:MM` only (the RFC 3339 profile of ISO 8601). `±HHMM`, `±HH`, lower-case
 *   `z`/`t`, fractional seconds and a space-separated time with an offset are rejected: accepting one
 *   vendor's variant silently would make the same file valid or invalid depending on who exported it.
 * - Hours 00–23, minutes and seconds 00–59 (no leap second); offset hours 00–23, minutes 00–59.
 * - A bare date is not a timestamp, and a timestamp is not a date: each column has one format.
 * - Asia/Shanghai has been UTC+8 without DST since 1991, which covers every period we evaluate.
 * - SPEC §2: a date before 1990-01-01 or after 2099-12-31 is an invalid value (one stray `0001-01-01`
 *   would otherwise open thousands of periods). For a timestamp the rule applies to its Asia/Shanghai
 *   date, the only part any rule reads: `2099-12-31T20:00:00Z` is 2100-01-01 in Shanghai, so invalid.
 */
import { civilToDayNumber, dayNumberToCivil, formatCivilDate, parseCivilDate, type DateRange } from './dates.js';

/** The dates the product accepts as values (SPEC §2); everything else is invalid input. */
export const SUPPORTED_DATES: Readonly<DateRange> = Object.freeze({ start: '1990-01-01', end: '2099-12-31' });

/** A well-formed `YYYY-MM-DD` inside SUPPORTED_DATES. */
export function isSupportedDate(date: string): boolean {
  return date >= SUPPORTED_DATES.start && date <= SUPPORTED_DATES.end;
}

export interface ParsedTimestamp {
  /** `YYYY-MM-DD`: the Asia/Shanghai calendar date, the only part the rules use. */
  date: string;
  /** `YYYY-MM-DD HH:MM:SS` in Asia/Shanghai local time. */
  local: string;
}

const SHANGHAI_OFFSET_MINUTES = 8 * 60;

const LOCAL_RE = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/;
const ISO_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/** A `YYYY-MM-DD` that names a real calendar day within SUPPORTED_DATES, or null. */
export function parseDateValue(s: string): string | null {
  const t = s.trim();
  return parseCivilDate(t) && isSupportedDate(t) ? t : null;
}

/**
 * A SPEC §2 timestamp converted to Asia/Shanghai, or null when the format or a field is invalid or
 * its Shanghai date is outside SUPPORTED_DATES.
 */
export function parseTimestampValue(s: string): ParsedTimestamp | null {
  const ts = readTimestamp(s);
  return ts && isSupportedDate(ts.date) ? ts : null;
}

/**
 * The format part of parseTimestampValue, without the date range: only for saying why a value was
 * refused (a timestamp this reads but parseTimestampValue does not is outside SUPPORTED_DATES).
 */
export function readTimestamp(s: string): ParsedTimestamp | null {
  const t = s.trim();
  const m = LOCAL_RE.exec(t) ?? ISO_RE.exec(t);
  if (!m) return null;
  const datePart = parseCivilDate(m[1] ?? '');
  if (!datePart) return null;
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = m[4] === undefined ? 0 : Number(m[4]);
  if (hour > 23 || minute > 59 || second > 59) return null;

  const offset = m[5];
  let shiftMinutes = 0;
  if (offset !== undefined) {
    const offsetMinutes = parseOffsetMinutes(offset);
    if (offsetMinutes === null) return null;
    shiftMinutes = SHANGHAI_OFFSET_MINUTES - offsetMinutes;
  }

  // Minutes since 1970-01-01 00:00 in the source clock, moved onto the Shanghai clock.
  const total =
    civilToDayNumber(datePart.year, datePart.month, datePart.day) * 1440 + hour * 60 + minute + shiftMinutes;
  const dayNumber = Math.floor(total / 1440);
  const minuteOfDay = total - dayNumber * 1440;
  const c = dayNumberToCivil(dayNumber);
  if (c.year < 0 || c.year > 9999) return null;
  const date = formatCivilDate(c.year, c.month, c.day);
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  const ss = String(second).padStart(2, '0');
  return { date, local: `${date} ${hh}:${mm}:${ss}` };
}

function parseOffsetMinutes(offset: string): number | null {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const h = Number(offset.slice(1, 3));
  const min = Number(offset.slice(4, 6));
  if (h > 23 || min > 59) return null;
  return sign * (h * 60 + min);
}
