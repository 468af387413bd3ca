import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { addDays, parseTimestampValue } from '@scorecard/shared';
import { parse } from 'csv-parse/sync';
import { run, type SqlParam } from '../db.js';

/**
 * A stand-in for the import library, used by the measure tests only: writes the fixture CSVs into
 * the raw tables with the columns the importer derives (local timestamps, `*_on` dates, the case's
 * unit from its item, rectify_due_on = rated_on + 15). No validation: the fixture is hand-checked.
 */
export async function loadFixture(em: EntityManager, dir: string): Promise<void> {
  const read = (file: string): Array<Record<string, string>> =>
    parse(readFileSync(join(dir, file), 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
  const opt = (v: string | undefined): string | null => (v === undefined || v === '' ? null : v);
  const ts = (v: string): { at: string; on: string } => {
    const p = parseTimestampValue(v);
    if (!p) throw new Error(`bad timestamp in fixture: ${v}`);
    return { at: p.local, on: p.date };
  };
  const insert = async (table: string, columns: string[], rows: SqlParam[][]): Promise<void> => {
    for (const row of rows) {
      await run(em, `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`, row);
    }
  };

  await insert('units', ['code', 'name', 'kind'], read('units.csv').map((r) => [r.code, r.name, r.kind]));
  await insert('resources', ['resource_id', 'unit_code', 'name', 'update_cycle', 'registered_on', 'retired_on'],
    read('resources.csv').map((r) => [r.resource_id, r.unit_code, r.name, r.update_cycle, r.registered_on, opt(r.retired_on)]));
  await insert('resource_updates', ['resource_id', 'updated_at', 'updated_on'],
    read('resource_updates.csv').map((r) => { const t = ts(r.updated_at); return [r.resource_id, t.at, t.on]; }));
  await insert('data_calls', ['resource_id', 'caller_unit_code', 'called_on', 'count'],
    read('data_calls.csv').map((r) => [r.resource_id, r.caller_unit_code, r.date, Number(r.count)]));
  await insert('data_demands', ['demand_id', 'provider_unit_code', 'requester_unit_code', 'requested_on', 'due_on', 'fulfilled_on', 'satisfaction'],
    read('data_demands.csv').map((r) => [r.demand_id, r.provider_unit_code, r.requester_unit_code, r.requested_on, r.due_on,
      opt(r.fulfilled_on), r.satisfaction ? Number(r.satisfaction) : null]));
  await insert('systems', ['system_id', 'unit_code', 'name', 'commissioned_on', 'retired_on'],
    read('systems.csv').map((r) => [r.system_id, r.unit_code, r.name, r.commissioned_on, opt(r.retired_on)]));
  await insert('officers', ['officer_id', 'unit_code', 'name', 'scope', 'appointed_on', 'ended_on', 'certified_until'],
    read('officers.csv').map((r) => [r.officer_id, r.unit_code, r.name, r.scope, r.appointed_on, opt(r.ended_on), r.certified_until]));
  const items = read('service_items.csv');
  await insert('service_items', ['item_id', 'effective_from', 'unit_code', 'name', 'depth_level', 'effective_to'],
    items.map((r) => [r.item_id, r.effective_from, r.unit_code, r.name, Number(r.depth_level), opt(r.effective_to)]));
  const unitOfItem = new Map(items.map((r) => [r.item_id, r.unit_code]));
  await insert('cases', ['case_id', 'item_id', 'unit_code', 'submitted_at', 'submitted_on', 'completed_at', 'completed_on', 'channel'],
    read('cases.csv').map((r) => {
      const s = ts(r.submitted_at);
      const c = r.completed_at ? ts(r.completed_at) : null;
      return [r.case_id, r.item_id, unitOfItem.get(r.item_id) ?? null, s.at, s.on, c?.at ?? null, c?.on ?? null, r.channel];
    }));
  await insert('ratings', ['rating_id', 'unit_code', 'rated_at', 'rated_on', 'level', 'rectified_at', 'rectified_on', 'rectify_due_on'],
    read('ratings.csv').map((r) => {
      const t = ts(r.rated_at);
      const f = r.rectified_at ? ts(r.rectified_at) : null;
      return [r.rating_id, r.unit_code, t.at, t.on, Number(r.level), f?.at ?? null, f?.on ?? null, addDays(t.on, 15)];
    }));
  await insert('incidents', ['incident_id', 'unit_code', 'occurred_on', 'severity', 'description'],
    read('incidents.csv').map((r) => [r.incident_id, r.unit_code, r.occurred_on, r.severity, r.description]));
  await insert('manual_values', ['indicator_id', 'unit_code', 'period', 'value'],
    read('manual_values.csv').map((r) => [r.indicator_id, r.unit_code, r.period, Number(r.value)]));
}
