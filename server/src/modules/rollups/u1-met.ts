import { UPDATE_CYCLES, type UpdateCycle } from '@scorecard/shared';
import type { SqlRunner } from '../../db/sql-runner.js';
import { WINDOW_COLUMNS, windowsMeeting } from '../calendar/index.js';
import { resourceDueSql } from '../measures/rules/index.js';
import { parameterFreeText } from '../measures/sql.js';
import type { DayRange } from './day-range.js';

/**
 * u1_met(window_end, cycle, unit_code, met): per window, the resources of the unit that are due for
 * it (U1_RESOURCE_DUE, measures/rules/u1-due.ts) and have at least one update dated in [ws, we]
 * (SPEC §4 U1). After
 * updates dated in [from, to] are imported, only the windows meeting that range can change: those
 * rows are deleted and recounted from resource_updates (for a yearly cycle, the whole year of the
 * yearly resources' updates). Reads calendar_days (every update's day is there: the import extends the
 * calendar over every activity date before the roll-ups, periods/refresh-periods.ts).
 */
export async function refreshU1Met(db: SqlRunner, range: DayRange): Promise<void> {
  for (const cycle of UPDATE_CYCLES) await refreshCycle(db, cycle, range);
}

/*
 * `resources r cross join resource_updates u`: SQLite keeps that join order (CROSS JOIN is its
 * documented way to fix it; PostgreSQL plans it as the inner join it is). Without statistics SQLite
 * otherwise drives from the updated_on index and reads every update of the range for every cycle
 * (77 s for a city-year, 21 s for one more day: the yearly window reads the whole year). From
 * resources, each resource of the cycle is one range seek in the covering (resource_id, updated_on)
 * index, whatever the range.
 */
async function refreshCycle(db: SqlRunner, cycle: UpdateCycle, range: DayRange): Promise<void> {
  const w = range ? windowsMeeting(cycle, range.from, range.to) : null;
  await db.run(
    `delete from u1_met where cycle = ?${w ? ' and window_end between ? and ?' : ''}`,
    w ? [cycle, w.firstEnd, w.lastEnd] : [cycle],
  );
  const days = w ? ' and u.updated_on between ? and ?' : '';
  const params = w ? [w.firstStart, w.lastEnd] : [];
  if (cycle === 'daily') {
    // The window is the update's day: no calendar lookup (daily resources write most updates).
    await db.run(
      `insert into u1_met (window_end, cycle, unit_code, met)
      select u.updated_on, 'daily', r.unit_code, count(distinct u.resource_id)
      from resources r cross join resource_updates u
      where u.resource_id = r.resource_id and r.update_cycle = 'daily'${days}
        and ${parameterFreeText(resourceDueSql('r', 'u.updated_on', 'u.updated_on'))}
      group by u.updated_on, r.unit_code`,
      params,
    );
    return;
  }
  const { start, end } = WINDOW_COLUMNS[cycle];
  await db.run(
    `insert into u1_met (window_end, cycle, unit_code, met)
    select c.${end}, '${cycle}', r.unit_code, count(distinct u.resource_id)
    from resources r
    cross join resource_updates u
    join calendar_days c on c.day = u.updated_on
    where u.resource_id = r.resource_id and r.update_cycle = '${cycle}'${days}
      and ${parameterFreeText(resourceDueSql('r', `c.${start}`, `c.${end}`))}
    group by c.${end}, r.unit_code`,
    params,
  );
}
