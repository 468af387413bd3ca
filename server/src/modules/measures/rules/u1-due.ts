import { UPDATE_CYCLES, windowBounds, type Period } from '@scorecard/shared';
import { raw, sql, unitFilter, type Sql } from '../sql.js';
import { comparisonSql, conditionSql, ruleSql, type DateCondition, type DateRule } from './date-rule.js';

/*
 * SPEC §4 U1: a window [ws, we] of resource r is due in the period [S, E] when S ≤ we ≤ E,
 * ws ≥ r.registered_on, and r.retired_on is empty or we < r.retired_on. The windows ending in a
 * period are listed in u1_windows (written with the calendar, modules/calendar); the resource part
 * is the rule below, used by the measure (u1DueByUnit), its evidence (dueWindowsFrom) and the met
 * roll-up (rollups/u1-met.ts).
 */
const REGISTERED_BY_WINDOW_START: DateCondition<'not-yet-registered'> = {
  column: 'registered_on', op: '<=', bound: { value: 'ws' }, failure: 'not-yet-registered',
};
const NOT_RETIRED_BY_WINDOW_END: DateCondition<'retired'> = {
  column: 'retired_on', op: '>', bound: { value: 'we' }, empty: { passes: true }, failure: 'retired',
};

/** The resource part of "due" (bounds ws, we: the window's start and end). */
export const U1_RESOURCE_DUE: DateRule<'not-yet-registered' | 'retired'> = {
  name: 'U1 resource due for a window',
  conditions: [REGISTERED_BY_WINDOW_START, NOT_RETIRED_BY_WINDOW_END],
};

/** SQL: resource `r` is due for the window whose start and end are the SQL expressions `ws`, `we`. */
export function resourceDueSql(resource: string, ws: string, we: string): Sql {
  return ruleSql(U1_RESOURCE_DUE, resource, { ws: raw(ws), we: raw(we) });
}

/** CTE `win(cycle, ws, we)`: every window of every cycle with S ≤ we ≤ E. */
export function windowsInPeriodCte(period: Period): Sql {
  return sql`win as (select cycle, window_start as ws, window_end as we from u1_windows
      where window_end between ${period.start} and ${period.end})`;
}

/** Due windows: resources `r` joined with `win w` (a FROM clause; evidence lists one unit's). */
export function dueWindowsFrom(unitCode?: string): Sql {
  return sql`resources r join win w on w.cycle = r.update_cycle
      where ${resourceDueSql('r', 'w.ws', 'w.we')}${unitFilter('r.unit_code', unitCode)}`;
}

/** Portable max/min of two integer expressions (SQLite has max(a, b), PostgreSQL greatest(a, b)). */
const larger = (a: string, b: string): string => `case when ${a} > ${b} then ${a} else ${b} end`;
const smaller = (a: string, b: string): string => `case when ${a} < ${b} then ${a} else ${b} end`;

/**
 * Due U1 windows per unit in the period, counted from the live resources table without listing
 * windows. u1_windows numbers each cycle's windows consecutively (seq), so for a resource the due
 * windows of the period are one run of seqs:
 *   first = max(first window ending in [S, E], first window registered by its start)
 *   last  = min(last window ending in [S, E],  last window ending before retirement)
 * and due = last − first + 1 when last ≥ first. A bound is an index seek (order by … limit 1), and
 * only for a resource registered or retired inside the period's windows: the others take the
 * period's own bounds. A year costs what a month costs.
 */
export function u1DueByUnit(period: Period): Sql {
  const first = larger('x.first_due_seq', 'x.first_seq');
  const last = smaller('x.last_due_seq', 'x.last_seq');
  const registeredBy = (ws: string): Sql => conditionSql(REGISTERED_BY_WINDOW_START, 'r', { ws: raw(ws) });
  const notRetiredBy = (we: string): Sql => conditionSql(NOT_RETIRED_BY_WINDOW_END, 'r', { we: raw(we) });
  // In the lookup r.retired_on is known to be set: the bare comparison keeps it an index seek.
  const endsBeforeRetirement = comparisonSql(NOT_RETIRED_BY_WINDOW_END, 'r', { we: raw('w.window_end') });
  return sql`select x.unit_code, sum(case when x.first_due_seq is null or x.last_due_seq is null or ${raw(last)} < ${raw(first)} then 0
        else ${raw(last)} - ${raw(first)} + 1 end) as n
      from (
        select r.unit_code, b.first_seq, b.last_seq,
          case when ${registeredBy('b.first_start')} then b.first_seq else
            (select w.seq from u1_windows w where w.cycle = r.update_cycle and ${registeredBy('w.window_start')}
              order by w.window_start limit 1) end as first_due_seq,
          case when ${notRetiredBy('b.last_end')} then b.last_seq else
            (select w.seq from u1_windows w where w.cycle = r.update_cycle and ${endsBeforeRetirement}
              order by w.window_end desc limit 1) end as last_due_seq
        from resources r
        join (select cycle, min(seq) as first_seq, max(seq) as last_seq, min(window_start) as first_start,
                max(window_end) as last_end
              from u1_windows where window_end between ${period.start} and ${period.end} group by cycle) b
          on b.cycle = r.update_cycle
      ) x group by x.unit_code`;
}

/**
 * The earliest day a U1 window due in the period can start: the start of the window of each cycle
 * that contains S, when that window also ends by E (a window ending after E is not due; the next one
 * starts after S). At most one year before S (the yearly window), 6 days for weeks crossing S.
 */
export function earliestDueWindowStart(period: Period): string {
  let earliest = period.start;
  for (const cycle of UPDATE_CYCLES) {
    const w = windowBounds(cycle, period.start);
    if (w.end <= period.end && w.start < earliest) earliest = w.start;
  }
  return earliest;
}
