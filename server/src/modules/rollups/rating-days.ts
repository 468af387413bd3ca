import type { SqlRunner } from '../../db/sql-runner.js';
import { R2_RECTIFIED_ON_TIME, ruleSql } from '../measures/rules/index.js';
import { parameterFreeText } from '../measures/sql.js';
import type { DayRange } from './day-range.js';

/**
 * rating_days(day, unit_code, rated, positive, bad, bad_on_time) by rated_on: R1 (level ≥ 3 is
 * positive), R2 (level ≤ 2, rectified on time: R2_RECTIFIED_ON_TIME, measures/rules) and R3's
 * ratings. `unit_code in (select code from units)` (always true: a foreign key) lets both databases
 * read a day range through the (unit_code, rated_on) index instead of scanning every rating.
 */
export async function refreshRatingDays(db: SqlRunner, range: DayRange): Promise<void> {
  const params = range ? [range.from, range.to] : [];
  const onTime = parameterFreeText(ruleSql(R2_RECTIFIED_ON_TIME, 'ratings', {}));
  await db.run(`delete from rating_days${range ? ' where day between ? and ?' : ''}`, params);
  await db.run(
    `insert into rating_days (day, unit_code, rated, positive, bad, bad_on_time)
    select rated_on, unit_code, count(*),
      sum(case when level >= 3 then 1 else 0 end),
      sum(case when level <= 2 then 1 else 0 end),
      sum(case when level <= 2 and ${onTime} then 1 else 0 end)
    from ratings${range ? ' where unit_code in (select code from units) and rated_on between ? and ?' : ''}
    group by rated_on, unit_code`,
    params,
  );
}
