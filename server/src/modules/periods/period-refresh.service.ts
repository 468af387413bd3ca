import type { EntityManager } from '@mikro-orm/core';
import {
  daysInRange, isoWeekBounds, monthBounds, parsePeriod, periodsCovering, quarterBounds, yearBounds,
} from '@scorecard/shared';

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

export interface PeriodRefresh {
  minDate: string | null;
  maxDate: string | null;
  /** Periods now marked as having data. */
  periods: number;
}

/**
 * Makes `periods` list every month, quarter and year overlapping [min, max] of the activity dates
 * (and manual values' periods) in the database, with has_data = true; periods outside the range keep
 * their row (publications may refer to them) with has_data = false. Also fills `calendar_days` for
 * every day of those periods (the U1 windows). Idempotent; run after every successful import.
 */
export async function refreshPeriods(em: EntityManager): Promise<PeriodRefresh> {
  return em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx = tx.getTransactionContext();
    const exec = <T>(sql: string, params: unknown[] = []): Promise<T[]> => conn.execute<T[]>(sql, params, 'all', ctx);

    let lo: string | null = null;
    let hi: string | null = null;
    const widen = (a: string | null, b: string | null): void => {
      if (a !== null && (lo === null || a < lo)) lo = a;
      if (b !== null && (hi === null || b > hi)) hi = b;
    };
    for (const [table, column] of ACTIVITY_DATES) {
      const [row] = await exec<{ lo: string | null; hi: string | null }>(`select min(${column}) as lo, max(${column}) as hi from ${table}`);
      widen(row?.lo ?? null, row?.hi ?? null);
    }
    for (const row of await exec<{ period: string }>('select distinct period from manual_values')) {
      const p = parsePeriod(row.period);
      if (p) widen(p.start, p.end);
    }
    if (lo === null || hi === null) {
      await exec('update periods set has_data = false where has_data = true');
      return { minDate: null, maxDate: null, periods: 0 };
    }
    const minDate: string = lo;
    const maxDate: string = hi;
    const periods = periodsCovering(minDate, maxDate);
    for (let i = 0; i < periods.length; i += 200) {
      const chunk = periods.slice(i, i + 200);
      await exec(
        `insert into periods (id, kind, start_on, end_on, has_data) values ${chunk.map(() => '(?, ?, ?, ?, true)').join(', ')} `
          + 'on conflict (id) do update set kind = excluded.kind, start_on = excluded.start_on, end_on = excluded.end_on, has_data = true',
        chunk.flatMap((p) => [p.id, p.kind, p.start, p.end]),
      );
    }
    await exec('update periods set has_data = false where has_data = true and (end_on < ? or start_on > ?)', [minDate, maxDate]);

    // Whole years are covered (periodsCovering includes the years), so this range is every day used.
    const first = periods[0].start;
    const last = periods.reduce((m, p) => (p.end > m ? p.end : m), first);
    const [have] = await exec<{ n: number | string }>('select count(*) as n from calendar_days where day >= ? and day <= ?', [first, last]);
    const days = daysInRange(first, last);
    if (Number(have?.n ?? 0) < days.length) {
      for (let i = 0; i < days.length; i += 400) {
        const chunk = days.slice(i, i + 400);
        await exec(
          'insert into calendar_days (day, week_start, week_end, month_start, month_end, quarter_start, quarter_end, year_start, year_end) values '
            + `${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')} on conflict (day) do nothing`,
          chunk.flatMap((d) => {
            const w = isoWeekBounds(d);
            const m = monthBounds(d);
            const q = quarterBounds(d);
            const y = yearBounds(d);
            return [d, w.start, w.end, m.start, m.end, q.start, q.end, y.start, y.end];
          }),
        );
      }
    }
    return { minDate, maxDate, periods: periods.length };
  });
}
