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

/** `r` is due for a window [ws, we] ending in the period (SPEC §4): registered by ws, not retired by we. */
function dueCondition(ws: string, we: string): Sql {
  return raw(`${ws} >= r.registered_on and (r.retired_on is null or ${we} < r.retired_on)`);
}

/** CTE `win(cycle, ws, we)`: every window of every cycle with S ≤ we ≤ E, from calendar_days. */
export function windowsCte(period: Period): Sql {
  const branches = CYCLES.map((cycle) => {
    const c = WINDOW_COLUMNS[cycle];
    return sql`select distinct ${raw(`'${cycle}' as cycle, ${c.start} as ws, ${c.end} as we`)}
        from calendar_days where ${raw(c.end)} between ${period.start} and ${period.end}`;
  });
  return sql`win as (
      ${join(branches, '\n      union all\n      ')}
    )`;
}

/** Due windows of resources `r` joined with `win w` (for a FROM clause). */
export function dueWindowsFrom(unitCode?: string): Sql {
  return sql`resources r join win w on w.cycle = r.update_cycle
      where ${dueCondition('w.ws', 'w.we')}${unitFilter('r.unit_code', unitCode)}`;
}

/**
 * Distinct (unit_code, resource_id, we) of met windows: each update mapped through calendar_days to
 * the window of its resource's cycle, keeping due windows only. One pass over the updates of the
 * period's windows (an index range per cycle), no per-window lookup and no join of windows with
 * updates, so the plan stays linear even before the database has statistics.
 */
export function metWindows(period: Period): Sql {
  const { start: s, end: e } = period;
  const branches = CYCLES.map((cycle) => {
    const c = WINDOW_COLUMNS[cycle];
    // Updates before S count for the window containing S (the week of 27 Feb–5 Mar in March).
    const from = windowBounds(cycle, s).start;
    return sql`select distinct r.unit_code, u.resource_id, ${raw(`c.${c.end}`)} as we
        from resource_updates u
        join resources r on r.resource_id = u.resource_id
        join calendar_days c on c.day = u.updated_on
        where r.update_cycle = ${cycle} and u.updated_on between ${from} and ${e}
          and ${raw(`c.${c.end}`)} between ${s} and ${e} and ${dueCondition(`c.${c.start}`, `c.${c.end}`)}`;
  });
  return join(branches, '\n      union all\n      ');
}

/** U1 per unit: n = due windows, k = met windows (met ⊆ due by construction). */
export function u1Query(period: Period): Sql {
  return sql`with ${windowsCte(period)}
    select x.unit_code, sum(x.n) as n, sum(x.k) as k from (
      select r.unit_code, count(*) as n, 0 as k from ${dueWindowsFrom()} group by r.unit_code
      union all
      select m.unit_code, 0 as n, count(*) as k from (
        ${metWindows(period)}
      ) m group by m.unit_code
    ) x group by x.unit_code`;
}
