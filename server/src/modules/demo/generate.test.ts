import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkCity, type CityCheck } from './check-city.js';
import { csvRows, SPEC_HEADERS } from './check.js';
import { CITY_FILES, generateCity, type GeneratedSummary } from './generate.js';
import { PRESETS } from './presets.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'demo-city-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function generatePreset(name: string, overrides: { units?: number; months?: number } = {}): Promise<GeneratedSummary> {
  const p = PRESETS[name];
  return generateCity({
    units: overrides.units ?? p.units,
    months: overrides.months ?? p.months,
    startMonth: p.startMonth,
    seed: p.seed,
    scale: p.scale,
    outDir: tempDir(),
  });
}

async function readAll(file: string): Promise<string[][]> {
  const out: string[][] = [];
  for await (const { line, cells } of csvRows(file)) if (line > 1) out.push(cells);
  return out;
}

describe('the smoke city', () => {
  let first: GeneratedSummary;
  let check: CityCheck;

  test('generating twice gives byte-identical files', async () => {
    first = await generatePreset('smoke');
    const second = await generatePreset('smoke');
    const names = readdirSync(first.outDir).sort();
    expect(names).toEqual([...CITY_FILES, 'ABOUT.txt'].sort());
    expect(readdirSync(second.outDir).sort()).toEqual(names);
    for (const name of names) {
      expect(readFileSync(join(second.outDir, name)).equals(readFileSync(join(first.outDir, name))), name).toBe(true);
    }
  });

  test('a different seed gives a different city', async () => {
    const other = await generateCity({ ...PRESETS.smoke, outDir: tempDir(), seed: 8 });
    expect(readFileSync(join(other.outDir, 'cases.csv')).equals(readFileSync(join(first.outDir, 'cases.csv')))).toBe(false);
  });

  test('every file has exactly the SPEC §8 header and valid rows', async () => {
    for (const file of CITY_FILES) {
      const header = readFileSync(join(first.outDir, file), 'utf8').split('\n')[0];
      expect(header, file).toBe(SPEC_HEADERS[file].join(','));
    }
    check = await checkCity(first.outDir);
    expect(check.problems).toEqual([]);
    for (const f of first.files) expect(check.rows[f.file], f.file).toBe(f.rows);
  });

  test('has the N/A paths, ISO timestamps and the incident-prone unit', async () => {
    const units = (await readAll(join(first.outDir, 'units.csv'))).map((c) => c[0]);
    expect(units).toHaveLength(8);
    expect(new Set((await readAll(join(first.outDir, 'units.csv'))).map((c) => c[2]))).toEqual(
      new Set(['municipal', 'district', 'public_service']),
    );
    expect(units.filter((u) => !check.unitsWith.systems.has(u))).toHaveLength(1);
    expect(units.filter((u) => !check.unitsWith.items.has(u))).toHaveLength(1);
    expect(units.filter((u) => !check.unitsWith.resources.has(u))).toHaveLength(1);
    expect(check.isoTimestamps).toBeGreaterThan(0);
    const incidents = await readAll(join(first.outDir, 'incidents.csv'));
    const perUnit = new Map<string, number>();
    for (const c of incidents) perUnit.set(c[1], (perUnit.get(c[1]) ?? 0) + 1);
    expect(Math.max(...perUnit.values())).toBeGreaterThanOrEqual(5);
    expect(readFileSync(join(first.outDir, 'ABOUT.txt'), 'utf8')).toContain('合成演示数据');
  });
});

test('a 75-unit, 2-month city is valid and uses every real unit', async () => {
  const s = await generatePreset('demo', { months: 2 });
  const check = await checkCity(s.outDir);
  expect(check.problems).toEqual([]);
  const units = await readAll(join(s.outDir, 'units.csv'));
  expect(units).toHaveLength(75);
  expect(units.filter((c) => c[2] === 'district')).toHaveLength(16);
  expect(units.map((c) => c[1])).toContain('郑州航空港经济综合实验区');
});

test('a manual indicator gets one value per unit and month when asked for', async () => {
  const s = await generateCity({ ...PRESETS.smoke, outDir: tempDir(), scale: { ...PRESETS.smoke.scale, manualIndicatorId: 'M1' } });
  expect(s.files.find((f) => f.file === 'manual_values.csv')?.rows).toBe(8 * 3);
  expect((await checkCity(s.outDir)).problems).toEqual([]);
  const rows = await readAll(join(s.outDir, 'manual_values.csv'));
  expect(rows[0]).toEqual(['M1', 'ZZ-D-004', '2023-01', expect.stringMatching(/^\d+\.\d$/)]);
});

test('a city of more than 75 units adds numbered units with matching codes', async () => {
  const s = await generateCity({ ...PRESETS.smoke, units: 80, months: 1, outDir: tempDir() });
  const units = await readAll(join(s.outDir, 'units.csv'));
  expect(units).toHaveLength(80);
  expect(units).toContainEqual(['ZZ-M-046', '市第46号直属单位', 'municipal']);
  expect((await checkCity(s.outDir)).problems).toEqual([]);
});

test.each([
  ['2024-02', 1],
  ['2023-11', 14],
])('a city starting %s for %i months is valid', async (startMonth, months) => {
  const s = await generateCity({ ...PRESETS.smoke, units: 12, startMonth, months, outDir: tempDir() });
  expect((await checkCity(s.outDir)).problems).toEqual([]);
});

test.each([
  ['1989-12', 2],
  ['2099-12', 1],
  ['2023-3', 1],
])('a city starting %s for %i months would hold dates SPEC §2 refuses: refused before anything is written', async (startMonth, months) => {
  await expect(generateCity({ ...PRESETS.smoke, startMonth, months, outDir: tempDir() })).rejects.toThrow(/must lie within 1990-01 … 2099-12/);
});
