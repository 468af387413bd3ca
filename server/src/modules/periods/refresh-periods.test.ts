import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { emSqlRunner } from '../../db/sql-runner.js';
import { refreshPeriods } from './refresh-periods.js';
import { listPeriods } from './period.service.js';

describe.each(testDatabases())('periods with data on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const conn = db.orm.em.getConnection();
    await conn.execute(`insert into units (code, name, kind) values ('A', 'Unit A', 'municipal')`);
    await conn.execute(`insert into service_items (item_id, effective_from, unit_code, name, depth_level) values ('I1', '2020-01-01', 'A', 'Item', 4)`);
    // A case submitted in March and completed in April; a bad rating in March rectified in April.
    await conn.execute(
      `insert into cases (case_id, item_id, unit_code, submitted_at, submitted_on, completed_at, completed_on, channel)
       values ('C1', 'I1', 'A', '2023-03-30 10:00:00', '2023-03-30', '2023-04-02 10:00:00', '2023-04-02', 'online')`,
    );
    await conn.execute(
      `insert into ratings (rating_id, unit_code, rated_at, rated_on, level, rectified_at, rectified_on, rectify_due_on)
       values ('R1', 'A', '2023-03-31 09:00:00', '2023-03-31', 1, '2023-04-10 09:00:00', '2023-04-10', '2023-04-15')`,
    );
    await db.orm.em.fork().transactional((tx) => refreshPeriods(emSqlRunner(tx)));
  });
  afterAll(async () => db?.drop());

  test('follow-up dates (completion, rectification) do not open periods of their own', async () => {
    const ids = (await listPeriods(db.orm.em.fork())).filter((p) => p.hasData).map((p) => p.id);
    expect(new Set(ids)).toEqual(new Set(['2023-03', '2023-Q1', '2023']));
  });
});
