import { windowBounds, type Period, type UpdateCycle } from '@scorecard/shared';
import { join, raw, sql, unitFilter, type Sql } from './sql.js';

/** calendar_days columns of each cycle's window; daily windows are the day itself. */
const WINDOW_COLUMNS: Record<UpdateCycle, { start: string; end: string }> = {
  daily: { start: 'day', end: 'day' },
  weekly: { start: 'week_start', end: 'week_end' },
  monthly: { start: 'month_start', end: 'month_end' },
  quarterly: { start: 'quarter_start', end: 'quarter_end' },
  yearly: { start: 'year_start', end: 'year_end' },
};
const CYCLES = Object.keys(WINDOW_COLUMNS) as UpdateCycle[];

/**
 * The CTEs `due_windows(unit_code, resource_id, ws, we)` and `met_windows(resource_id, we)` of U1
 * (SPEC §4), optionally for one unit. calendar_days must cover calendarRangeFor(period).
 *
 * due: windows enumerated from calendar_days with S ≤ we ≤ E, ws ≥ registered_on and
 *      (retired_on empty or we < retired_on).
 * met: each update mapped through calendar_days to the end of its window — one pass over the
 *      updates of the period's windows instead of an EXISTS per window; a resource's update can
 *      only fall in its own cycle's windows, so (resource, window end) identifies the window.
 */
export function u1Ctes(period: Period, unitCode?: string): Sql {
  const { start: s, end: e } = period;
  const windows = join(
    CYCLES.map((cycle) => {
      const c = WINDOW_COLUMNS[cycle];
      return sql`select distinct ${raw(`'${cycle}' as cycle, ${c.start} as ws, ${c.end} as we`)}
        from calendar_days where ${raw(c.end)} between ${s} and ${e}`;
    }),
    '\n      union all\n      ',
  );
  const hits = join(
    CYCLES.map((cycle) => {
      const c = WINDOW_COLUMNS[cycle];
      // Updates before S count for the window containing S (the week of 27 Feb–5 Mar in March).
      const from = windowBounds(cycle, s).start;
      return sql`select distinct u.resource_id, ${raw(`c.${c.end}`)} as we
        from resource_updates u
        join resources r on r.resource_id = u.resource_id
        join calendar_days c on c.day = u.updated_on
        where r.update_cycle = ${cycle} and u.updated_on between ${from} and ${e}
          and ${raw(`c.${c.end}`)} between ${s} and ${e}${unitFilter('r.unit_code', unitCode)}`;
    }),
    '\n      union all\n      ',
  );
  return sql`with win as (
      ${windows}
    ),
    due_windows as (
      select r.unit_code, r.resource_id, w.ws, w.we
      from resources r join win w on w.cycle = r.update_cycle
      where w.ws >= r.registered_on and (r.retired_on is null or w.we < r.retired_on)${unitFilter('r.unit_code', unitCode)}
    ),
    met_windows as (
      ${hits}
    )`;
}
