import type { Period, UpdateCycle } from '@scorecard/shared';
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
