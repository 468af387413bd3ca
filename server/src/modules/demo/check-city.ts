import { join } from 'node:path';
import { CITY_FILE_CHECKS } from './check-city-files.js';
import { csvRows, isDate, parseTimestamp, SPEC_HEADERS } from './check.js';
import { dayOf } from './dates.js';

export interface CityCheck {
  problems: string[];
  rows: Record<string, number>;
  /** Units with at least one row in the file, by file. */
  unitsWith: Record<'resources' | 'systems' | 'items' | 'ratings' | 'incidents', Set<string>>;
  isoTimestamps: number;
}

/** Problems kept (the count of the rest is not needed: one is enough to fail a test). */
const MAX_PROBLEMS = 200;

/**
 * What the checks of one city share: the problems found, what earlier files defined (units,
 * resources, systems, item versions) and the small readers every file check uses.
 */
export class CityChecker {
  readonly problems: string[] = [];
  readonly rows: Record<string, number> = {};
  readonly unitsWith: CityCheck['unitsWith'] = {
    resources: new Set(), systems: new Set(), items: new Set(), ratings: new Set(), incidents: new Set(),
  };
  isoTimestamps = 0;
  readonly units = new Set<string>();
  readonly resources = new Set<string>();
  readonly systems = new Set<string>();
  readonly itemVersions = new Map<string, Array<{ unit: string; from: number; to: number | null; line: number }>>();
  /** The file being checked. */
  file = '';

  fail(line: number, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(`${this.file}:${line}: ${message}`);
  }

  /** A date's day number, or null (reported unless empty and optional). */
  date(line: number, text: string, optional = false): number | null {
    if (text === '' && optional) return null;
    if (!isDate(text)) {
      this.fail(line, `bad date "${text}"`);
      return null;
    }
    return dayOf(text);
  }

  /** A timestamp's Shanghai local seconds, or null (reported unless empty and optional). */
  timestamp(line: number, text: string, optional = false): number | null {
    if (text === '' && optional) return null;
    const v = parseTimestamp(text);
    if (v === null) this.fail(line, `bad timestamp "${text}"`);
    if (text.includes('T')) this.isoTimestamps++;
    return v;
  }

  unit(line: number, code: string): void {
    if (!this.units.has(code)) this.fail(line, `unknown unit ${code}`);
  }

  oneOf(line: number, value: string, allowed: readonly string[]): void {
    if (!allowed.includes(value)) this.fail(line, `"${value}" not one of ${allowed.join('/')}`);
  }

  intIn(line: number, text: string, lo: number, hi: number): void {
    if (!/^\d+$/.test(text) || Number(text) < lo || Number(text) > hi) this.fail(line, `"${text}" not an integer ${lo}–${hi}`);
  }

  /** Reports `what` when the second date (or timestamp) is before the first. */
  notBefore(line: number, a: number | null, b: number | null, what: string): void {
    if (a !== null && b !== null && b < a) this.fail(line, what);
  }

  /** Checks every row of one file: header, cell count, unique key, then the file's own check. */
  async checkFile(dir: string, file: string, onRow: (cells: string[], line: number) => void): Promise<void> {
    this.file = file;
    const seen = new Set<string>();
    let count = 0;
    for await (const { line, cells } of csvRows(join(dir, file))) {
      if (line === 1) {
        if (cells.join(',') !== SPEC_HEADERS[file].join(',')) this.fail(1, `header ${cells.join(',')}`);
        continue;
      }
      if (cells.length !== SPEC_HEADERS[file].length) this.fail(line, `${cells.length} cells`);
      count++;
      const key = keyOf(file, cells);
      if (seen.has(key)) this.fail(line, `duplicate key ${key}`);
      seen.add(key);
      onRow(cells, line);
    }
    this.rows[file] = count;
  }
}

/** SPEC §8 row keys (timestamps compared as instants, so two spellings of one instant collide). */
function keyOf(file: string, c: string[]): string {
  if (file === 'resource_updates.csv') return `${c[0]}|${parseTimestamp(c[1])}`;
  if (file === 'data_calls.csv' || file === 'manual_values.csv') return `${c[0]}|${c[1]}|${c[2]}`;
  if (file === 'service_items.csv') return `${c[0]}|${c[4]}`;
  return c[0];
}

/** Checks every file of a generated city; `problems` is empty when the city is valid (capped at 200). */
export async function checkCity(dir: string): Promise<CityCheck> {
  const checker = new CityChecker();
  for (const [file, check] of CITY_FILE_CHECKS) {
    await checker.checkFile(dir, file, (cells, line) => check.row(checker, cells, line));
    check.after?.(checker);
  }
  const { problems, rows, unitsWith, isoTimestamps } = checker;
  return { problems, rows, unitsWith, isoTimestamps };
}
