import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecord, parseDateValue, parsePeriod, parseTimestampValue } from '@scorecard/shared';
import { CITY_FILES } from '../../demo/index.js';
import { CsvParser } from '../../imports/csv-reader.js';

/**
 * What each raw file looks like if time had stopped at `cutoff`: records dated on or after it are
 * gone (`drop`), later follow-up dates of earlier records are empty (`clear`, with the columns that go
 * with them), and rows referring to a record that is gone go too. One exception, on purpose: a
 * rating's rectification stays, because SPEC §4 counts it in the rating's own month (R2: within 15
 * days), so a month's R2 is only final 15 days after it ends (docs/insights.md).
 */
interface FileRule {
  drop: string[];
  clear?: string[][];
  /** Column holding the record's id, when other files refer to it. */
  id?: string;
  /** [column, file]: the row goes when it refers to a record of `file` that is gone. */
  refs?: Array<[string, string]>;
  /** manual_values: the period column. */
  period?: string;
}

const RULES: Record<string, FileRule> = {
  'units.csv': { drop: [] },
  'resources.csv': { drop: ['registered_on'], clear: [['retired_on']], id: 'resource_id' },
  'resource_updates.csv': { drop: ['updated_at'], refs: [['resource_id', 'resources.csv']] },
  'data_calls.csv': { drop: ['date'], refs: [['resource_id', 'resources.csv']] },
  'data_demands.csv': { drop: ['requested_on'], clear: [['fulfilled_on', 'satisfaction']] },
  'systems.csv': { drop: ['commissioned_on'], clear: [['retired_on']], id: 'system_id' },
  'officers.csv': { drop: ['appointed_on'], clear: [['ended_on']], refs: [['scope', 'systems.csv']] },
  'service_items.csv': { drop: ['effective_from'], clear: [['effective_to']], id: 'item_id' },
  'cases.csv': { drop: ['submitted_at'], clear: [['completed_at']], refs: [['item_id', 'service_items.csv']] },
  'ratings.csv': { drop: ['rated_at'] },
  'incidents.csv': { drop: ['occurred_on'] },
  'manual_values.csv': { drop: [], period: 'period' },
};

function dateOf(cell: string): string | null {
  return parseDateValue(cell) ?? parseTimestampValue(cell)?.date ?? null;
}

/** Writes the city of `fromDir` as of `cutoff` (exclusive) into `toDir`. */
export function truncateCity(fromDir: string, toDir: string, cutoff: string): void {
  mkdirSync(toDir, { recursive: true });
  const kept = new Map<string, Set<string>>();
  for (const file of CITY_FILES) {
    const rule = RULES[file]!;
    const parser = new CsvParser();
    const [header, ...rows] = parser
      .push(readFileSync(join(fromDir, file), 'utf8').replace(/^\uFEFF/, ''), true)
      .map((r) => r.cells.map(String));
    const col = (name: string) => header!.indexOf(name);
    const out: string[][] = [];
    for (const row of rows) {
      if (rule.drop.some((c) => (dateOf(row[col(c)] ?? '') ?? '') >= cutoff)) continue;
      if (rule.period && (parsePeriod(row[col(rule.period)] ?? '')?.start ?? '') >= cutoff) continue;
      if (rule.refs?.some(([c, f]) => row[col(c)] !== 'unit' && !kept.get(f)?.has(row[col(c)] ?? ''))) continue;
      for (const [date, ...others] of rule.clear ?? []) {
        if ((dateOf(row[col(date!)] ?? '') ?? '') >= cutoff) for (const c of [date!, ...others]) row[col(c)] = '';
      }
      out.push(row);
    }
    if (rule.id) kept.set(file, new Set(out.map((r) => r[col(rule.id!)] ?? '')));
    writeFileSync(join(toDir, file), [header!, ...out].map((r) => csvRecord(r)).join('\n') + '\n');
  }
}
