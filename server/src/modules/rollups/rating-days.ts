import type { DayRange } from './cycles.js';
import type { RollupSql } from './exec.js';

/**
 * rating_days(day, unit_code, rated, positive, bad, bad_on_time) by rated_on: R1 (level ≥ 3 is
 * positive), R2 (level ≤ 2, rectified on or before rectify_due_on = rated_on + 15 days) and R3's
 * ratings. `unit_code in (select code from units)` (always true: a foreign key) lets both databases
 * read a day range through the (unit_code, rated_on) index instead of scanning every rating.
 */
export async function refreshRatingDays(db: RollupSql, range: DayRange): Promise<void> {
  const params = range ? [range.from, range.to] : [];
  await db.run(`delete from rating_days${range ? ' where day between ? and ?' : ''}`, params);
  await db.run(
    `insert into rating_days (day, unit_code, rated, positive, bad, bad_on_time)
    select rated_on, unit_code, count(*),
      sum(case when level >= 3 then 1 else 0 end),
      sum(case when level <= 2 then 1 else 0 end),
      sum(case when level <= 2 and rectified_on is not null and rectified_on <= rectify_due_on then 1 else 0 end)
    from ratings${range ? ' where unit_code in (select code from units) and rated_on between ? and ?' : ''}
    group by rated_on, unit_code`,
    params,
  );
}
