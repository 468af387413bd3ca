import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../test/databases.js';

describe.each(testDatabases())('migrations on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.drop());

  test('an empty database gets every raw-data table, and running again applies nothing', async () => {
    const conn = db.orm.em.getConnection();
    for (const table of ['units', 'resources', 'resource_updates', 'data_calls', 'data_demands', 'systems',
      'officers', 'service_items', 'cases', 'ratings', 'incidents', 'manual_values', 'calendar_days', 'periods']) {
      const rows = await conn.execute(`select count(*) as n from ${table}`);
      expect(Number(rows[0].n), table).toBe(0);
    }
    expect(await db.orm.getMigrator().getPendingMigrations()).toEqual([]);
    expect(await db.orm.getMigrator().up()).toEqual([]);
  });
});
