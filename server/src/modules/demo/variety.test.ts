import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkCity } from './check-city.js';
import { csvRows, parseTimestamp } from './check.js';
import { dayOf } from './dates.js';
import { generateCity, type GeneratedSummary } from './generate.js';
import { PRESETS } from './presets.js';
import { buildProfiles } from './profiles.js';
import { buildUnits, realUnits } from './units.js';

async function rowsOf(dir: string, file: string): Promise<string[][]> {
  const out: string[][] = [];
  for await (const { line, cells } of csvRows(join(dir, file))) if (line > 1) out.push(cells);
  return out;
}

test('the real unit catalog: 45 municipal, 14 public-service, 16 districts, stable unique codes', () => {
  const units = realUnits();
  expect(units).toHaveLength(75);
  expect(units.filter((u) => u.kind === 'district')).toHaveLength(16);
  expect(units.filter((u) => u.kind !== 'district')).toHaveLength(59);
  expect(units.find((u) => u.name === '市税务局')?.code).toBe('ZZ-M-038');
  expect(new Set(units.map((u) => u.code)).size).toBe(75);
  const big = buildUnits(1000);
  expect(new Set(big.map((u) => u.code)).size).toBe(1000);
  expect(big.every((u) => /^ZZ-[MDP]-\d{3,}$/.test(u.code))).toBe(true);
  expect(new Set(buildUnits(3).map((u) => u.kind)).size).toBe(3);
});

test('the demo profile set has every N/A path and every trend', () => {
  const p = PRESETS.demo;
  const profiles = [...buildProfiles(p.seed, buildUnits(p.units)).values()];
  expect(profiles.filter((x) => !x.hasSystems).map((x) => x.unit.name)).toEqual(['市统计局']);
  expect(profiles.filter((x) => !x.hasItems).map((x) => x.unit.name)).toEqual(['市审计局']);
  expect(profiles.filter((x) => !x.hasResources).map((x) => x.unit.name)).toEqual(['市热力总公司']);
  expect(profiles.filter((x) => x.incidentProne)).toHaveLength(1);
  const archetypes = new Set(profiles.map((x) => x.archetype));
  for (const a of ['excellent', 'failing', 'improving', 'declining']) expect(archetypes).toContain(a);
  expect(Math.max(...profiles.map((x) => x.callPopularity))).toBeGreaterThan(0.7);
  expect(Math.min(...profiles.map((x) => x.callPopularity))).toBeLessThan(-1);
});

describe('the demo preset', () => {
  let s: GeneratedSummary;
  let dir: string;
  const first = dayOf('2022-01-01');
  const last = dayOf('2023-12-31');
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'demo-variety-'));
    s = await generateCity({ ...PRESETS.demo, outDir: dir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('is valid and sized for a quick SQLite load (≈1M rows)', async () => {
    expect(s.totalRows).toBeGreaterThan(600_000);
    expect(s.totalRows).toBeLessThan(1_500_000);
    const check = await checkCity(dir);
    expect(check.problems).toEqual([]);
    expect(check.isoTimestamps).toBeGreaterThan(100);
  });

  test('officers: lapsed certificates and ended appointments within the range', async () => {
    const officers = await rowsOf(dir, 'officers.csv');
    const inRange = (d: string): boolean => d !== '' && dayOf(d) >= first && dayOf(d) < last;
    expect(officers.filter((o) => o[5] === '' && inRange(o[6])).length).toBeGreaterThan(3);
    expect(officers.filter((o) => inRange(o[5])).length).toBeGreaterThan(3);
    expect(officers.some((o) => o[3] === 'unit') && officers.some((o) => o[3] !== 'unit')).toBe(true);
  });

  test('ratings lean to 4–5; bad ones rectified on time, late and never', async () => {
    const ratings = await rowsOf(dir, 'ratings.csv');
    const share = (pred: (r: string[]) => boolean): number => ratings.filter(pred).length / ratings.length;
    expect(share((r) => r[3] === '4' || r[3] === '5')).toBeGreaterThan(0.75);
    const bad = ratings.filter((r) => Number(r[3]) <= 2);
    const days = (r: string[]): number => Math.floor((parseTimestamp(r[4]) as number) / 86400) - Math.floor((parseTimestamp(r[2]) as number) / 86400);
    expect(bad.filter((r) => r[4] !== '' && days(r) <= 15).length).toBeGreaterThan(100);
    expect(bad.filter((r) => r[4] !== '' && days(r) > 15).length).toBeGreaterThan(50);
    expect(bad.filter((r) => r[4] === '' && dayOf(r[2].slice(0, 10)) < last - 90).length).toBeGreaterThan(50);
  });

  test('items change depth over time; some arrive mid-period, some are withdrawn', async () => {
    const versions = await rowsOf(dir, 'service_items.csv');
    const byItem = new Map<string, string[][]>();
    for (const v of versions) byItem.set(v[0], [...(byItem.get(v[0]) ?? []), v]);
    const items = [...byItem.values()];
    expect(items.filter((vs) => new Set(vs.map((v) => v[3])).size > 1).length).toBeGreaterThan(50);
    expect(items.filter((vs) => dayOf(vs[0][4]) > first).length).toBeGreaterThan(20);
    expect(items.filter((vs) => vs[vs.length - 1][5] !== '').length).toBeGreaterThan(5);
  });

  test('resources registered mid-period and retired; calls far above and below the E1 target', async () => {
    const resources = await rowsOf(dir, 'resources.csv');
    expect(resources.filter((r) => dayOf(r[4]) > first).length).toBeGreaterThan(50);
    expect(resources.filter((r) => r[5] !== '').length).toBeGreaterThan(10);
    const owner = new Map(resources.map((r) => [r[0], r[1]]));
    const monthly = new Map<string, number>();
    for (const c of await rowsOf(dir, 'data_calls.csv')) {
      const unit = owner.get(c[0]) as string;
      if (unit === c[1] || !c[2].startsWith('2023-06')) continue;
      monthly.set(unit, (monthly.get(unit) ?? 0) + Number(c[3]));
    }
    const volumes = [...monthly.values()];
    expect(Math.max(...volumes)).toBeGreaterThan(50_000);
    expect(Math.min(...volumes)).toBeLessThan(1_000);
  });

  test('cases online and offline, some never completed; demands late, never and unrated', async () => {
    const cases = await rowsOf(dir, 'cases.csv');
    const online = cases.filter((c) => c[4] === 'online').length / cases.length;
    expect(online).toBeGreaterThan(0.2);
    expect(online).toBeLessThan(0.8);
    expect(cases.filter((c) => c[3] === '' && c[2] < '2023-06').length).toBeGreaterThan(100);
    const demands = await rowsOf(dir, 'data_demands.csv');
    expect(demands.filter((d) => d[5] !== '' && d[5] > d[4]).length).toBeGreaterThan(50);
    expect(demands.filter((d) => d[5] === '' && d[4] < '2023-06-01').length).toBeGreaterThan(50);
    expect(demands.filter((d) => d[5] !== '' && d[6] === '').length).toBeGreaterThan(50);
  });

  test('a few incidents over a handful of units, one unit with ≥ 5 in 2023', async () => {
    const incidents = await rowsOf(dir, 'incidents.csv');
    const in2023 = new Map<string, number>();
    for (const i of incidents) if (i[2].startsWith('2023')) in2023.set(i[1], (in2023.get(i[1]) ?? 0) + 1);
    expect(Math.max(...in2023.values())).toBeGreaterThanOrEqual(5);
    expect(new Set(incidents.map((i) => i[1])).size).toBeGreaterThan(1);
    expect(new Set(incidents.map((i) => i[3]))).toEqual(new Set(['low', 'medium', 'high']));
  });
});
