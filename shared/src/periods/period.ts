/**
 * Evaluation periods (SPEC §2): months `2023-03`, quarters `2023-Q1`, years `2023`, each the closed
 * range of calendar dates [start, end].
 *
 * Ids are strict: four-digit year, two-digit month 01–12, upper-case `Q` 1–4. Anything else
 * (`2023-3`, `2023-q1`, `23`) is rejected so that one period never has two spellings in URLs or keys.
 */
import type { Period, PeriodKind } from '../model/period.js';
import { daysInMonth, diffDays, formatCivilDate, parseCivilDate } from './dates.js';
import { isSupportedDate } from './timestamps.js';

const MONTH_RE = /^(\d{4})-(\d{2})$/;
const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
const YEAR_RE = /^(\d{4})$/;

const MONTHS_OF: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

/** The period of `kind` whose first month is `firstMonth` (1, 4, 7 or 10 for quarters, 1 for years). */
function build(kind: PeriodKind, year: number, firstMonth: number): Period {
  const months = MONTHS_OF[kind];
  const lastMonth = firstMonth + months - 1;
  const id =
    kind === 'month'
      ? `${String(year).padStart(4, '0')}-${String(firstMonth).padStart(2, '0')}`
      : kind === 'quarter'
        ? `${String(year).padStart(4, '0')}-Q${(firstMonth + 2) / 3}`
        : String(year).padStart(4, '0');
  return {
    id,
    kind,
    start: formatCivilDate(year, firstMonth, 1),
    end: formatCivilDate(year, lastMonth, daysInMonth(year, lastMonth)),
    months,
  };
}

export function monthPeriod(year: number, month: number): Period {
  return build('month', year, month);
}

export function quarterPeriod(year: number, quarter: number): Period {
  return build('quarter', year, (quarter - 1) * 3 + 1);
}

export function yearPeriod(year: number): Period {
  return build('year', year, 1);
}

/**
 * The period named by `id`, or null when the id is malformed or the period's dates are not all
 * supported values (SPEC §2: 1990-01-01 … 2099-12-31), so `1989` or `2100-Q1` is no period.
 */
export function parsePeriod(id: string): Period | null {
  const p = parseWellFormedPeriod(id);
  return p && isSupportedDate(p.start) && isSupportedDate(p.end) ? p : null;
}

function parseWellFormedPeriod(id: string): Period | null {
  let m = MONTH_RE.exec(id);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthPeriod(Number(m[1]), month) : null;
  }
  m = QUARTER_RE.exec(id);
  if (m) return quarterPeriod(Number(m[1]), Number(m[2]));
  m = YEAR_RE.exec(id);
  if (m) return yearPeriod(Number(m[1]));
  return null;
}

/** Like parsePeriod, for ids that were validated earlier: a bad id here is a programming error. */
export function requirePeriod(id: string): Period {
  const p = parsePeriod(id);
  if (!p) throw new RangeError(`not a period id: ${JSON.stringify(id)}`);
  return p;
}

/** Year and first month of a period, read from its start date. */
function anchor(p: Period): { year: number; month: number } {
  const c = parseCivilDate(p.start);
  if (!c) throw new RangeError(`period ${p.id} has an invalid start ${p.start}`);
  return { year: c.year, month: c.month };
}

/** The period of the same kind `steps` away (negative = earlier). Throws beyond year 0000–9999. */
export function shiftPeriod(p: Period, steps: number): Period {
  const { year, month } = anchor(p);
  const index = year * 12 + (month - 1) + steps * MONTHS_OF[p.kind];
  return build(p.kind, Math.floor(index / 12), (index % 12 + 12) % 12 + 1);
}

/** March → February, 2023-01 → 2022-12, Q1 → previous Q4, 2023 → 2022 (SPEC §6 rank change). */
export function previousPeriod(p: Period): Period {
  return shiftPeriod(p, -1);
}

export function nextPeriod(p: Period): Period {
  return shiftPeriod(p, 1);
}

/**
 * Every period of one kind from `fromId` to `toId`, inclusive and ascending; [] when `to` precedes
 * `from`. Throws RangeError on an invalid id or on ids of different kinds: a trend over "2023-01 to
 * 2023-Q4" has no meaning, and silently returning [] would hide the caller's bug.
 */
export function periodsBetween(fromId: string, toId: string): Period[] {
  const from = requirePeriod(fromId);
  const to = requirePeriod(toId);
  if (from.kind !== to.kind) {
    throw new RangeError(`periods of different kinds: ${fromId} (${from.kind}) and ${toId} (${to.kind})`);
  }
  const out: Period[] = [];
  for (let p = from; p.start <= to.start; p = nextPeriod(p)) out.push(p);
  return out;
}

/** The period of `kind` that contains `date`. */
export function periodOfDate(kind: PeriodKind, date: string): Period {
  const c = parseCivilDate(date);
  if (!c) throw new RangeError(`not a valid YYYY-MM-DD date: ${JSON.stringify(date)}`);
  if (kind === 'month') return monthPeriod(c.year, c.month);
  if (kind === 'quarter') return quarterPeriod(c.year, Math.floor((c.month - 1) / 3) + 1);
  return yearPeriod(c.year);
}

/** At the same date the longer period comes first: year, then quarter, then month. */
const KIND_ORDER: Record<PeriodKind, number> = { year: 0, quarter: 1, month: 2 };

/**
 * All months, quarters and years that overlap [minDate, maxDate] (the data's date range), for the
 * period list. Ordered by start ascending; at the same start the longer period comes first
 * (2023, 2023-Q1, 2023-01, 2023-02, …). [] when maxDate < minDate.
 */
export function periodsCovering(minDate: string, maxDate: string): Period[] {
  if (maxDate < minDate) return [];
  const out: Period[] = [];
  for (const kind of ['year', 'quarter', 'month'] as const) {
    const last = periodOfDate(kind, maxDate);
    for (let p = periodOfDate(kind, minDate); p.start <= last.start; p = nextPeriod(p)) out.push(p);
  }
  return out.sort(comparePeriods);
}

/** Sort order of periodsCovering: start ascending, then year before quarter before month. */
export function comparePeriods(a: Period, b: Period): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/** The period list's order (newest first): end descending, then year before quarter before month. */
export function comparePeriodsNewestFirst(a: Period, b: Period): number {
  if (a.end !== b.end) return a.end > b.end ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

export function periodContains(p: Period, date: string): boolean {
  return date >= p.start && date <= p.end;
}

/**
 * A period while it runs (month to date, 截至某日): [start, asOf], with logTarget's months pro-rated
 * by days — E1's target is per month, so 15 days of a 31-day month carry 15/31 of it. Measures taken
 * "at E" (officers, systems, items) are taken at asOf, and no U1 window ending after asOf is due yet.
 * The id stays the period's own. A date on or after the period's end gives the whole period.
 */
export function periodToDate(p: Period, asOf: string): Period {
  if (asOf >= p.end) return p;
  if (asOf < p.start) throw new RangeError(`${asOf} is before period ${p.id}`);
  const elapsed = diffDays(p.start, asOf) + 1;
  const total = diffDays(p.start, p.end) + 1;
  return { ...p, end: asOf, months: (p.months * elapsed) / total };
}
