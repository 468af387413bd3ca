import type { DayRange } from './cycles.js';
import type { RollupSql } from './exec.js';

/**
 * call_days(day, unit_code, calls): E1's sum of `count` of the calls to the unit's resources on
 * that day by other units (calls of a unit to its own resources never count, SPEC §4 E1). The
 * unit is the resource's current unit, so a resources import rebuilds the table.
 */
export async function refreshCallDays(db: RollupSql, range: DayRange): Promise<void> {
  const params = range ? [range.from, range.to] : [];
  await db.run(`delete from call_days${range ? ' where day between ? and ?' : ''}`, params);
  await db.run(
    `insert into call_days (day, unit_code, calls)
    select dc.called_on, r.unit_code, sum(dc.count)
    from data_calls dc join resources r on r.resource_id = dc.resource_id
    where dc.caller_unit_code <> r.unit_code${range ? ' and dc.called_on between ? and ?' : ''}
    group by dc.called_on, r.unit_code`,
    params,
  );
}
