import type { SqlRunner } from '../../db/sql-runner.js';
import type { DayRange } from './day-range.js';

/**
 * case_days(day, unit_code, submitted, online, completed): cases submitted that day (D3, with
 * channel = 'online') and completed that day (R3). A case counts on two days, so a refresh of a
 * day range recounts both dates within it (an import's range spans both dates of its rows).
 * `unit_code in (select code from units)` (always true: a foreign key) lets a day range use the
 * (unit_code, submitted_on) and (unit_code, completed_on) indexes.
 */
export async function refreshCaseDays(db: SqlRunner, range: DayRange): Promise<void> {
  const params = range ? [range.from, range.to, range.from, range.to] : [];
  const submitted = range ? ' where unit_code in (select code from units) and submitted_on between ? and ?' : '';
  const completed = range
    ? ' where unit_code in (select code from units) and completed_on between ? and ?'
    : ' where completed_on is not null';
  await db.run(`delete from case_days${range ? ' where day between ? and ?' : ''}`, range ? [range.from, range.to] : []);
  await db.run(
    `insert into case_days (day, unit_code, submitted, online, completed)
    select x.day, x.unit_code, sum(x.submitted), sum(x.online), sum(x.completed) from (
      select submitted_on as day, unit_code, count(*) as submitted,
        sum(case when channel = 'online' then 1 else 0 end) as online, 0 as completed
      from cases${submitted} group by submitted_on, unit_code
      union all
      select completed_on as day, unit_code, 0 as submitted, 0 as online, count(*) as completed
      from cases${completed} group by completed_on, unit_code
    ) x group by x.day, x.unit_code`,
    params,
  );
}
