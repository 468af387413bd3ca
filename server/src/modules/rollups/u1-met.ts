import type { UpdateCycle } from '@scorecard/shared';
import { CYCLES, WINDOW_COLUMNS, windowsMeeting, type DayRange } from './cycles.js';
import type { RollupSql } from './exec.js';

/**
 * u1_met(window_end, cycle, unit_code, met): per window, the resources of the unit that are due for
 * it (SPEC §4: ws ≥ registered_on, retired_on empty or we < retired_on) and have at least one update dated in [ws, we] (SPEC §4 U1). After
 * updates dated in [from, to] are imported, only the windows meeting that range can change: those
 * rows are deleted and recounted from resource_updates (for a yearly cycle, the whole year of the
 * yearly resources' updates). Requires calendar_days to hold every day of those windows.
 */
export async function refreshU1Met(db: RollupSql, range: DayRange): Promise<void> {
  for (const cycle of CYCLES) await refreshCycle(db, cycle, range);
}

/*
 * `resources r cross join resource_updates u`: SQLite keeps that join order (CROSS JOIN is its
 * documented way to fix it; PostgreSQL plans it as the inner join it is). Without statistics SQLite
 * otherwise drives from the updated_on index and reads every update of the range for every cycle
 * (77 s for a city-year, 21 s for one more day: the yearly window reads the whole year). From
 * resources, each resource of the cycle is one range seek in the covering (resource_id, updated_on)
 * index, whatever the range.
 */
async function refreshCycle(db: RollupSql, cycle: UpdateCycle, range: DayRange): Promise<void> {
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
        and u.updated_on >= r.registered_on and (r.retired_on is null or u.updated_on < r.retired_on)
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
      and c.${start} >= r.registered_on and (r.retired_on is null or c.${end} < r.retired_on)
    group by c.${end}, r.unit_code`,
    params,
  );
}
