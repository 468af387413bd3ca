import type { EntityManager } from '@mikro-orm/core';
import { COMPUTED_MEASURE_IDS, type MeasureTable, type Period, type UnitMeasures } from '@scorecard/shared';
import { num, query, str } from './db.js';
import { MEASURE_QUERIES, NA } from './measure-queries.js';
import { sql } from './sql.js';

const COMPUTED = new Set<string>(COMPUTED_MEASURE_IDS);

/**
 * Every computed measure of SPEC §4 for every unit in the period, plus the manual measures imported
 * for it. One statement per measure over all units (no per-unit queries): the number of statements
 * does not depend on the number of units.
 */
export async function computeMeasures(em: EntityManager, period: Period): Promise<MeasureTable> {
  const table = await computeComputedMeasures(em, period);
  await addManualValues(em, period, table);
  return table;
}

/**
 * The computed measures only (what MeasureService caches). Reads only: the calendar and U1 windows
 * of every period with data were written by the import that gave it data (modules/calendar).
 */
export async function computeComputedMeasures(em: EntityManager, period: Period): Promise<MeasureTable> {
  const table: MeasureTable = {};
  for (const row of await query(em, 'select code from units order by code')) {
    const unit: UnitMeasures = {};
    for (const id of COMPUTED_MEASURE_IDS) unit[id] = { ...NA };
    table[String(row.code)] = unit;
  }

  for (const measure of MEASURE_QUERIES) {
    const statement = measure.sql(period);
    const byUnit = new Map<string, ReturnType<typeof measure.read>>();
    for (const row of await query(em, statement.text, [...statement.params])) {
      byUnit.set(String(row.unit_code), measure.read(row));
    }
    for (const [code, unit] of Object.entries(table)) {
      unit[measure.id] = byUnit.get(code) ?? { ...measure.absent };
    }
  }
  return table;
}

/** manual_values rows of the period: measure id = indicator_id. A computed id is never overridden. */
export async function addManualValues(em: EntityManager, period: Period, table: MeasureTable): Promise<void> {
  const statement = sql`select indicator_id, unit_code, value from manual_values where period = ${period.id}`;
  for (const row of await query(em, statement.text, [...statement.params])) {
    const indicatorId = str(row.indicator_id) ?? '';
    const unit = table[String(row.unit_code)];
    if (!unit || COMPUTED.has(indicatorId)) continue;
    unit[indicatorId] = { value: num(row.value), numerator: null, denominator: null };
  }
}
