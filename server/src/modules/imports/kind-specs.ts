import { addDays, parsePeriod } from '@scorecard/shared';
import type { ColumnSpec, Value } from './columns.js';
import { IMPORT_ERROR_CODES as E } from './errors.js';
import type { RawFileKind } from './file-kinds.js';
import type { References } from './references.js';
import { ServiceItemVersions } from './service-item-versions.js';

/** Reports problems of the row being built; `failed` tells whether the row had any. */
export interface RowContext {
  line: number;
  failed: boolean;
  report(column: string | null, code: string, message: string): void;
}

/** Turns the parsed values of one file row (in `columns` order, null = empty or bad) into a table row. */
export interface RowBuilder {
  build(v: Value[], c: RowContext): Value[];
  /** Checks that need every row of the file (service item versions). */
  finish?(report: (line: number, column: string | null, code: string, message: string) => void): void;
}

export interface KindSpec {
  kind: RawFileKind;
  table: string;
  columns: ColumnSpec[];
  /** Table columns, in the order `build` returns them. */
  dbColumns: string[];
  /** The row key (SPEC §8): the conflict target of the upsert and the duplicate check. */
  keyColumns: string[];
  /** Indexes into the table row of the event dates that make up the file's [min, max] date. */
  dateIndexes: number[];
  builder(refs: References): RowBuilder;
}

const id = (name: string, optional = false): ColumnSpec => ({ name, type: 'id', maxLength: 64, optional });
const text = (name: string, maxLength?: number): ColumnSpec => ({ name, type: 'text', maxLength });
const date = (name: string, optional = false): ColumnSpec => ({ name, type: 'date', optional });
const timestamp = (name: string, optional = false): ColumnSpec => ({ name, type: 'timestamp', optional });
const enumOf = (name: string, values: readonly string[]): ColumnSpec => ({ name, type: 'enum', values });
const int = (name: string, min: number, max?: number): ColumnSpec => ({ name, type: 'int', min, max });

function checkUnit(refs: References, c: RowContext, column: string, code: Value): void {
  if (code !== null && !refs.units.has(code as string)) {
    c.report(column, E.unknownUnit, `${column} "${code}" is not a known unit (import units first)`);
  }
}

function checkResource(refs: References, c: RowContext, resourceId: Value): void {
  if (resourceId !== null && !refs.resources.has(resourceId as string)) {
    c.report('resource_id', E.unknownResource, `resource_id "${resourceId}" is not a known resource (import resources first)`);
  }
}

/** The date part of a normalised local timestamp. */
const dateOf = (ts: Value): Value => (ts === null ? null : (ts as string).slice(0, 10));

const simple = (check: (refs: References, v: Value[], c: RowContext) => void) => (refs: References): RowBuilder => ({
  build(v, c) {
    check(refs, v, c);
    return v;
  },
});

export const KIND_SPECS: Record<RawFileKind, KindSpec> = {
  units: {
    kind: 'units', table: 'units',
    columns: [id('code'), text('name', 255), enumOf('kind', ['municipal', 'district', 'public_service'])],
    dbColumns: ['code', 'name', 'kind'], keyColumns: ['code'], dateIndexes: [],
    builder: simple(() => {}),
  },
  resources: {
    kind: 'resources', table: 'resources',
    columns: [id('resource_id'), id('unit_code'), text('name', 255),
      enumOf('update_cycle', ['daily', 'weekly', 'monthly', 'quarterly', 'yearly']), date('registered_on'), date('retired_on', true)],
    dbColumns: ['resource_id', 'unit_code', 'name', 'update_cycle', 'registered_on', 'retired_on'],
    keyColumns: ['resource_id'], dateIndexes: [4, 5],
    builder: simple((refs, v, c) => checkUnit(refs, c, 'unit_code', v[1])),
  },
  resource_updates: {
    kind: 'resource_updates', table: 'resource_updates',
    columns: [id('resource_id'), timestamp('updated_at')],
    dbColumns: ['resource_id', 'updated_at', 'updated_on'], keyColumns: ['resource_id', 'updated_at'], dateIndexes: [2],
    builder: (refs) => ({
      build(v, c) {
        checkResource(refs, c, v[0]);
        return [v[0], v[1], dateOf(v[1])];
      },
    }),
  },
  data_calls: {
    kind: 'data_calls', table: 'data_calls',
    columns: [id('resource_id'), id('caller_unit_code'), date('date'), int('count', 0)],
    dbColumns: ['resource_id', 'caller_unit_code', 'called_on', 'count'],
    keyColumns: ['resource_id', 'caller_unit_code', 'called_on'], dateIndexes: [2],
    builder: simple((refs, v, c) => {
      checkResource(refs, c, v[0]);
      checkUnit(refs, c, 'caller_unit_code', v[1]);
    }),
  },
  data_demands: {
    kind: 'data_demands', table: 'data_demands',
    columns: [id('demand_id'), id('provider_unit_code'), id('requester_unit_code'), date('requested_on'), date('due_on'),
      date('fulfilled_on', true), { name: 'satisfaction', type: 'number', min: 1, max: 5, optional: true }],
    dbColumns: ['demand_id', 'provider_unit_code', 'requester_unit_code', 'requested_on', 'due_on', 'fulfilled_on', 'satisfaction'],
    keyColumns: ['demand_id'], dateIndexes: [3, 4, 5],
    builder: simple((refs, v, c) => {
      checkUnit(refs, c, 'provider_unit_code', v[1]);
      checkUnit(refs, c, 'requester_unit_code', v[2]);
    }),
  },
  systems: {
    kind: 'systems', table: 'systems',
    columns: [id('system_id'), id('unit_code'), text('name', 255), date('commissioned_on'), date('retired_on', true)],
    dbColumns: ['system_id', 'unit_code', 'name', 'commissioned_on', 'retired_on'],
    keyColumns: ['system_id'], dateIndexes: [3, 4],
    builder: simple((refs, v, c) => checkUnit(refs, c, 'unit_code', v[1])),
  },
  officers: {
    kind: 'officers', table: 'officers',
    columns: [id('officer_id'), id('unit_code'), text('name', 255), id('scope'), date('appointed_on'), date('ended_on', true),
      date('certified_until')],
    dbColumns: ['officer_id', 'unit_code', 'name', 'scope', 'appointed_on', 'ended_on', 'certified_until'],
    // certified_until is an expiry, often years ahead: not an event date.
    keyColumns: ['officer_id'], dateIndexes: [4, 5],
    builder: simple((refs, v, c) => {
      checkUnit(refs, c, 'unit_code', v[1]);
      const scope = v[3] as string | null;
      if (scope === null || scope === 'unit') return;
      const owner = refs.systems.get(scope);
      if (owner === undefined) {
        c.report('scope', E.unknownSystem, `scope "${scope}" is neither "unit" nor a known system_id (import systems first)`);
      } else if (v[1] !== null && owner !== v[1]) {
        c.report('scope', E.systemOfOtherUnit, `system "${scope}" belongs to unit "${owner}", not "${v[1]}"`);
      }
    }),
  },
  service_items: {
    kind: 'service_items', table: 'service_items',
    columns: [id('item_id'), id('unit_code'), text('name', 255), int('depth_level', 1, 4), date('effective_from'),
      date('effective_to', true)],
    dbColumns: ['item_id', 'effective_from', 'unit_code', 'name', 'depth_level', 'effective_to'],
    keyColumns: ['item_id', 'effective_from'], dateIndexes: [1, 5],
    builder: (refs) => {
      const versions = new ServiceItemVersions(refs.itemVersions);
      return {
        build(v, c) {
          checkUnit(refs, c, 'unit_code', v[1]);
          const [item, unit, , , from, to] = v as Array<string | null>;
          if (from !== null && to !== null && to <= from) {
            c.report('effective_to', E.badRange, `effective_to ${to} must be after effective_from ${from}`);
          } else if (item !== null && unit !== null && from !== null) {
            versions.add(item, { from, to, unit }, c.line);
          }
          return [v[0], v[4], v[1], v[2], v[3], v[5]];
        },
        finish: (report) => versions.check(report),
      };
    },
  },
  cases: {
    kind: 'cases', table: 'cases',
    columns: [id('case_id'), id('item_id'), timestamp('submitted_at'), timestamp('completed_at', true),
      enumOf('channel', ['online', 'offline'])],
    dbColumns: ['case_id', 'item_id', 'unit_code', 'submitted_at', 'submitted_on', 'completed_at', 'completed_on', 'channel'],
    keyColumns: ['case_id'], dateIndexes: [4, 6],
    builder: (refs) => ({
      build(v, c) {
        let unit: string | null = null;
        if (v[1] !== null) {
          unit = refs.itemUnits.get(v[1] as string) ?? null;
          if (unit === null) c.report('item_id', E.unknownItem, `item_id "${v[1]}" is not a known service item (import service_items first)`);
        }
        return [v[0], v[1], unit, v[2], dateOf(v[2]), v[3], dateOf(v[3]), v[4]];
      },
    }),
  },
  ratings: {
    kind: 'ratings', table: 'ratings',
    columns: [id('rating_id'), id('unit_code'), timestamp('rated_at'), int('level', 1, 5), timestamp('rectified_at', true)],
    dbColumns: ['rating_id', 'unit_code', 'rated_at', 'rated_on', 'level', 'rectified_at', 'rectified_on', 'rectify_due_on'],
    keyColumns: ['rating_id'], dateIndexes: [3, 6],
    builder: (refs) => ({
      build(v, c) {
        checkUnit(refs, c, 'unit_code', v[1]);
        const ratedOn = dateOf(v[2]);
        return [v[0], v[1], v[2], ratedOn, v[3], v[4], dateOf(v[4]), ratedOn === null ? null : addDays(ratedOn as string, 15)];
      },
    }),
  },
  incidents: {
    kind: 'incidents', table: 'incidents',
    columns: [id('incident_id'), id('unit_code'), date('occurred_on'), text('severity', 32), text('description')],
    dbColumns: ['incident_id', 'unit_code', 'occurred_on', 'severity', 'description'],
    keyColumns: ['incident_id'], dateIndexes: [2],
    builder: simple((refs, v, c) => checkUnit(refs, c, 'unit_code', v[1])),
  },
  manual_values: {
    kind: 'manual_values', table: 'manual_values',
    columns: [id('indicator_id'), id('unit_code'), { name: 'period', type: 'period' }, { name: 'value', type: 'number' }],
    // period_start/period_end are not stored: they only feed the file's [min, max] date (see import.service.ts).
    dbColumns: ['indicator_id', 'unit_code', 'period', 'value'],
    keyColumns: ['indicator_id', 'unit_code', 'period'], dateIndexes: [],
    builder: simple((refs, v, c) => checkUnit(refs, c, 'unit_code', v[1])),
  },
};

/** The [start, end] dates of a manual value's period, for the file's date range. */
export function manualValueDates(row: Value[]): [string, string] | null {
  const p = row[2] === null ? null : parsePeriod(row[2] as string);
  return p ? [p.start, p.end] : null;
}
