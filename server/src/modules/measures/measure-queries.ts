import type { ComputedMeasureId, MeasureValue, Period } from '@scorecard/shared';
import { num, type SqlRow } from './db.js';
import {
  atPeriodEndSql, E2_FULFILLED_ON_TIME, ITEM_ACTIVE_AT_E, OFFICER_VALID_AT_E, ruleSql, SYSTEM_ACTIVE_AT_E, u1DueByUnit,
} from './rules/index.js';
import { raw, sql, type Sql } from './sql.js';

export const NA: MeasureValue = { value: null, numerator: null, denominator: null };

/**
 * One measure of SPEC §4: one set-based statement returning a row per unit that has something to
 * count (`unit_code` plus counts), how to read such a row, and the value of a unit without a row.
 */
export interface MeasureQuery {
  id: ComputedMeasureId;
  sql: (period: Period) => Sql;
  read: (row: SqlRow) => MeasureValue;
  /** The value of a unit absent from the result: N/A, or 0 for S1 and P (never N/A). */
  absent: MeasureValue;
}

/** k / n with its parts; N/A when nothing is counted. */
function ratio(row: SqlRow): MeasureValue {
  const n = num(row.n) ?? 0;
  const k = num(row.k) ?? 0;
  return n === 0 ? { ...NA } : { value: k / n, numerator: k, denominator: n };
}

/** sum / n with its parts; N/A when n = 0. */
function mean(row: SqlRow): MeasureValue {
  const n = num(row.n) ?? 0;
  const total = num(row.total) ?? 0;
  return n === 0 ? { ...NA } : { value: total / n, numerator: total, denominator: n };
}

/**
 * k / n of two columns of a daily roll-up (rollups/), summed over the days of the period: N/A for a
 * unit without counts. Column and table names are ours, never user input.
 */
function dailyRatio(
  id: ComputedMeasureId,
  table: 'rating_days' | 'case_days',
  columns: { n: string; k: string },
): MeasureQuery {
  return {
    id,
    sql: (p) => sql`select unit_code, sum(${raw(columns.n)}) as n, sum(${raw(columns.k)}) as k
      from ${raw(table)} where day between ${p.start} and ${p.end}
      group by unit_code`,
    read: ratio,
    absent: NA,
  };
}

function count(row: SqlRow): MeasureValue {
  const v = num(row.v) ?? 0;
  return { value: v, numerator: v, denominator: null };
}

export const MEASURE_QUERIES: MeasureQuery[] = [
  {
    // Due windows counted from resources (rules/u1-due.ts), met windows from the roll-up kept at import
    // (modules/rollups/u1-met.ts; met ⊆ due by construction); stacked with union all.
    id: 'U1',
    sql: (p) => sql`select x.unit_code, sum(x.n) as n, sum(x.k) as k from (
        select d.unit_code, d.n, 0 as k from (${u1DueByUnit(p)}) d
        union all
        select unit_code, 0 as n, met as k from u1_met where window_end between ${p.start} and ${p.end}
      ) x group by x.unit_code`,
    read: ratio,
    absent: NA,
  },
  {
    // Applicable when the unit has a resource registered by E; calls from the unit itself never count.
    id: 'E1',
    // call_days already excludes self-calls (modules/rollups/call-days.ts).
    // Two per-unit aggregates stacked with union all (no join of aggregates: plans stay flat).
    sql: (p) => sql`select x.unit_code, max(x.applicable) as applicable, sum(x.calls) as v from (
        select unit_code, 1 as applicable, 0 as calls from resources where registered_on <= ${p.end} group by unit_code
        union all
        select unit_code, 0 as applicable, sum(calls) as calls
        from call_days where day between ${p.start} and ${p.end}
        group by unit_code
      ) x group by x.unit_code`,
    read: (row) => {
      if (num(row.applicable) !== 1) return { ...NA };
      const v = num(row.v) ?? 0;
      return { value: v, numerator: v, denominator: null };
    },
    absent: NA,
  },
  {
    id: 'E2',
    sql: (p) => sql`select provider_unit_code as unit_code, count(*) as n,
        sum(case when ${ruleSql(E2_FULFILLED_ON_TIME, 'd', {})} then 1 else 0 end) as k
      from data_demands d where due_on between ${p.start} and ${p.end}
      group by provider_unit_code`,
    read: ratio,
    absent: NA,
  },
  {
    id: 'E3',
    sql: (p) => sql`select provider_unit_code as unit_code, count(*) as n, sum(satisfaction) as total
      from data_demands
      where fulfilled_on between ${p.start} and ${p.end} and satisfaction is not null
      group by provider_unit_code`,
    read: mean,
    absent: NA,
  },
  {
    id: 'S1',
    sql: (p) => sql`select o.unit_code, 1 as v from officers o
      where o.scope = 'unit' and ${atPeriodEndSql(OFFICER_VALID_AT_E, 'o', p.end)}
      group by o.unit_code`,
    read: count,
    absent: { value: 0, numerator: 0, denominator: null },
  },
  {
    // Covered by an officer whose scope is the system id, valid at E (SPEC §4 names no unit condition).
    id: 'S2',
    sql: (p) => sql`select s.unit_code, count(*) as n, count(v.scope) as k
      from systems s
      left join (select distinct o.scope from officers o where ${atPeriodEndSql(OFFICER_VALID_AT_E, 'o', p.end)}) v on v.scope = s.system_id
      where ${atPeriodEndSql(SYSTEM_ACTIVE_AT_E, 's', p.end)}
      group by s.unit_code`,
    read: ratio,
    absent: NA,
  },
  dailyRatio('R1', 'rating_days', { n: 'rated', k: 'positive' }),
  // rating_days.bad_on_time counts R2_RECTIFIED_ON_TIME (rules/on-time.ts) at import (rollups/rating-days.ts).
  // A unit whose ratings in the period are all positive has n = 0: N/A, as with no bad rating at all.
  dailyRatio('R2', 'rating_days', { n: 'bad', k: 'bad_on_time' }),
  {
    // ratings / completed cases, capped at 1; the parts stay uncapped so screens show "8 of 3".
    id: 'R3',
    sql: (p) => sql`select x.unit_code, sum(x.n) as n, sum(x.k) as k from (
        select unit_code, completed as n, 0 as k from case_days where day between ${p.start} and ${p.end}
        union all
        select unit_code, 0 as n, rated as k from rating_days where day between ${p.start} and ${p.end}
      ) x group by x.unit_code`,
    read: (row) => {
      const r = ratio(row);
      return r.value === null ? r : { ...r, value: Math.min(1, r.value) };
    },
    absent: NA,
  },
  {
    id: 'D1',
    sql: (p) => sql`select i.unit_code, count(*) as n, sum(i.depth_level) as total
      from service_items i where ${atPeriodEndSql(ITEM_ACTIVE_AT_E, 'i', p.end)}
      group by i.unit_code`,
    read: mean,
    absent: NA,
  },
  {
    id: 'D2',
    sql: (p) => sql`select i.unit_code, count(*) as n, sum(case when i.depth_level = 4 then 1 else 0 end) as k
      from service_items i where ${atPeriodEndSql(ITEM_ACTIVE_AT_E, 'i', p.end)}
      group by i.unit_code`,
    read: ratio,
    absent: NA,
  },
  dailyRatio('D3', 'case_days', { n: 'submitted', k: 'online' }),
  {
    id: 'P',
    sql: (p) => sql`select unit_code, count(*) as v
      from incidents where occurred_on between ${p.start} and ${p.end}
      group by unit_code`,
    read: count,
    absent: { value: 0, numerator: 0, denominator: null },
  },
];
