import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { importFile, importPaths, importSource } from './index.js';
import { fixture, tableRows } from './test-helpers.js';

/** Excel keeps naive local date-times; ExcelJS reads and writes them as Dates whose UTC fields are the values. */
const excelDate = (y: number, m: number, d: number, h = 0, min = 0): Date => new Date(Date.UTC(y, m - 1, d, h, min));

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('data');
  for (const row of rows) sheet.addRow(row);
  wb.addWorksheet('ignored').addRow(['only the first sheet is read']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(testDatabases())('xlsx import on %s', (kind) => {
  let csv: TestDatabase;
  let xlsx: TestDatabase;
  beforeAll(async () => {
    [csv, xlsx] = await Promise.all([createTestDatabase(kind), createTestDatabase(kind)]);
    await importPaths(csv.orm, [fixture('valid/units.csv'), fixture('valid/resources.csv'), fixture('valid/ratings.csv')]);
    await importFile(xlsx.orm, fixture('valid/units.csv'));
  });
  afterAll(async () => {
    await csv?.drop();
    await xlsx?.drop();
  });

  test('the first sheet of a workbook gives the same rows as the CSV: date cells, numbers, rich text', async () => {
    const resources = await workbook([
      ['resource_id', 'unit_code', 'name', 'update_cycle', 'registered_on', 'retired_on'],
      ['R01', 'U01', { richText: [{ text: 'Population ' }, { font: { bold: true }, text: 'base' }] }, 'daily', excelDate(2023, 1, 1), null],
      ['R02', 'U02', 'Vehicles, registered', 'weekly', '2022-06-15', ''],
      ['R03', 'D01', 'Business licences', 'monthly', excelDate(2023, 2, 1), excelDate(2023, 12, 31)],
    ]);
    const ratings = await workbook([
      ['rating_id', 'unit_code', 'rated_at', 'level', 'rectified_at'],
      ['RT1', 'U02', excelDate(2023, 3, 2, 17), 5, null],
      ['RT2', 'U02', '2023-03-03 09:00', 1, excelDate(2023, 3, 10, 12)],
      ['RT3', 'D01', excelDate(2023, 3, 20, 12), 2],
    ]);
    const r1 = await importSource(xlsx.orm, { name: 'resources.xlsx', stream: resources });
    const r2 = await importSource(xlsx.orm, { name: 'ratings.xlsx', stream: ratings });
    expect([r1.status, r1.rowsAdded, r1.errors, r2.status, r2.rowsAdded, r2.errors]).toEqual(['imported', 3, [], 'imported', 3, []]);
    expect(r1.encoding).toBeNull(); // a workbook's text is not decoded by the importer
    expect(await tableRows(xlsx.orm, 'resources')).toEqual(await tableRows(csv.orm, 'resources'));
    expect(await tableRows(xlsx.orm, 'ratings')).toEqual(await tableRows(csv.orm, 'ratings'));
  });

  test('bad cells of a workbook are reported with their sheet row numbers', async () => {
    const units = await workbook([
      ['code', 'name', 'kind'],
      ['X1', 'ok', 'district'],
      [],
      ['X2', 'a date-time is not a date', 'district'],
      ['X3', 'x', 'county'],
    ]);
    const resources = await workbook([
      ['resource_id', 'unit_code', 'name', 'update_cycle', 'registered_on'],
      ['R09', 'U01', 'time of day in a date column', 'daily', excelDate(2023, 1, 1, 10, 30)],
    ]);
    const r = await importSource(xlsx.orm, { name: 'units.xlsx', stream: units });
    expect(r.errors.map((e) => [e.line, e.column, e.code])).toEqual([[5, 'kind', 'import/bad-enum']]);
    const r2 = await importSource(xlsx.orm, { name: 'resources.xlsx', stream: resources });
    expect(r2.errors.map((e) => [e.line, e.column, e.code, e.message])).toEqual([
      [2, 'registered_on', 'import/bad-date', 'registered_on "2023-01-01 10:30:00" is not a date YYYY-MM-DD'],
    ]);
  });
});
