import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { importSource } from './index.js';
import { copyLine } from './pg-copy.js';
import { tableRows } from './test-helpers.js';

/** Values that COPY's text format must escape or pass through untouched. */
const NAMES = [
  'comma, inside', 'a "quoted" word', 'two\nlines', 'crlf\r\nline', 'tab\there', 'back\\slash \\N not null',
  '市大数据局 — ünïcödé 🚀', 'semi;colon|pipe', 'trailing backslash\\',
];

const csvField = (s: string): string => `"${s.replace(/"/g, '""')}"`;

describe('copyLine', () => {
  test('tab-separated, \\N for NULL, escapes backslash, tab, CR and LF only', () => {
    expect(copyLine(['a,b', null, 3, 'x\ty\\z\r\n"q"', 'é'])).toBe('a,b\t\\N\t3\tx\\ty\\\\z\\r\\n"q"\té\n');
  });
});

describe.each(testDatabases())('special values through the bulk write path on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.drop());

  const units = NAMES.map((name, i) => ({ code: `S${i}`, name, kind: 'district' }));
  const unitsCsv = Buffer.from(`code,name,kind\n${units.map((u) => `${u.code},${csvField(u.name)},${u.kind}`).join('\n')}\n`);
  // retired_on empty → NULL; names with the same specials in a second table with an index.
  const resourcesCsv = Buffer.from(`resource_id,unit_code,name,update_cycle,registered_on,retired_on\n${
    units.map((u, i) => `RS${i},${u.code},${csvField(u.name)},daily,2023-01-01,${i % 2 === 0 ? '' : '2023-12-31'}`).join('\n')}\n`);
  const expectedResources = units.map((u, i) => ({
    resource_id: `RS${i}`, unit_code: u.code, name: u.name, update_cycle: 'daily', registered_on: '2023-01-01',
    retired_on: i % 2 === 0 ? null : '2023-12-31',
  })).sort((a, b) => a.resource_id.localeCompare(b.resource_id));

  test('into empty tables (COPY straight into the table on PostgreSQL)', async () => {
    expect(await importSource(db.orm, { name: 'units.csv', stream: unitsCsv })).toMatchObject({ status: 'imported', rowsAdded: NAMES.length });
    expect(await importSource(db.orm, { name: 'resources.csv', stream: resourcesCsv })).toMatchObject({ status: 'imported', rowsAdded: NAMES.length });
    expect(await tableRows(db.orm, 'units')).toEqual([...units].sort((a, b) => a.code.localeCompare(b.code)));
    expect(await tableRows(db.orm, 'resources')).toEqual(expectedResources);
  });

  test('over existing rows (COPY into a staging table, then upsert, on PostgreSQL)', async () => {
    const changed = units.map((u) => ({ ...u, name: `${u.name}\t2` }));
    const csv = Buffer.from(`code,name,kind\n${changed.map((u) => `${u.code},${csvField(u.name)},${u.kind}`).join('\n')}\nS99,"new\\\\one",municipal\n`);
    expect(await importSource(db.orm, { name: 'units.csv', stream: csv })).toMatchObject({
      status: 'imported', rowsAdded: 1, rowsReplaced: NAMES.length,
    });
    expect(await tableRows(db.orm, 'units')).toEqual(
      [...changed, { code: 'S99', name: 'new\\\\one', kind: 'municipal' }].sort((a, b) => a.code.localeCompare(b.code)),
    );
    expect(await importSource(db.orm, { name: 'resources.csv', stream: resourcesCsv })).toMatchObject({
      status: 'imported', rowsAdded: 0, rowsReplaced: NAMES.length,
    });
    expect(await tableRows(db.orm, 'resources')).toEqual(expectedResources);
  });
});
