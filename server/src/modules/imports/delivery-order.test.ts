import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { computeRanking, DEFAULT_SCHEME, type MeasureTable, type UnitKind } from '@scorecard/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { CITY_FILES, generateCity, PRESETS } from '../demo/index.js';
import { Rng } from '../demo/random.js';
import { computeMeasures } from '../measures/index.js';
import { listPeriods } from '../periods/period.service.js';
import { importFile, importPaths } from './index.js';

/**
 * Any order of files and of monthly deliveries gives the scores of one import of everything
 * (issue: U1 went N/A for a year when ratings arrived before that year's resource updates). A small
 * synthetic city across a year end is imported at once into one database, and as monthly deliveries
 * in a seeded random order (dependencies respected: a file never arrives before what it refers to,
 * and some deliveries arrive twice) into another; every period's measures and rankings must match.
 */
const ACTIVITY: Record<string, number> = {
  // file → the column whose month splits it into monthly deliveries
  'resource_updates.csv': 1, 'data_calls.csv': 2, 'data_demands.csv': 3, 'cases.csv': 2, 'ratings.csv': 2, 'incidents.csv': 2,
  'manual_values.csv': 2,
};
/** What a delivery needs imported first (beyond units, which everything needs). */
const NEEDS: Record<string, string[]> = {
  'resource_updates.csv': ['resources.csv'], 'data_calls.csv': ['resources.csv'], 'officers.csv': ['systems.csv'],
  'cases.csv': ['service_items.csv'],
};

interface Delivery {
  file: string;
  path: string;
}

let work: string;
let full: string;
let deliveries: Delivery[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'delivery-order-'));
  full = join(work, 'city');
  const smoke = PRESETS.smoke;
  await generateCity({ units: 6, months: 4, startMonth: '2022-11', seed: 11, scale: { ...smoke.scale, manualIndicatorId: 'M1' }, outDir: full });
  deliveries = splitByMonth(full, join(work, 'deliveries'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Master files whole, activity files one per month (`ratings-2023-01.csv`). */
function splitByMonth(from: string, to: string): Delivery[] {
  mkdirSync(to);
  const out: Delivery[] = [];
  for (const file of CITY_FILES) {
    const [header, ...lines] = readFileSync(join(from, file), 'utf8').split('\n').filter((l) => l !== '');
    const column = ACTIVITY[file];
    if (column === undefined) {
      out.push({ file, path: join(from, file) });
      continue;
    }
    const months = new Map<string, string[]>();
    for (const line of lines) {
      const month = line.split(',')[column].slice(0, 7);
      months.set(month, [...(months.get(month) ?? []), line]);
    }
    for (const [month, rows] of months) {
      const path = join(to, `${file.replace('.csv', '')}-${month}.csv`);
      writeFileSync(path, `${[header, ...rows].join('\n')}\n`);
      out.push({ file, path });
    }
  }
  return out;
}

/** A random order in which every delivery comes after units and after what it refers to; `again` repeated at the end. */
function randomOrder(seed: number, again: number): Delivery[] {
  const rng = new Rng(seed, 'delivery-order');
  const done = new Set<string>();
  const pending = [...deliveries];
  const order: Delivery[] = [];
  while (pending.length > 0) {
    const ready = pending.filter((d) => d.file === 'units.csv'
      || (done.has('units.csv') && (NEEDS[d.file] ?? []).every((n) => done.has(n))));
    const next = ready[rng.int(0, ready.length - 1)];
    pending.splice(pending.indexOf(next), 1);
    order.push(next);
    if (ACTIVITY[next.file] === undefined) done.add(next.file);
  }
  for (let i = 0; i < again; i++) order.push(order[rng.int(1, order.length - 1)]);
  return order;
}

/** The order that broke U1: every other delivery of the new year before its resource updates. */
function updatesLast(): Delivery[] {
  const isUpdate = (d: Delivery): boolean => d.file === 'resource_updates.csv';
  return [...deliveries.filter((d) => !isUpdate(d)), ...deliveries.filter(isUpdate)];
}

interface Scores {
  periods: string[];
  measures: Record<string, MeasureTable>;
  ranks: Record<string, Array<[string, number | null, number | null]>>;
}

async function scores(orm: MikroORM): Promise<Scores> {
  const em = orm.em.fork();
  const periods = (await listPeriods(em)).filter((p) => p.hasData);
  const units = (await em.getConnection().execute<Array<{ code: string; name: string; kind: UnitKind }>>('select code, name, kind from units'));
  const out: Scores = { periods: periods.map((p) => p.id), measures: {}, ranks: {} };
  for (const period of periods) {
    const measures = await computeMeasures(orm.em.fork(), period);
    out.measures[period.id] = measures;
    const ranking = computeRanking({ period, scheme: DEFAULT_SCHEME, units, measures, scope: 'all' });
    out.ranks[period.id] = ranking.rows.map((r) => [r.unitCode, r.rank, r.composite]);
  }
  return out;
}

async function deliver(orm: MikroORM, order: Delivery[]): Promise<void> {
  for (const d of order) {
    const r = await importFile(orm, d.path);
    expect(r.errors, d.path).toEqual([]);
  }
}

describe.each(testDatabases())('delivery order on %s', (kind) => {
  let oneShot: Scores;
  const dbs: TestDatabase[] = [];
  const fresh = async (): Promise<TestDatabase> => {
    const db = await createTestDatabase(kind);
    dbs.push(db);
    return db;
  };
  beforeAll(async () => {
    const db = await fresh();
    const results = await importPaths(db.orm, [full]);
    expect(results.filter((r) => r.status !== 'imported')).toEqual([]);
    oneShot = await scores(db.orm);
  });
  afterAll(async () => {
    for (const db of dbs) await db.drop();
  });

  test('the one-shot import spans a year end and scores U1 in both years', () => {
    expect(oneShot.periods).toEqual(expect.arrayContaining(['2022', '2022-12', '2023', '2023-01', '2023-02']));
    for (const id of ['2022-12', '2023-01']) {
      expect(Object.values(oneShot.measures[id]).filter((m) => m.U1?.value !== null).length, id).toBeGreaterThan(0);
    }
  });

  test('resource updates of the new year arriving last (the order that lost U1)', async () => {
    const db = await fresh();
    await deliver(db.orm, updatesLast());
    expect(await scores(db.orm)).toEqual(oneShot);
  });

  test.each([1, 2, 3])('monthly deliveries in random order #%i, some delivered twice', async (seed) => {
    const db = await fresh();
    await deliver(db.orm, randomOrder(seed, 3));
    expect(await scores(db.orm)).toEqual(oneShot);
  });
});
