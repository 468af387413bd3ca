import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { loadMeasureFixture } from '../measures/testing/fixture.js';

const FIXTURE_DIR = fileURLToPath(new URL('../measures/fixtures', import.meta.url));

/**
 * A database written by the versions with three calendar writers may hold days without their U1
 * windows (U1 N/A for a whole year). Migration20261203010000_calendar_owner repairs it.
 */
describe.each(testDatabases())('the calendar-owner migration on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await loadMeasureFixture(db.orm, FIXTURE_DIR);
  });
  afterAll(async () => db?.drop());

  test('gives days without windows their windows, and keeps the rest', async () => {
    const conn = db.orm.em.fork().getConnection();
    const windows = async (): Promise<number> => Number((await conn.execute('select count(*) as n from u1_windows'))[0].n);
    const complete = await windows();
    await db.orm.getMigrator().down({ to: 'Migration20261203010000_calendar_owner' }); // this one and any later
    await conn.execute(`delete from u1_windows where window_end >= '2023-07-01'`);
    expect(await windows()).toBeLessThan(complete);
    await db.orm.getMigrator().up();
    expect(await windows()).toBe(complete);
    expect(await conn.execute(`select encoding from import_batches where file_kind = 'units'`)).toEqual([{ encoding: null }]);
  });
});
