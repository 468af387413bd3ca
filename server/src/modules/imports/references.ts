import type { RawFileKind } from './file-kinds.js';
import type { SqlSession } from './sql-session.js';

/** One stored version of a service item. */
export interface ItemVersion {
  from: string;
  to: string | null;
  unit: string;
}

/**
 * The rows other rows refer to, loaded once per file from the database (inside the import's
 * transaction). Only what the file's kind needs is loaded; all of it is small master data.
 */
export interface References {
  units: Set<string>;
  resources: Set<string>;
  /** system_id → unit_code */
  systems: Map<string, string>;
  /** item_id → unit_code (an item never changes unit) */
  itemUnits: Map<string, string>;
  /** item_id → its stored versions (service_items files only) */
  itemVersions: Map<string, ItemVersion[]>;
}

const NEEDS: Record<RawFileKind, Array<keyof References>> = {
  units: [],
  resources: ['units'],
  resource_updates: ['resources'],
  data_calls: ['resources', 'units'],
  data_demands: ['units'],
  systems: ['units'],
  officers: ['units', 'systems'],
  service_items: ['units', 'itemVersions'],
  cases: ['itemUnits'],
  ratings: ['units'],
  incidents: ['units'],
  manual_values: ['units'],
};

export async function loadReferences(session: SqlSession, kind: RawFileKind): Promise<References> {
  const refs: References = {
    units: new Set(), resources: new Set(), systems: new Map(), itemUnits: new Map(), itemVersions: new Map(),
  };
  for (const need of NEEDS[kind]) {
    switch (need) {
      case 'units':
        for (const r of await session.query<{ code: string }>('select code from units')) refs.units.add(r.code);
        break;
      case 'resources':
        for (const r of await session.query<{ id: string }>('select resource_id as id from resources')) refs.resources.add(r.id);
        break;
      case 'systems':
        for (const r of await session.query<{ id: string; unit: string }>('select system_id as id, unit_code as unit from systems')) {
          refs.systems.set(r.id, r.unit);
        }
        break;
      case 'itemUnits':
        for (const r of await session.query<{ id: string; unit: string }>('select distinct item_id as id, unit_code as unit from service_items')) {
          refs.itemUnits.set(r.id, r.unit);
        }
        break;
      case 'itemVersions':
        for (const r of await session.query<{ id: string; f: string; t: string | null; unit: string }>(
          'select item_id as id, effective_from as f, effective_to as t, unit_code as unit from service_items',
        )) {
          const list = refs.itemVersions.get(r.id) ?? [];
          list.push({ from: r.f, to: r.t, unit: r.unit });
          refs.itemVersions.set(r.id, list);
        }
        break;
    }
  }
  return refs;
}
