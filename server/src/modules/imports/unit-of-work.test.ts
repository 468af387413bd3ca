import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { allowInserts, refuseInserts } from '../../test/faults.js';
import { everyTable } from '../../test/tables.js';
import { loadMeasureFixture } from '../measures/testing/fixture.js';
import { ImportError, importSource } from './index.js';

const FIXTURE_DIR = fileURLToPath(new URL('../measures/fixtures', import.meta.url));

/** Ratings of a new year: the import writes rows, periods, calendar days, U1 windows and roll-ups. */
const NEW_YEAR = Buffer.from('rating_id,unit_code,rated_at,level,rectified_at\nRNY1,A01,2024-02-03 10:00,2,2024-02-10 09:00\nRNY2,A02,2024-02-04 11:00,5,\n');

/**
 * An import is one unit of work (issue: a failing period refresh after the commit left rows and an
 * `imported` batch behind). A fault injected at each step after the rows are written and before the
 * commit must leave every table as it was, but for import_batches, which records the rejection.
 */
describe.each(testDatabases())('an import commits everything or nothing on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await loadMeasureFixture(db.orm, FIXTURE_DIR);
  });
  afterAll(async () => db?.drop());

  test.each([
    ['periods', 'refreshing the periods and the calendar'],
    ['calendar_days', 'refreshing the periods and the calendar'],
    ['u1_windows', 'refreshing the periods and the calendar'],
    ['rating_days', 'recounting the roll-ups'],
  ])('a fault on insert into %s (%s): every table unchanged, the rejection recorded', async (table, stage) => {
    const before = await everyTable(db.orm, ['import_batches']);
    await refuseInserts(db.orm, table);
    try {
      const result = await importSource(db.orm, { name: 'ratings.csv', stream: NEW_YEAR });
      expect(result).toMatchObject({ status: 'rejected', rowsAdded: 0, errorCount: 1 });
      expect(result.errors[0]).toMatchObject({ line: 1, column: null, code: 'import/database-error' });
      expect(result.errors[0]?.message).toContain(`the database refused it while ${stage}: `);
      expect(result.errors[0]?.message).toContain(`injected fault: no insert into ${table}`);
      expect(await everyTable(db.orm, ['import_batches'])).toEqual(before);
      const [batch] = await db.orm.em.fork().getConnection().execute('select status, rows_added, error_report from import_batches where id = ?', [result.batchId]);
      expect(batch).toMatchObject({ status: 'rejected' });
      expect(JSON.parse(String(batch.error_report)).errors[0].code).toBe('import/database-error');
    } finally {
      await allowInserts(db.orm, table);
    }
  });

  test('a fault on the batch row itself: nothing at all is written, and the caller gets a clear ImportError', async () => {
    const before = await everyTable(db.orm);
    await refuseInserts(db.orm, 'import_batches');
    try {
      const failure = await importSource(db.orm, { name: 'ratings.csv', stream: NEW_YEAR }).catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(ImportError);
      expect((failure as ImportError).code).toBe('import/database-error');
      expect((failure as ImportError).message).toMatch(/^ratings\.csv was not imported \(line 1: the database refused it while recording the import: .*\), and the database refused it while recording the rejection: .*injected fault/);
      expect(await everyTable(db.orm)).toEqual(before);
    } finally {
      await allowInserts(db.orm, 'import_batches');
    }
  });

  test('with the fault gone the same file imports, with its periods, calendar and roll-ups', async () => {
    const result = await importSource(db.orm, { name: 'ratings.csv', stream: NEW_YEAR });
    expect(result).toMatchObject({ status: 'imported', rowsAdded: 2 });
    const conn = db.orm.em.fork().getConnection();
    expect(await conn.execute(`select id from periods where id in ('2024', '2024-02') and has_data = true order by id`)).toEqual([{ id: '2024' }, { id: '2024-02' }]);
    const [days] = await conn.execute(`select count(*) as n from u1_windows where cycle = 'daily' and window_end between '2024-01-01' and '2024-12-31'`);
    expect(Number(days.n)).toBe(366);
    const [rated] = await conn.execute(`select sum(rated) as n from rating_days where day >= '2024-01-01'`);
    expect(Number(rated.n)).toBe(2);
  });

  test('rows dated outside 1990–2099 that an older version let in open no periods and break no import', async () => {
    const conn = db.orm.em.fork().getConnection();
    await conn.execute(`insert into incidents (incident_id, unit_code, occurred_on, severity, description) values ('OLD1', 'A01', '0001-01-01', 'high', 'x'), ('OLD2', 'A01', '9999-12-31', 'high', 'y')`);
    const result = await importSource(db.orm, { name: 'incidents.csv', stream: Buffer.from('incident_id,unit_code,occurred_on,severity,description\nNEW1,A01,2023-03-05,low,z\n') });
    expect(result).toMatchObject({ status: 'imported', rowsAdded: 1 });
    const [range] = await conn.execute('select min(start_on) as lo, max(end_on) as hi from periods where has_data = true');
    expect(range).toEqual({ lo: '2023-01-01', hi: '2024-12-31' });
    await conn.execute(`delete from incidents where incident_id in ('OLD1', 'OLD2')`);
  });
});
