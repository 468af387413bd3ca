import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { logger } from '../../logger.js';
import { CITY_FILES, generateCity, GENERATOR_VERSION } from './generate.js';
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

/** On first start: loads the demo city when the database has no units yet. Returns whether it loaded. */
export async function loadDemoCityIfEmpty(orm: MikroORM, opts: LoadDemoOptions = {}): Promise<boolean> {
  const rows = await orm.em.getConnection().execute<Array<{ n: number | string }>>('select count(*) as n from units');
  if (Number(rows[0]?.n ?? 0) > 0) return false;
  const started = performance.now();
  logger.info({ preset: opts.preset ?? 'demo' }, 'empty database: loading the synthetic demo city');
  await loadDemoCity(orm, {
    ...opts,
    onProgress: (step, rows) => {
      opts.onProgress?.(step, rows);
      if (step === 'import') logger.info({}, 'demo city generated; importing');
    },
  });
  logger.info({ seconds: Math.round((performance.now() - started) / 100) / 10 }, 'demo city loaded');
  return true;
}
