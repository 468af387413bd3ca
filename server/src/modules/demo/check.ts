import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { dayFromParts } from './dates.js';

/**
 * Plain-TypeScript validity checks of a generated city against SPEC §8 (independent of the import
 * library): exact headers, unique keys, resolvable references, enums, dates and timestamps, item
 * versions that never overlap or change unit, and the order of related dates.
 */

export const SPEC_HEADERS: Readonly<Record<string, readonly string[]>> = {
  'units.csv': ['code', 'name', 'kind'],
  'resources.csv': ['resource_id', 'unit_code', 'name', 'update_cycle', 'registered_on', 'retired_on'],
  'resource_updates.csv': ['resource_id', 'updated_at'],
  'data_calls.csv': ['resource_id', 'caller_unit_code', 'date', 'count'],
  'data_demands.csv': ['demand_id', 'provider_unit_code', 'requester_unit_code', 'requested_on', 'due_on', 'fulfilled_on', 'satisfaction'],
  'systems.csv': ['system_id', 'unit_code', 'name', 'commissioned_on', 'retired_on'],
  'officers.csv': ['officer_id', 'unit_code', 'name', 'scope', 'appointed_on', 'ended_on', 'certified_until'],
  'service_items.csv': ['item_id', 'unit_code', 'name', 'depth_level', 'effective_from', 'effective_to'],
  'cases.csv': ['case_id', 'item_id', 'submitted_at', 'completed_at', 'channel'],
  'ratings.csv': ['rating_id', 'unit_code', 'rated_at', 'level', 'rectified_at'],
  'incidents.csv': ['incident_id', 'unit_code', 'occurred_on', 'severity', 'description'],
  'manual_values.csv': ['indicator_id', 'unit_code', 'period', 'value'],
};

/** Splits one CSV line (RFC 4180 quoting; generated files never have line breaks inside a field). */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

export async function* csvRows(path: string): AsyncGenerator<{ line: number; cells: string[] }> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    yield { line, cells: splitCsvLine(text) };
  }
}

/** A date `YYYY-MM-DD` that exists on the calendar. */
export function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= dayFromParts(y, mo + 1, 1) - dayFromParts(y, mo, 1);
}

const TS_LOCAL = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/;
const TS_ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/** A timestamp of SPEC §2 as Asia/Shanghai local seconds since 1970, or null when invalid. */
export function parseTimestamp(text: string): number | null {
  const m = TS_LOCAL.exec(text) ?? TS_ISO.exec(text);
  if (!m || !isDate(m[1])) return null;
  const [h, mi, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return null;
  const [y, mo, d] = m[1].split('-').map(Number);
  let seconds = dayFromParts(y, mo, d) * 86_400 + h * 3600 + mi * 60 + s;
  const offset = m[5];
  if (offset !== undefined) {
    const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    seconds += (8 * 60 - minutes) * 60;
  }
  return seconds;
}
