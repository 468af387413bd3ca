import { parsePeriod, periodsCovering, SUPPORTED_DATES, yearBounds } from '@scorecard/shared';
import type { SqlRunner } from '../../db/sql-runner.js';
import { calendarSpanFor, extendCalendar } from '../calendar/index.js';

/**
 * The dates of things that happen (activity), which decide which periods have data. Validity dates of
 * master data (registered_on, commissioned_on, appointed_on, certified_until, effective_from…) are
 * left out on purpose: a certificate valid until 2030 must not make 2030 an evaluable period. So are
 * follow-up dates (due_on, fulfilled_on, completed_on, rectified_on): they trail the events they
 * follow, and a December case completed in January must not open a January ranking of its own.
 */
const ACTIVITY_DATES: Array<[table: string, column: string]> = [
  ['resource_updates', 'updated_on'],
  ['data_calls', 'called_on'],
  ['data_demands', 'requested_on'],
  ['cases', 'submitted_on'],
  ['ratings', 'rated_on'],
  ['incidents', 'occurred_on'],
];

/** Inserts per statement: 4 parameters a period. */
const PERIODS_PER_INSERT = 200;

export interface PeriodRefresh {
  minDate: string | null;
  maxDate: string | null;
  /** Periods now marked as having data. */
  periods: number;
}

/**
 * Makes `periods` list every month, quarter and year overlapping [min, max] of the activity dates
 * (and manual values' periods) in the database, with has_data = true; periods outside the range keep
 * their row (publications may refer to them) with has_data = false. Then extends the calendar (and
 * its U1 windows) over every day of those periods and of the windows meeting them, so that every
 * period with data can be computed without writing anything.
 *
 * Runs on the caller's connection, inside its transaction: the import calls it after writing a
 * file's rows and before its roll-ups and commit, so an import and its periods commit together or
 * not at all. Only dates inside SUPPORTED_DATES count: the importer refuses others, and a row
 * written before that rule existed must not open thousands of periods. Idempotent.
 */
export async function refreshPeriods(db: SqlRunner): Promise<PeriodRefresh> {
  const span = await activitySpan(db);
  if (span === null) {
    await db.run('update periods set has_data = false where has_data = true');
    return { minDate: null, maxDate: null, periods: 0 };
  }
  const periods = periodsCovering(span.from, span.to);
  for (let i = 0; i < periods.length; i += PERIODS_PER_INSERT) {
    const chunk = periods.slice(i, i + PERIODS_PER_INSERT);
    await db.run(
      `insert into periods (id, kind, start_on, end_on, has_data) values ${chunk.map(() => '(?, ?, ?, ?, true)').join(', ')} `
        + 'on conflict (id) do update set kind = excluded.kind, start_on = excluded.start_on, end_on = excluded.end_on, has_data = true',
      chunk.flatMap((p) => [p.id, p.kind, p.start, p.end]),
    );
  }
  await db.run('update periods set has_data = false where has_data = true and (end_on < ? or start_on > ?)', [span.from, span.to]);

  // periodsCovering includes the years, so whole years are every day a period with data uses.
  const calendar = calendarSpanFor(yearBounds(span.from).start, yearBounds(span.to).end);
  await extendCalendar(db, calendar.from, calendar.to);
  return { minDate: span.from, maxDate: span.to, periods: periods.length };
}

/**
 * The latest activity date within SUPPORTED_DATES (the data so far, for a period in progress:
 * period-clock.ts); null when there is none. Reads only, one index seek per table.
 */
export async function latestActivityDate(db: SqlRunner): Promise<string | null> {
  let latest: string | null = null;
  const { start, end } = SUPPORTED_DATES;
  for (const [table, column] of ACTIVITY_DATES) {
    const [row] = await db.query(`select max(${column}) as hi from ${table} where ${column} between ? and ?`, [start, end]);
    if (typeof row?.hi === 'string' && (latest === null || row.hi > latest)) latest = row.hi;
  }
  return latest;
}

/** [min, max] of the activity dates and manual values' periods within SUPPORTED_DATES; null when none. */
async function activitySpan(db: SqlRunner): Promise<{ from: string; to: string } | null> {
  let lo: string | null = null;
  let hi: string | null = null;
  const widen = (a: unknown, b: unknown): void => {
    if (typeof a === 'string' && (lo === null || a < lo)) lo = a;
    if (typeof b === 'string' && (hi === null || b > hi)) hi = b;
  };
  const { start, end } = SUPPORTED_DATES;
  for (const [table, column] of ACTIVITY_DATES) {
    // One aggregate per subquery: both databases then read the bound from an index on the column.
    const [row] = await db.query(
      `select (select min(${column}) from ${table} where ${column} between ? and ?) as lo,
        (select max(${column}) from ${table} where ${column} between ? and ?) as hi`,
      [start, end, start, end],
    );
    widen(row?.lo, row?.hi);
  }
  for (const row of await db.query('select distinct period from manual_values')) {
    const p = parsePeriod(String(row.period));
    if (p) widen(p.start, p.end);
  }
  return lo !== null && hi !== null ? { from: lo, to: hi } : null;
}
