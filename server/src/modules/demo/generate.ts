import { mkdir, stat } from 'node:fs/promises';
import { parsePeriod, shiftPeriod, SUPPORTED_DATES } from '@scorecard/shared';
import { join } from 'node:path';
import { writeAbout } from './about.js';
import type { CityContext } from './context.js';
import { writeDataCalls } from './data-calls.js';
import { writeDataDemands } from './data-demands.js';
import { formatDay, monthRange } from './dates.js';
import { writeIncidents } from './incidents.js';
import { writeManualValues } from './manual-values.js';
import { buildOfficers, writeOfficers } from './officers.js';
import { DEFAULT_SCALE, type ScaleOptions } from './presets.js';
import { buildProfiles } from './profiles.js';
import { writeResourceUpdates } from './resource-updates.js';
import { buildResources, writeResources } from './resources.js';
import { buildItems, writeServiceItems } from './service-items.js';
import { buildSystems, writeSystems } from './systems.js';
import { writeCases } from './cases.js';
import { writeRatings } from './ratings.js';
import { buildUnits, writeUnits } from './units.js';

/** Bump when the output for the same options changes (it keys the demo cache). */
export const GENERATOR_VERSION = '1.1.0';

/** The files of SPEC §8 in the order they can be imported (references point backwards). */
export const CITY_FILES = [
  'units.csv', 'resources.csv', 'resource_updates.csv', 'data_calls.csv', 'data_demands.csv', 'systems.csv',
  'officers.csv', 'service_items.csv', 'cases.csv', 'ratings.csv', 'incidents.csv', 'manual_values.csv',
] as const;
export type CityFile = (typeof CITY_FILES)[number];

export interface GenerateOptions {
  units: number;
  months: number;
  /** First month, `YYYY-MM`. */
  startMonth: string;
  seed: number;
  outDir: string;
  scale?: Partial<ScaleOptions>;
  /** Rows written so far in a file: called every ~50,000 rows and once when the file is complete. */
  onProgress?: (file: CityFile, rows: number) => void;
}

export interface GeneratedFile {
  file: CityFile;
  rows: number;
  bytes: number;
}

export interface GeneratedSummary {
  outDir: string;
  units: number;
  months: number;
  startMonth: string;
  seed: number;
  firstDay: string;
  lastDay: string;
  scale: ScaleOptions;
  files: GeneratedFile[];
  totalRows: number;
  seconds: number;
}

const PROGRESS_EVERY = 50_000;

function checkOptions(o: GenerateOptions, scale: ScaleOptions): void {
  if (!Number.isInteger(o.months) || o.months < 1 || o.months > 240) throw new Error(`months must be 1–240, got ${o.months}`);
  // Every generated date must be a valid value (SPEC §2: 1990-01-01 … 2099-12-31), follow-ups included.
  const first = parsePeriod(o.startMonth);
  if (!first || first.kind !== 'month' || !parsePeriod(shiftPeriod(first, o.months).id)) {
    const [from, to] = [SUPPORTED_DATES.start.slice(0, 7), SUPPORTED_DATES.end.slice(0, 7)];
    throw new Error(`the generated months and the month after them (late completions) must lie within ${from} … ${to}; `
      + `got ${o.months} months from ${o.startMonth}`);
  }
  if (!Number.isInteger(o.seed)) throw new Error(`seed must be an integer, got ${o.seed}`);
  for (const [key, value] of Object.entries(scale)) {
    if (typeof value === 'number' && !(Number.isFinite(value) && value >= 0)) throw new Error(`scale.${key} must be ≥ 0`);
  }
}

/**
 * Generates a synthetic city: the 12 raw data files of SPEC §8 and ABOUT.txt in `outDir`.
 * Deterministic: the same options give byte-identical files. Large files are streamed.
 */
export async function generateCity(options: GenerateOptions): Promise<GeneratedSummary> {
  const started = performance.now();
  const scale: ScaleOptions = { ...DEFAULT_SCALE, ...options.scale };
  checkOptions(options, scale);
  const range = monthRange(options.startMonth, options.months);
  const units = buildUnits(options.units);
  await mkdir(options.outDir, { recursive: true });

  let current: CityFile = 'units.csv';
  let reported = 0;
  const monthOfDay = new Int16Array(range.last - range.first + 1);
  for (let m = 0, day = range.first; day <= range.last; day++) {
    if (formatDay(day).endsWith('-01') && day !== range.first) m++;
    monthOfDay[day - range.first] = m;
  }
  const ctx: CityContext = {
    seed: options.seed,
    range,
    scale,
    units,
    profiles: buildProfiles(options.seed, units),
    monthOfDay,
    progress: (rows) => {
      if (rows - reported >= PROGRESS_EVERY) {
        reported = rows;
        options.onProgress?.(current, rows);
      }
    },
  };
  const resources = buildResources(ctx);
  const systems = buildSystems(ctx);
  const officers = buildOfficers(ctx, systems);
  const items = buildItems(ctx);

  const writers: Record<CityFile, (path: string) => Promise<number>> = {
    'units.csv': (p) => writeUnits(p, units),
    'resources.csv': (p) => writeResources(p, resources),
    'resource_updates.csv': (p) => writeResourceUpdates(ctx, p, resources),
    'data_calls.csv': (p) => writeDataCalls(ctx, p, resources),
    'data_demands.csv': (p) => writeDataDemands(ctx, p, resources),
    'systems.csv': (p) => writeSystems(p, systems),
    'officers.csv': (p) => writeOfficers(p, officers),
    'service_items.csv': (p) => writeServiceItems(p, items),
    'cases.csv': (p) => writeCases(ctx, p, items),
    'ratings.csv': (p) => writeRatings(ctx, p, items),
    'incidents.csv': (p) => writeIncidents(ctx, p),
    'manual_values.csv': (p) => writeManualValues(ctx, p),
  };
  const files: GeneratedFile[] = [];
  for (const file of CITY_FILES) {
    current = file;
    reported = 0;
    const path = join(options.outDir, file);
    const rows = await writers[file](path);
    files.push({ file, rows, bytes: (await stat(path)).size });
    options.onProgress?.(file, rows);
  }
  const summary: GeneratedSummary = {
    outDir: options.outDir,
    units: units.length,
    months: options.months,
    startMonth: options.startMonth,
    seed: options.seed,
    firstDay: formatDay(range.first),
    lastDay: formatDay(range.last),
    scale,
    files,
    totalRows: files.reduce((sum, f) => sum + f.rows, 0),
    seconds: 0,
  };
  await writeAbout(join(options.outDir, 'ABOUT.txt'), { ...summary, version: GENERATOR_VERSION });
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
