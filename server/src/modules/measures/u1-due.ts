import type { Period } from '@scorecard/shared';
import { raw, sql, type Sql } from './sql.js';

/** Portable max/min of two integer expressions (SQLite has max(a, b), PostgreSQL greatest(a, b)). */
const larger = (a: string, b: string): string => `case when ${a} > ${b} then ${a} else ${b} end`;
const smaller = (a: string, b: string): string => `case when ${a} < ${b} then ${a} else ${b} end`;

/**
 * Due U1 windows per unit in the period (SPEC §4): windows [ws, we] of the resource's cycle with
 * S ≤ we ≤ E, ws ≥ registered_on and (retired_on empty or we < retired_on), counted from the live
 * resources table without listing windows. u1_windows numbers each cycle's windows consecutively
 * (seq) and lists every window ending on a calendar day, which covers the period's windows
 * (computeMeasures fills the calendar first). For a resource the qualifying windows are one run of
 * consecutive seqs:
 *   lo = max(first window ending in [S, E], first window with ws ≥ registered_on)
 *   hi = min(last window ending in [S, E],  last window with we < retired_on)
 * and due = hi − lo + 1 when hi ≥ lo. A per-resource bound is an index seek (order by … limit 1),
 * so a year costs about what a month costs, instead of resources × days (0.7 s for a city-year's
 * year on SQLite before). A window missing from u1_windows outside [S, E] cannot change lo or hi:
 * the period's own windows bound both.
 */
export function u1DueByUnit(period: Period): Sql {
  const lo = larger('x.a', 'x.lo');
  const hi = smaller('x.z', 'x.hi');
  // A resource registered by the start of the period's first window, or retired (if ever) after
  // the end of its last one, needs no lookup: its bound is the period's (most resources, so the
  // seeks are a few per resource registered or retired within the period).
  return sql`select x.unit_code, sum(case when x.a is null or x.z is null or ${raw(hi)} < ${raw(lo)} then 0
        else ${raw(hi)} - ${raw(lo)} + 1 end) as n
      from (
        select r.unit_code, b.lo, b.hi,
          case when r.registered_on <= b.first_start then b.lo else
            (select w.seq from u1_windows w where w.cycle = r.update_cycle and w.window_start >= r.registered_on
              order by w.window_start limit 1) end as a,
          case when r.retired_on is null or r.retired_on > b.last_end then b.hi else
            (select w.seq from u1_windows w where w.cycle = r.update_cycle and w.window_end < r.retired_on
              order by w.window_end desc limit 1) end as z
        from resources r
        join (select cycle, min(seq) as lo, max(seq) as hi, min(window_start) as first_start, max(window_end) as last_end
              from u1_windows where window_end between ${period.start} and ${period.end} group by cycle) b
          on b.cycle = r.update_cycle
      ) x group by x.unit_code`;
}
