import { parsePeriod, UNIT_KINDS, UPDATE_CYCLES } from '@scorecard/shared';
import { rectifyDueOn } from '../measures/rules/index.js';
import type { ColumnSpec, Value } from './columns.js';
import { IMPORT_ERROR_CODES as E, type ReasonParams, type ReportProblem } from './errors.js';
import type { RawFileKind } from './file-kinds.js';
import type { References } from './references.js';
import { ServiceItemVersions } from './service-item-versions.js';

/** Reports problems of the row being built; `failed` tells whether the row had any. */
export interface RowContext {
  line: number;
  failed: boolean;
  report(column: string | null, code: string, message: string, params: ReasonParams): void;
}

/** Turns the parsed values of one file row (in `columns` order, null = empty or bad) into a table row. */
export interface RowBuilder {
  /** The table row, in `dbColumns` order. */
  build(v: Value[], c: RowContext): Value[];
  /** Checks that need every row of the file (service item versions). */
  finish?(report: ReportProblem): void;
}

export interface KindSpec {
  kind: RawFileKind;
  table: string;
  columns: ColumnSpec[];
  /** Table columns, in the order `build` returns them. */
  dbColumns: string[];
  /** The row key (SPEC §8): the conflict target of the upsert and the duplicate check. */
  keyColumns: string[];
  /** Table columns holding the event dates that make up the file's [min, max] date (roll-ups, caches). */
  eventDateColumns: string[];
  builder(refs: References): RowBuilder;
}

/** A file column whose name the builder refers to. */
type Column<N extends string> = ColumnSpec & { name: N };

/** Where each file column is in the parsed values, by name: `v[at.unit_code]`. */
type Positions<N extends string> = Readonly<Record<N, number>>;

interface KindDefinition<N extends string> extends Omit<KindSpec, 'columns' | 'builder'> {
  columns: ReadonlyArray<Column<N>>;
  builder(refs: References, at: Positions<N>): RowBuilder;
}

/** A KindSpec whose builder reads values by column name (positions resolved once). */
function defineKind<const N extends string>(def: KindDefinition<N>): KindSpec {
  const at = Object.fromEntries(def.columns.map((c, i) => [c.name, i])) as Record<N, number>;
  return { ...def, columns: [...def.columns], builder: (refs) => def.builder(refs, at) };
}

const id = <N extends string>(name: N, optional = false): Column<N> => ({ name, type: 'id', maxLength: 64, optional });
const text = <N extends string>(name: N, maxLength?: number): Column<N> => ({ name, type: 'text', maxLength });
const date = <N extends string>(name: N, optional = false): Column<N> => ({ name, type: 'date', optional });
const timestamp = <N extends string>(name: N, optional = false): Column<N> => ({ name, type: 'timestamp', optional });
const enumOf = <N extends string>(name: N, values: readonly string[]): Column<N> => ({ name, type: 'enum', values });
const int = <N extends string>(name: N, min: number, max?: number): Column<N> => ({ name, type: 'int', min, max });

function checkUnit(refs: References, c: RowContext, column: string, code: Value): void {
  if (code !== null && !refs.units.has(code as string)) {
    c.report(column, E.unknownUnit, `${column} "${code}" is not a known unit (import units first)`, { column, value: code });
  }
}

function checkResource(refs: References, c: RowContext, resourceId: Value): void {
  if (resourceId !== null && !refs.resources.has(resourceId as string)) {
    c.report('resource_id', E.unknownResource, `resource_id "${resourceId}" is not a known resource (import resources first)`, { value: resourceId });
  }
}

/** The date part of a normalised local timestamp. */
const dateOf = (ts: Value): Value => (ts === null ? null : (ts as string).slice(0, 10));

/** A builder that only checks references: the table row is the file row, column for column. */
const checked = (check: (v: Value[], c: RowContext) => void): RowBuilder => ({
  build(v, c) {
    check(v, c);
    return v;
  },
});

/** The table row of a builder whose table columns are file columns in another order. */
function reorder<N extends string>(at: Positions<N>, dbColumns: readonly N[]): (v: Value[]) => Value[] {
  const order = dbColumns.map((name) => at[name]);
  return (v) => order.map((i) => v[i]);
}

export const KIND_SPECS: Record<RawFileKind, KindSpec> = {
  units: defineKind({
    kind: 'units', table: 'units',
    columns: [id('code'), text('name', 255), enumOf('kind', UNIT_KINDS)],
    dbColumns: ['code', 'name', 'kind'], keyColumns: ['code'], eventDateColumns: [],
    builder: () => checked(() => {}),
  }),
  resources: defineKind({
    kind: 'resources', table: 'resources',
    columns: [id('resource_id'), id('unit_code'), text('name', 255),
      enumOf('update_cycle', UPDATE_CYCLES), date('registered_on'), date('retired_on', true)],
    dbColumns: ['resource_id', 'unit_code', 'name', 'update_cycle', 'registered_on', 'retired_on'],
    keyColumns: ['resource_id'], eventDateColumns: ['registered_on', 'retired_on'],
    builder: (refs, at) => checked((v, c) => checkUnit(refs, c, 'unit_code', v[at.unit_code])),
  }),
  resource_updates: defineKind({
    kind: 'resource_updates', table: 'resource_updates',
    columns: [id('resource_id'), timestamp('updated_at')],
    dbColumns: ['resource_id', 'updated_at', 'updated_on'], keyColumns: ['resource_id', 'updated_at'], eventDateColumns: ['updated_on'],
    builder: (refs, at) => ({
      build(v, c) {
        checkResource(refs, c, v[at.resource_id]);
        return [v[at.resource_id], v[at.updated_at], dateOf(v[at.updated_at])];
      },
    }),
  }),
  data_calls: defineKind({
    kind: 'data_calls', table: 'data_calls',
    columns: [id('resource_id'), id('caller_unit_code'), date('date'), int('count', 0)],
    dbColumns: ['resource_id', 'caller_unit_code', 'called_on', 'count'],
    keyColumns: ['resource_id', 'caller_unit_code', 'called_on'], eventDateColumns: ['called_on'],
    builder: (refs, at) => checked((v, c) => {
      checkResource(refs, c, v[at.resource_id]);
      checkUnit(refs, c, 'caller_unit_code', v[at.caller_unit_code]);
    }),
  }),
  data_demands: defineKind({
    kind: 'data_demands', table: 'data_demands',
    columns: [id('demand_id'), id('provider_unit_code'), id('requester_unit_code'), date('requested_on'), date('due_on'),
      date('fulfilled_on', true), { name: 'satisfaction', type: 'number', min: 1, max: 5, optional: true }],
    dbColumns: ['demand_id', 'provider_unit_code', 'requester_unit_code', 'requested_on', 'due_on', 'fulfilled_on', 'satisfaction'],
    keyColumns: ['demand_id'], eventDateColumns: ['requested_on', 'due_on', 'fulfilled_on'],
    builder: (refs, at) => checked((v, c) => {
      checkUnit(refs, c, 'provider_unit_code', v[at.provider_unit_code]);
      checkUnit(refs, c, 'requester_unit_code', v[at.requester_unit_code]);
    }),
  }),
  systems: defineKind({
    kind: 'systems', table: 'systems',
    columns: [id('system_id'), id('unit_code'), text('name', 255), date('commissioned_on'), date('retired_on', true)],
    dbColumns: ['system_id', 'unit_code', 'name', 'commissioned_on', 'retired_on'],
    keyColumns: ['system_id'], eventDateColumns: ['commissioned_on', 'retired_on'],
    builder: (refs, at) => checked((v, c) => checkUnit(refs, c, 'unit_code', v[at.unit_code])),
  }),
  officers: defineKind({
    kind: 'officers', table: 'officers',
    columns: [id('officer_id'), id('unit_code'), text('name', 255), id('scope'), date('appointed_on'), date('ended_on', true),
      date('certified_until')],
    dbColumns: ['officer_id', 'unit_code', 'name', 'scope', 'appointed_on', 'ended_on', 'certified_until'],
    // certified_until is an expiry, often years ahead: not an event date.
    keyColumns: ['officer_id'], eventDateColumns: ['appointed_on', 'ended_on'],
    // The scope is `unit` or any known system, also one of another unit (SPEC §4/§8 set no unit
    // condition: a shared IT centre's officer may cover another unit's system; S2 counts it).
    builder: (refs, at) => checked((v, c) => {
      checkUnit(refs, c, 'unit_code', v[at.unit_code]);
      const scope = v[at.scope] as string | null;
      if (scope !== null && scope !== 'unit' && !refs.systems.has(scope)) {
        c.report('scope', E.unknownSystem, `scope "${scope}" is neither "unit" nor a known system_id (import systems first)`, { value: scope });
      }
    }),
  }),
  service_items: defineKind({
    kind: 'service_items', table: 'service_items',
    columns: [id('item_id'), id('unit_code'), text('name', 255), int('depth_level', 1, 4), date('effective_from'),
      date('effective_to', true)],
    dbColumns: ['item_id', 'effective_from', 'unit_code', 'name', 'depth_level', 'effective_to'],
    keyColumns: ['item_id', 'effective_from'], eventDateColumns: ['effective_from', 'effective_to'],
    builder: (refs, at) => {
      const versions = new ServiceItemVersions(refs.itemVersions);
      const toTable = reorder(at, ['item_id', 'effective_from', 'unit_code', 'name', 'depth_level', 'effective_to']);
      return {
        build(v, c) {
          checkUnit(refs, c, 'unit_code', v[at.unit_code]);
          const [item, unit, from, to] = [v[at.item_id], v[at.unit_code], v[at.effective_from], v[at.effective_to]] as Array<string | null>;
          if (from !== null && to !== null && to <= from) {
            c.report('effective_to', E.badRange, `effective_to ${to} must be after effective_from ${from}`, { from, to });
          } else if (item !== null && unit !== null && from !== null) {
            versions.add(item, { from, to, unit }, c.line);
          }
          return toTable(v);
        },
        finish: (report) => versions.check(report),
      };
    },
  }),
  cases: defineKind({
    kind: 'cases', table: 'cases',
    columns: [id('case_id'), id('item_id'), timestamp('submitted_at'), timestamp('completed_at', true),
      enumOf('channel', ['online', 'offline'])],
    dbColumns: ['case_id', 'item_id', 'unit_code', 'submitted_at', 'submitted_on', 'completed_at', 'completed_on', 'channel'],
    keyColumns: ['case_id'], eventDateColumns: ['submitted_on', 'completed_on'],
    builder: (refs, at) => ({
      build(v, c) {
        const item = v[at.item_id] as string | null;
        let unit: string | null = null;
        if (item !== null) {
          unit = refs.itemUnits.get(item) ?? null;
          if (unit === null) c.report('item_id', E.unknownItem, `item_id "${item}" is not a known service item (import service_items first)`, { value: item });
        }
        const [submitted, completed] = [v[at.submitted_at], v[at.completed_at]];
        return [v[at.case_id], item, unit, submitted, dateOf(submitted), completed, dateOf(completed), v[at.channel]];
      },
    }),
  }),
  ratings: defineKind({
    kind: 'ratings', table: 'ratings',
    columns: [id('rating_id'), id('unit_code'), timestamp('rated_at'), int('level', 1, 5), timestamp('rectified_at', true)],
    dbColumns: ['rating_id', 'unit_code', 'rated_at', 'rated_on', 'level', 'rectified_at', 'rectified_on', 'rectify_due_on'],
    keyColumns: ['rating_id'], eventDateColumns: ['rated_on', 'rectified_on'],
    builder: (refs, at) => ({
      build(v, c) {
        checkUnit(refs, c, 'unit_code', v[at.unit_code]);
        const ratedOn = dateOf(v[at.rated_at]) as string | null;
        const rectified = v[at.rectified_at];
        return [v[at.rating_id], v[at.unit_code], v[at.rated_at], ratedOn, v[at.level], rectified, dateOf(rectified),
          ratedOn === null ? null : rectifyDueOn(ratedOn)];
      },
    }),
  }),
  incidents: defineKind({
    kind: 'incidents', table: 'incidents',
    columns: [id('incident_id'), id('unit_code'), date('occurred_on'), text('severity', 32), text('description')],
    dbColumns: ['incident_id', 'unit_code', 'occurred_on', 'severity', 'description'],
    keyColumns: ['incident_id'], eventDateColumns: ['occurred_on'],
    builder: (refs, at) => checked((v, c) => checkUnit(refs, c, 'unit_code', v[at.unit_code])),
  }),
  manual_values: defineKind({
    kind: 'manual_values', table: 'manual_values',
    columns: [id('indicator_id'), id('unit_code'), { name: 'period', type: 'period' }, { name: 'value', type: 'number' }],
    // The period's start and end are not stored: they only feed the file's [min, max] date (manualValueDates).
    dbColumns: ['indicator_id', 'unit_code', 'period', 'value'],
    keyColumns: ['indicator_id', 'unit_code', 'period'], eventDateColumns: [],
    builder: (refs, at) => checked((v, c) => checkUnit(refs, c, 'unit_code', v[at.unit_code])),
  }),
};

/** The [start, end] dates of a manual_values table row's period, for the file's date range. */
export function manualValueDates(row: Value[]): [string, string] | null {
  const period = row[KIND_SPECS.manual_values.dbColumns.indexOf('period')];
  const p = period === null ? null : parsePeriod(period as string);
  return p ? [p.start, p.end] : null;
}
