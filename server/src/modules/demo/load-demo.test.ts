import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/databases.js';
import { importPaths } from '../imports/index.js';
import { CITY_FILES, generateCity, type GeneratedSummary } from './generate.js';
import { demoCityFiles, loadDemoCity, loadDemoCityOnce } from './load-demo.js';
import { PRESETS } from './presets.js';

const TABLES: Record<string, string> = {
  'units.csv': 'units', 'resources.csv': 'resources', 'resource_updates.csv': 'resource_updates',
  'data_calls.csv': 'data_calls', 'data_demands.csv': 'data_demands', 'systems.csv': 'systems',
  'officers.csv': 'officers', 'service_items.csv': 'service_items', 'cases.csv': 'cases', 'ratings.csv': 'ratings',
  'incidents.csv': 'incidents', 'manual_values.csv': 'manual_values',
};

async function count(db: TestDatabase, table: string): Promise<number> {
  const rows = await db.orm.em.getConnection().execute<Array<{ n: number | string }>>(`select count(*) as n from ${table}`);
  return Number(rows[0].n);
}

describe('the smoke city imports cleanly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demo-import-'));
  let db: TestDatabase;
  let summary: GeneratedSummary;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    summary = await generateCity({ ...PRESETS.smoke, outDir: join(dir, 'smoke') });
  });
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('every file is imported with zero errors and every row lands', async () => {
    const results = await importPaths(db.orm, CITY_FILES.map((f) => join(summary.outDir, f)));
    expect(results.map((r) => ({ file: r.file, status: r.status, errors: r.errors.slice(0, 3) }))).toEqual(
      CITY_FILES.map((f) => ({ file: f, status: 'imported', errors: [] })),
    );
    for (const f of summary.files) expect(await count(db, TABLES[f.file]), f.file).toBe(f.rows);
  });

  test('re-importing the same files is idempotent', async () => {
    const results = await importPaths(db.orm, [summary.outDir]);
    expect(results.every((r) => r.status === 'imported' && r.rowsAdded === 0)).toBe(true);
    expect(await count(db, 'cases')).toBe(summary.files.find((f) => f.file === 'cases.csv')?.rows);
  });
});

describe('loadDemoCity', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demo-load-'));
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('loads a preset into an empty database once, reusing the generated files', async () => {
    const opts = { preset: 'smoke', cacheDir: join(dir, 'cache') };
    expect(await loadDemoCityOnce(db.orm, opts)).toBe('loaded');
    expect(await count(db, 'units')).toBe(PRESETS.smoke.units);
    expect(await loadDemoCityOnce(db.orm, opts)).toBe('already-loaded');
    const paths = await demoCityFiles(opts);
    expect(paths.map((p) => p.slice(-30))).toEqual(CITY_FILES.map((f) => join(dir, 'cache', f).slice(-30)));
  });

  test('an unknown preset is an error', async () => {
    await expect(loadDemoCity(db.orm, { preset: 'nope', cacheDir: join(dir, 'x') })).rejects.toThrow(/unknown preset/);
  });
});

// Opt-in (about half a minute): DEMO_FULL_IMPORT=1 npx vitest run src/modules/demo/load-demo.test.ts
describe.skipIf(!process.env.DEMO_FULL_IMPORT)('the demo preset', () => {
  test('imports into SQLite with zero errors in well under a minute', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-full-'));
    const db = await createTestDatabase('sqlite');
    try {
      const t0 = performance.now();
      const summary = await generateCity({ ...PRESETS.demo, outDir: dir });
      const t1 = performance.now();
      const results = await importPaths(db.orm, [dir]);
      const t2 = performance.now();
      process.stderr.write(`demo: ${summary.totalRows} rows, generate ${((t1 - t0) / 1000).toFixed(1)} s, import ${((t2 - t1) / 1000).toFixed(1)} s\n`);
      for (const r of results) process.stderr.write(`  ${r.file} ${r.status} ${r.rowsRead} rows ${(r.durationMs / 1000).toFixed(1)} s\n`);
      expect(results.filter((r) => r.status !== 'imported' || r.errorCount > 0)).toEqual([]);
      expect((t2 - t1) / 1000).toBeLessThan(60);
    } finally {
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
