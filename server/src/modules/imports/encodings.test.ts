import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { importFile } from './index.js';
import { fixture, snapshot, tableRows } from './test-helpers.js';

/** SPEC §8: CSV files in UTF-8 or GB18030/GBK as Excel saves them; the result says which was read. */
describe.each(testDatabases())('text encodings of CSV files on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.drop());

  const names = async (prefix: string): Promise<Record<string, unknown>> =>
    Object.fromEntries((await tableRows(db.orm, 'units')).filter((u) => String(u.code).startsWith(prefix)).map((u) => [u.code, u.name]));

  test('GBK (Excel "CSV" on a Chinese Windows): Chinese names, full-width punctuation and quotes read back intact', async () => {
    const result = await importFile(db.orm, fixture('encodings/units-gbk.csv'), { kind: 'units' });
    expect(result).toMatchObject({ status: 'imported', encoding: 'GB18030', rowsAdded: 3, errors: [] });
    expect(await names('GB')).toEqual({
      GB1: '郑州市大数据管理局', GB2: '金水区政务服务中心，综合窗口', GB3: '郑州市公共资源交易中心（“一网通办”）',
    });
  });

  test('GB18030: four-byte characters (CJK extensions) and the euro sign read back intact', async () => {
    const result = await importFile(db.orm, fixture('encodings/units-gb18030.csv'), { kind: 'units' });
    expect(result).toMatchObject({ status: 'imported', encoding: 'GB18030', rowsAdded: 3 });
    expect(await names('GC')).toEqual({ GC1: '𠮷野家数据中心', GC2: '䶮州区政务服务管理办公室', GC3: '欧元结算中心 €' });
  });

  test.each([['utf16le', 'UTF-16LE', 'UT'], ['utf16be', 'UTF-16BE', 'UB']])('UTF-16 with a byte-order mark (%s)', async (file, encoding, prefix) => {
    const result = await importFile(db.orm, fixture(`encodings/units-${file}.csv`), { kind: 'units' });
    expect(result).toMatchObject({ status: 'imported', encoding, rowsAdded: 2 });
    expect(await names(prefix)).toEqual({ [`${prefix}1`]: '二七区数据资源局', [`${prefix}2`]: '中原区, 政务服务' });
  });

  test('UTF-8 files (the measure fixtures) are read as UTF-8, and the import batch records it', async () => {
    const result = await importFile(db.orm, fixture('valid/units.csv'));
    expect(result).toMatchObject({ status: 'imported', encoding: 'UTF-8' });
    const [batch] = await db.orm.em.fork().getConnection().execute('select encoding from import_batches where id = ?', [result.batchId]);
    expect(batch).toEqual({ encoding: 'UTF-8' });
  });

  test('Latin-1 is neither UTF-8 nor GB18030: refused at the line of the first bad byte, nothing written', async () => {
    const before = await snapshot(db.orm);
    const result = await importFile(db.orm, fixture('encodings/units-latin1.csv'), { kind: 'units' });
    expect(result.status).toBe('rejected');
    expect(result.errors).toEqual([{
      line: 3, column: null, code: 'import/unreadable-file',
      message: 'the file is neither UTF-8 nor GB18030/GBK text (byte 0xE9); save it from Excel as "CSV UTF-8"',
      params: { detail: 'the file is neither UTF-8 nor GB18030/GBK text (byte 0xE9); save it from Excel as "CSV UTF-8"' },
    }]);
    expect(await snapshot(db.orm)).toEqual(before);
  });
});
