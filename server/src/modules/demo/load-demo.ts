import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { logger } from '../../logger.js';
import { CITY_FILES, generateCity, GENERATOR_VERSION } from './generate.js';
import { claimDataLoad } from './load-lock.js';
import { PRESETS } from './presets.js';

export interface LoadDemoOptions {
  /** A key of PRESETS; `demo` by default. */
  preset?: string;
  /** Where generated files are cached; `./data/demo-cache/<preset>-<version>-<seed>` by default. */
  cacheDir?: string;
  onProgress?: (step: string, rows: number) => void;
}

/** The import library is loaded only when a demo city is actually imported. */
async function loadImportPaths(): Promise<ImportPaths> {
  return (await import('../imports/index.js')).importPaths;
}
type ImportPaths = typeof import('../imports/index.js').importPaths;

const MARKER = 'generator.json';

/** Generates the preset once into the cache directory (reused while version and options match). */
export async function demoCityFiles(opts: LoadDemoOptions = {}): Promise<string[]> {
  const name = opts.preset ?? 'demo';
  const preset = PRESETS[name];
  if (!preset) throw new Error(`unknown preset "${name}" (one of ${Object.keys(PRESETS).join(', ')})`);
  const key = `${name}-${GENERATOR_VERSION}-${preset.seed}`;
  const dir = opts.cacheDir ?? resolve(process.cwd(), 'data', 'demo-cache', key);
  const marker = JSON.stringify({ key, version: GENERATOR_VERSION, preset: { ...preset, description: undefined } });
  const markerPath = join(dir, MARKER);
  const cached = existsSync(markerPath) && (await readFile(markerPath, 'utf8')) === marker;
  if (!cached) {
    await rm(markerPath, { force: true });
    await generateCity({
      units: preset.units,
      months: preset.months,
      startMonth: preset.startMonth,
      seed: preset.seed,
      scale: preset.scale,
      outDir: dir,
      onProgress: (file, rows) => opts.onProgress?.(`generate ${file}`, rows),
    });
    // Written last: a half-generated directory is never mistaken for a complete one.
    await writeFile(markerPath, marker, 'utf8');
  }
  return CITY_FILES.map((f) => join(dir, f));
}

/** Generates (or reuses) the demo city and imports every file; throws with the first errors if any file is rejected. */
export async function loadDemoCity(orm: MikroORM, opts: LoadDemoOptions = {}): Promise<void> {
  const paths = await demoCityFiles(opts);
  const importPaths = await loadImportPaths();
  opts.onProgress?.('import', 0);
  const results = await importPaths(orm, paths);
  const failed = results.filter((r) => r.status !== 'imported' || r.errorCount > 0);
  if (failed.length > 0) {
    const detail = JSON.stringify(failed.map((r) => ({ file: r.file, errors: r.errors.slice(0, 5) }))).slice(0, 2000);
    throw new Error(`the demo city did not import cleanly: ${detail}`);
  }
}

/** The demo city's row in data_loads (its lock and completeness, load-lock.ts). */
export const DEMO_LOAD_ID = 'demo-city';

export type DemoLoadOutcome = 'loaded' | 'already-loaded' | 'loading-elsewhere';

export interface CompleteLoad {
  /** What else belongs to the load (the demo users): done before it is marked complete. */
  beforeComplete?: () => Promise<void>;
}

/** Units without a data_loads row: data loaded before the lock existed, or imported by hand (DEMO_DATA=false). */
async function hasDataOfItsOwn(orm: MikroORM): Promise<boolean> {
  const [row] = await orm.em.getConnection().execute<Array<{ units: number | string; marked: number | string }>>(
    'select (select count(*) from units) as units, (select count(*) from data_loads where id = ?) as marked',
    [DEMO_LOAD_ID],
  );
  return Number(row?.units ?? 0) > 0 && Number(row?.marked ?? 0) === 0;
}

/**
 * Loads the demo city once for every process that shares the database: the process that claims the
 * load (load-lock.ts) generates and imports it and marks it complete; a process that finds it being
 * loaded elsewhere returns `loading-elsewhere` (waitForDemoCity waits for it). While the load is not
 * complete, no process scores anything: the data version cannot be read (DATA_LOADING, HTTP 503,
 * modules/scoring/data-version.ts). A database that already has units of its own is left alone. A
 * failed load is marked failed and retried by the next start; a load whose process died is taken
 * over once its heartbeat is stale.
 */
export async function loadDemoCityOnce(orm: MikroORM, opts: LoadDemoOptions & CompleteLoad = {}): Promise<DemoLoadOutcome> {
  if (await hasDataOfItsOwn(orm)) return 'already-loaded';
  const claim = await claimDataLoad(orm, DEMO_LOAD_ID);
  if (claim.kind === 'complete') return 'already-loaded';
  if (claim.kind === 'elsewhere') return 'loading-elsewhere';
  const started = performance.now();
  logger.info({ preset: opts.preset ?? 'demo' }, 'loading the synthetic demo city');
  try {
    await loadDemoCity(orm, {
      ...opts,
      onProgress: (step, rows) => {
        opts.onProgress?.(step, rows);
        if (step === 'import') logger.info({}, 'demo city generated; importing');
      },
    });
    await opts.beforeComplete?.();
  } catch (err) {
    await claim.release(false);
    throw err;
  }
  await claim.release(true);
  logger.info({ seconds: Math.round((performance.now() - started) / 100) / 10 }, 'demo city loaded');
  return 'loaded';
}

/**
 * The demo city, loaded here or by another process: a process that finds another one loading it
 * waits (reading only: on SQLite a write would wait on the loader's transactions), and takes the load
 * over if that process dies or fails. Resolves with what happened here: `loaded` or `already-loaded`.
 */
export async function waitForDemoCity(orm: MikroORM, opts: LoadDemoOptions & CompleteLoad & { pollMs?: number } = {}): Promise<DemoLoadOutcome> {
  let outcome = await loadDemoCityOnce(orm, opts);
  if (outcome === 'loading-elsewhere') logger.info({}, 'another process is loading the demo city: waiting for it to finish');
  while (outcome === 'loading-elsewhere') {
    await new Promise((resolve) => setTimeout(resolve, opts.pollMs ?? 2000));
    outcome = await loadDemoCityOnce(orm, opts);
  }
  return outcome;
}
