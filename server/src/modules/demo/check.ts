import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseDateValue, parseTimestampValue, toDayNumber } from '@scorecard/shared';

/**
 * Plain-TypeScript validity checks of a generated city against SPEC §8, independent of the import
 * library (check-city.ts): exact headers, unique keys, resolvable references, enums, dates and
 * timestamps (read with shared's parsers, the one rule for SPEC §2), item versions that never
 * overlap or change unit, and the order of related dates.
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

/** A date `YYYY-MM-DD` that SPEC §2 accepts (a real day from 1990 to 2099). */
export function isDate(text: string): boolean {
  return parseDateValue(text) === text;
}

/** A timestamp of SPEC §2 as Asia/Shanghai local seconds since 1970, or null when invalid. */
export function parseTimestamp(text: string): number | null {
  const ts = parseTimestampValue(text);
  if (!ts) return null;
  const [h, m, s] = ts.local.slice(11).split(':').map(Number);
  return toDayNumber(ts.date) * 86_400 + h * 3600 + m * 60 + s;
}
