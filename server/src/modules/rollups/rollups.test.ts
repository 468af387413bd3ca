import { fileURLToPath } from 'node:url';
import { requirePeriod } from '@scorecard/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { importSource } from '../imports/index.js';
import type { TableRow } from '../imports/test-helpers.js';
import { computeMeasures } from '../measures/index.js';
import { loadMeasureFixture } from '../measures/testing/fixture.js';
import { emSqlRunner } from '../../db/sql-runner.js';
import { rebuildAllRollups } from './refresh.js';

const FIXTURE_DIR = fileURLToPath(new URL('../measures/fixtures', import.meta.url));
const MARCH = requirePeriod('2023-03');
const ROLLUPS: Record<string, string> = {
  u1_met: 'window_end, cycle, unit_code',
  call_days: 'day, unit_code',
  rating_days: 'day, unit_code',
  case_days: 'day, unit_code',
};

/**
 * The roll-ups kept by imports (a range refresh, a rebuild after id-keyed replacements or a
 * resources import) must always equal the roll-ups rebuilt from scratch from the raw tables.
 */
describe.each(testDatabases())('roll-ups maintained at import on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await loadMeasureFixture(db.orm, FIXTURE_DIR);
  });
  afterAll(async () => db?.drop());

  const rollups = async (): Promise<Record<string, TableRow[]>> => {
    const out: Record<string, TableRow[]> = {};
    for (const [table, order] of Object.entries(ROLLUPS)) {
      const rows: TableRow[] = await db.orm.em.fork().getConnection().execute<TableRow[]>(`select * from ${table} order by ${order}`);
      out[table] = rows.map((r: TableRow) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' ? v : Number(v)])));
    }
    return out;
  };
  /** The maintained roll-ups, then the same rebuilt from the raw rows in a transaction. */
  const expectFromScratch = async (): Promise<void> => {
    const kept = await rollups();
    await db.orm.em.fork().transactional((tx) => rebuildAllRollups(emSqlRunner(tx)));
    expect(kept).toEqual(await rollups());
  };
  const load = async (name: string, csv: string): Promise<void> => {
    const r = await importSource(db.orm, { name, stream: Buffer.from(csv) });
    expect(r.errors, name).toEqual([]);
    expect(r.status).toBe('imported');
  };

  test('after the fixture import', async () => {
    expect((await rollups()).u1_met.length).toBeGreaterThan(0);
    await expectFromScratch();
  });

  test('a second delivery of one day: new rows, one call count corrected', async () => {
    const before = await computeMeasures(db.orm.em.fork(), MARCH);
    await load('resource_updates.csv', 'resource_id,updated_at\nRA2,2023-03-31 10:00\nRB2,2023-03-31 12:00\nRA4,2023-03-31 08:00\nRA5,2023-03-31 08:30\n');
    await load('data_calls.csv', 'resource_id,caller_unit_code,date,count\nRA2,D01,2023-03-31,25\nRB2,A01,2023-03-31,7\n');
    await load('cases.csv', 'case_id,item_id,submitted_at,completed_at,channel\nCX1,IA1,2023-03-31 09:00,2023-03-31 11:00,online\n');
    await load('ratings.csv', 'rating_id,unit_code,rated_at,level,rectified_at\nRTX,A01,2023-03-31 09:00,2,2023-04-01 09:00\n');
    await expectFromScratch();
    const after = await computeMeasures(db.orm.em.fork(), MARCH);
    // RA2 (A01) called by D01: 20 → 25; RB2 (A02) called by A01: + 7.
    expect((after.A01?.E1?.value ?? 0) - (before.A01?.E1?.value ?? 0)).toBe(5);
    expect((after.A02?.E1?.value ?? 0) - (before.A02?.E1?.value ?? 0)).toBe(7);
    expect((after.A01?.R1?.denominator ?? 0) - (before.A01?.R1?.denominator ?? 0)).toBe(1);
    expect((after.A01?.D3?.denominator ?? 0) - (before.A01?.D3?.denominator ?? 0)).toBe(1);
  });

  test('id-keyed rows replaced by a re-import, moving them to other days', async () => {
    // The files' date ranges do not cover the old days (2023-03-10, 2023-03-05/06): only a rebuild fixes those.
    await load('ratings.csv', 'rating_id,unit_code,rated_at,level,rectified_at\nRT6,A01,2023-05-10 09:00,5,\n');
    await load('cases.csv', 'case_id,item_id,submitted_at,completed_at,channel\nC2,IA1,2023-06-01 09:00,2023-06-02 10:00,online\n');
    await expectFromScratch();
  });

  test('the same updates and calls delivered again (replaced, same dates)', async () => {
    await load('resource_updates.csv', 'resource_id,updated_at\nRA1,2023-03-10 09:00\nRA2,2023-03-31 10:00\n');
    await load('data_calls.csv', 'resource_id,caller_unit_code,date,count\nRA1,A02,2023-03-05,100\n');
    await expectFromScratch();
  });

  test('resources re-imported with other registration dates and a retirement', async () => {
    await load('resources.csv', 'resource_id,unit_code,name,update_cycle,registered_on,retired_on\n'
      + 'RA2,A01,法人基础库,weekly,2023-03-06,\nRA3,A01,电子证照库,monthly,2023-01-15,2023-03-15\n');
    await expectFromScratch();
  });

  test('updates in a new year: the calendar grows first, then u1_met counts the new windows', async () => {
    await load('resource_updates.csv', 'resource_id,updated_at\nRA5,2024-02-01 08:00\nRA2,2024-01-01 08:00\n');
    await expectFromScratch();
    const met = await db.orm.em.fork().getConnection().execute<TableRow[]>(
      `select count(*) as n from u1_met where window_end >= '2024-01-01'`);
    expect(Number(met[0]?.n)).toBeGreaterThan(0);
  });
});
