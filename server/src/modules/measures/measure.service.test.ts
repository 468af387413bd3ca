import { fileURLToPath } from 'node:url';
import { requirePeriod } from '@scorecard/shared';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { everyTable } from '../../test/tables.js';
import { computeMeasures, listEvidence, MeasureService } from './index.js';
import { loadMeasureFixture } from './testing/fixture.js';

const FIXTURE_DIR = fileURLToPath(new URL('./fixtures', import.meta.url));
const MARCH = requirePeriod('2023-03');

describe.each(testDatabases())('measure statements and cache on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await loadMeasureFixture(db.orm, FIXTURE_DIR);
  });
  afterAll(async () => db?.drop());
  afterEach(() => vi.restoreAllMocks());

  const exec = async (sql: string): Promise<void> => {
    await db.orm.em.getConnection().execute(sql, [], 'run');
  };
  const countStatements = async (run: () => Promise<unknown>): Promise<number> => {
    const spy = vi.spyOn(db.orm.em.getConnection(), 'execute');
    await run();
    const n = spy.mock.calls.length;
    spy.mockRestore();
    return n;
  };

  test('computeMeasures issues the same number of statements for 4 units as for 44 (no N+1)', async () => {
    await computeMeasures(db.orm.em.fork(), MARCH); // warms statement caches
    const before = await countStatements(() => computeMeasures(db.orm.em.fork(), MARCH));
    for (let i = 0; i < 40; i++) {
      const code = `X${String(i).padStart(2, '0')}`;
      await exec(`insert into units (code, name, kind) values ('${code}', 'unit ${code}', 'district')`);
      await exec(`insert into resources (resource_id, unit_code, name, update_cycle, registered_on) values ('R${code}', '${code}', 'r', 'daily', '2023-01-01')`);
      await exec(`insert into incidents (incident_id, unit_code, occurred_on, severity, description) values ('I${code}', '${code}', '2023-03-02', 'low', 'x')`);
    }
    // SPEC §4: March 2023 has 31 daily windows, 4 weekly, 1 monthly, 1 quarterly and 0 yearly ones.
    for (const cycle of ['weekly', 'monthly', 'quarterly', 'yearly']) {
      await exec(`insert into resources (resource_id, unit_code, name, update_cycle, registered_on) values ('RX00-${cycle}', 'X00', 'r', '${cycle}', '2020-01-01')`);
    }
    const table = await computeMeasures(db.orm.em.fork(), MARCH);
    expect(table.X00?.U1).toEqual({ value: 0, numerator: 0, denominator: 31 + 4 + 1 + 1 + 0 });
    const after = await countStatements(() => computeMeasures(db.orm.em.fork(), MARCH));
    expect(Object.keys(table)).toHaveLength(44);
    expect(table.X07?.U1).toEqual({ value: 0, numerator: 0, denominator: 31 });
    expect(table.X07?.P?.value).toBe(1);
    expect(after).toBe(before);
    expect(before).toBeLessThanOrEqual(16);
    for (let i = 0; i < 40; i++) {
      const code = `X${String(i).padStart(2, '0')}`;
      await exec(`delete from incidents where unit_code = '${code}'`);
      await exec(`delete from resources where unit_code = '${code}'`);
      await exec(`delete from units where code = '${code}'`);
    }
  });

  test('computing measures and evidence writes nothing, even for a period no import gave a calendar', async () => {
    const before = await everyTable(db.orm);
    const far = requirePeriod('2031-05');
    const table = await computeMeasures(db.orm.em.fork(), far);
    expect(table.A01?.U1).toEqual({ value: null, numerator: null, denominator: null });
    await listEvidence(db.orm.em.fork(), { unitCode: 'A01', indicatorId: 'U1', period: far });
    await computeMeasures(db.orm.em.fork(), MARCH);
    expect(await everyTable(db.orm)).toEqual(before);
  });

  test('measuresFor caches per period and recomputes after an import batch lands', async () => {
    const service = new MeasureService(db.orm);
    const other = new MeasureService(db.orm); // another server process
    const first = await service.measuresFor(MARCH);
    expect(first.A01?.P?.value).toBe(2);
    expect(first.A01?.M1?.value).toBe(88.5);

    // A cached call reads only the data version and the manual values.
    expect(await countStatements(() => service.measuresFor(MARCH))).toBe(2);
    // Callers cannot corrupt the cache.
    first.A01!.P!.value = 99;
    expect((await service.measuresFor(MARCH)).A01?.P?.value).toBe(2);
    await other.measuresFor(MARCH);

    await exec(`insert into incidents (incident_id, unit_code, occurred_on, severity, description) values ('IN9', 'A01', '2023-03-09', 'low', 'late')`);
    // Without a finished import the data version is unchanged: still cached.
    expect((await service.measuresFor(MARCH)).A01?.P?.value).toBe(2);
    await exec(`insert into import_batches (id, file_kind, file_name, status, min_date, max_date, started_at, finished_at)
      values ('00000000-0000-0000-0000-000000000009', 'incidents', 'incidents.csv', 'imported', '2023-03-09', '2023-03-09',
              '2099-01-01 00:00:00', '2099-01-01 00:00:01')`);
    expect((await service.measuresFor(MARCH)).A01?.P?.value).toBe(3);
    expect((await other.measuresFor(MARCH)).A01?.P?.value).toBe(3);

    // Manual values are read fresh on every call.
    await exec(`update manual_values set value = 90 where indicator_id = 'M1' and unit_code = 'A01' and period = '2023-03'`);
    expect((await service.measuresFor(MARCH)).A01?.M1?.value).toBe(90);
    await exec(`update manual_values set value = 88.5 where indicator_id = 'M1' and unit_code = 'A01' and period = '2023-03'`);
    await exec(`delete from incidents where incident_id = 'IN9'`);
  });
});
