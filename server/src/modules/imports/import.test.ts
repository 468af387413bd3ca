import { mkdtempSync, copyFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { IMPORT_ORDER, importFile, importPaths, importSource, type RawFileKind } from './index.js';
import { fixture, snapshot, tableRows } from './test-helpers.js';

const codes = (r: { errors: Array<{ line: number; column: string | null; code: string }> }) =>
  r.errors.map((e) => [e.line, e.column, e.code.replace('import/', '')]);

describe.each(testDatabases())('importing raw data files on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.drop());

  test('a folder imports in dependency order, not alphabetical order', async () => {
    const results = await importPaths(db.orm, [fixture('valid')]);
    expect(results.map((r) => r.kind)).toEqual(IMPORT_ORDER);
    expect(results.map((r) => [r.file, r.status, r.rowsRead, r.rowsAdded, r.rowsReplaced, r.errors])).toEqual(
      results.map((r) => [r.file, 'imported', r.rowsRead, r.rowsRead, 0, []]),
    );
    expect(results.find((r) => r.kind === 'units')?.rowsRead).toBe(4);
    expect(results.find((r) => r.kind === 'cases')).toMatchObject({ minDate: '2023-03-01', maxDate: '2023-04-01' });
  });

  test('timestamps are stored as Asia/Shanghai local time, offsets converted', async () => {
    expect(await tableRows(db.orm, 'resource_updates')).toEqual([
      { resource_id: 'R01', updated_at: '2023-03-01 09:00:00', updated_on: '2023-03-01' },
      { resource_id: 'R01', updated_at: '2023-03-02 09:00:00', updated_on: '2023-03-02' }, // 01:00Z
      { resource_id: 'R01', updated_at: '2023-03-02 09:00:30', updated_on: '2023-03-02' },
      { resource_id: 'R02', updated_at: '2023-03-05 23:30:00', updated_on: '2023-03-05' }, // +08:00
      { resource_id: 'R03', updated_at: '2023-03-01 09:00:00', updated_on: '2023-03-01' }, // 20:00-05:00 the day before
    ]);
    const cases = await tableRows(db.orm, 'cases');
    expect(cases.find((c) => c.case_id === 'C2')).toMatchObject({
      unit_code: 'U02', submitted_at: '2023-04-01 02:00:00', submitted_on: '2023-04-01', completed_on: null,
    });
    const ratings = await tableRows(db.orm, 'ratings');
    expect(ratings.find((r) => r.rating_id === 'RT2')).toMatchObject({
      rated_on: '2023-03-03', rectified_on: '2023-03-10', rectify_due_on: '2023-03-18', level: 1,
    });
    expect((await tableRows(db.orm, 'data_calls'))[0]).toEqual({ resource_id: 'R01', caller_unit_code: 'D01', called_on: '2023-03-01', count: 15 });
  });

  test('periods and calendar days cover the imported dates', async () => {
    const periods = await tableRows(db.orm, 'periods');
    expect(periods.map((p) => p.id).sort()).toEqual(['2023', '2023-01', '2023-02', '2023-03', '2023-04', '2023-Q1', '2023-Q2']);
    expect(periods.every((p) => p.has_data === 1)).toBe(true);
    expect(periods.find((p) => p.id === '2023-Q2')).toMatchObject({ kind: 'quarter', start_on: '2023-04-01', end_on: '2023-06-30' });
    // The whole year and the ISO week reaching back into 2022 (Monday 26 December), with their U1 windows.
    const days = await tableRows(db.orm, 'calendar_days');
    expect(days).toHaveLength(371);
    expect(days[0]?.day).toBe('2022-12-26');
    const daily = await tableRows(db.orm, 'u1_windows');
    expect(daily.filter((w) => w.cycle === 'daily')).toHaveLength(371);
    expect(days.find((d) => d.day === '2023-03-01')).toEqual({
      day: '2023-03-01', week_start: '2023-02-27', week_end: '2023-03-05', month_start: '2023-03-01', month_end: '2023-03-31',
      quarter_start: '2023-01-01', quarter_end: '2023-03-31', year_start: '2023-01-01', year_end: '2023-12-31',
    });
  });

  test('re-importing is idempotent: every row replaced, tables unchanged', async () => {
    const before = await snapshot(db.orm);
    const results = await importPaths(db.orm, [fixture('valid')]);
    expect(results.map((r) => [r.status, r.rowsAdded, r.rowsReplaced])).toEqual(results.map((r) => ['imported', 0, r.rowsRead]));
    expect(await snapshot(db.orm)).toEqual(before);
  });

  const badFiles: Array<[string, RawFileKind, Array<[number, string | null, string]>]> = [
    ['resources.csv', 'resources', [
      [3, 'name', 'missing-value'], [4, 'update_cycle', 'bad-enum'], [5, 'registered_on', 'bad-date'],
      [6, 'unit_code', 'unknown-unit'], [7, 'resource_id', 'duplicate-key'], [8, 'retired_on', 'bad-date'],
    ]],
    ['resources-missing-column.csv', 'resources', [[1, 'update_cycle', 'missing-column']]],
    ['resource_updates.csv', 'resource_updates', [[3, null, 'duplicate-key'], [4, 'updated_at', 'bad-timestamp']]],
    ['data_calls.csv', 'data_calls', [
      [3, 'resource_id', 'unknown-resource'], [4, 'caller_unit_code', 'unknown-unit'], [5, 'count', 'bad-number'],
      [6, 'count', 'bad-number'], [7, null, 'duplicate-key'],
    ]],
    ['officers.csv', 'officers', [[3, 'scope', 'unknown-system']]], // line 4: another unit's system is fine
    ['service_items.csv', 'service_items', [
      [2, 'effective_from', 'overlapping-version'], [2, 'effective_from', 'overlapping-version'],
      [3, 'unit_code', 'item-unit-changed'], [3, 'effective_from', 'overlapping-version'],
      [5, 'effective_from', 'overlapping-version'], [6, 'depth_level', 'bad-number'], [6, 'effective_to', 'bad-range'],
    ]],
    ['cases.csv', 'cases', [[3, 'item_id', 'unknown-item'], [4, 'channel', 'bad-enum']]],
    ['ratings.csv', 'ratings', [
      [2, 'level', 'bad-number'], [3, 'rated_at', 'bad-timestamp'], [4, 'rated_at', 'bad-timestamp'], [5, 'level', 'bad-number'],
      [5, 'rectified_at', 'bad-timestamp'], // a bare date is not a timestamp
    ]],
    ['manual_values.csv', 'manual_values', [
      [2, 'period', 'bad-period'], [3, 'period', 'bad-period'], [4, 'value', 'bad-number'], [5, 'indicator_id', 'missing-value'],
    ]],
  ];

  test.each(badFiles)('bad/%s: every bad row is reported with its line, and nothing is written', async (file, fileKind, expected) => {
    const before = await snapshot(db.orm);
    const result = await importFile(db.orm, fixture(`bad/${file}`));
    expect(result.kind).toBe(fileKind);
    expect(result.status).toBe('rejected');
    expect(codes(result)).toEqual(expected);
    expect(result.errorCount).toBe(expected.length);
    expect(result.errors.every((e) => e.message.length > 0)).toBe(true);
    expect(await snapshot(db.orm)).toEqual(before);
    const [batch] = await db.orm.em.fork().getConnection().execute<Array<{ status: string; error_report: string; rows_added: number }>>(
      'select status, error_report, rows_added from import_batches where id = ?', [result.batchId],
    );
    expect(batch.status).toBe('rejected');
    expect(Number(batch.rows_added)).toBe(0);
    expect(JSON.parse(batch.error_report)).toEqual({ errorCount: expected.length, errors: result.errors });
  });

  test('an officer may cover a system of another unit (SPEC §4/§8 set no unit condition)', async () => {
    const result = await importSource(db.orm, {
      name: 'officers.csv',
      stream: Buffer.from('officer_id,unit_code,name,scope,appointed_on,ended_on,certified_until\nO12,U01,Shared IT centre,S02,2022-01-01,,2024-12-31\n'),
    });
    expect(result).toMatchObject({ status: 'imported', rowsAdded: 1, errors: [] });
    expect((await tableRows(db.orm, 'officers')).find((o) => o.officer_id === 'O12')).toMatchObject({ unit_code: 'U01', scope: 'S02' });
  });

  test('a file with one bad row leaves the rows it would have replaced untouched', async () => {
    const result = await importSource(db.orm, {
      name: 'data_calls.csv',
      stream: Buffer.from('resource_id,caller_unit_code,date,count\nR01,U02,2023-03-01,999\nR01,U02,2023-03-09,1\nR02,U01,2023-03-02,oops\n'),
    });
    expect(codes(result)).toEqual([[4, 'count', 'bad-number']]);
    const calls = await tableRows(db.orm, 'data_calls');
    expect(calls.find((c) => c.caller_unit_code === 'U02')?.count).toBe(120);
    expect(calls).toHaveLength(3);
  });

  test('BOM, CRLF, quoted commas and quotes, a value across two lines, blank lines', async () => {
    const result = await importFile(db.orm, fixture('bad/units-bom.csv'), { kind: 'units' });
    expect(result).toMatchObject({ status: 'imported', rowsRead: 3, rowsAdded: 3 });
    const units = await tableRows(db.orm, 'units');
    expect(units.find((u) => u.code === 'B1')?.name).toBe('BOM, CRLF and "quotes"');
    expect(units.find((u) => u.code === 'B2')?.name).toBe('Two\r\nlines');
    // Line numbers count the physical lines, including the blank one and the one inside quotes.
    const bad = await importSource(db.orm, {
      name: 'units.csv',
      stream: Buffer.from('\ufeffcode,name,kind\r\nB4,"a\r\nb",district\r\n\r\nB5,x,county\r\n'),
    });
    expect(codes(bad)).toEqual([[5, 'kind', 'bad-enum']]);
  });

  test('header names are matched case-insensitively in any order; extra columns are ignored', async () => {
    const result = await importSource(db.orm, {
      name: 'incidents-extra.csv',
      stream: Buffer.from('Description,note,UNIT_CODE,incident_id,occurred_on,severity\n"Lost laptop",ignored,U01,INC2,2023-03-15,minor\n'),
    });
    expect(result).toMatchObject({ status: 'imported', rowsAdded: 1 });
    expect((await tableRows(db.orm, 'incidents')).find((i) => i.incident_id === 'INC2')).toEqual({
      incident_id: 'INC2', unit_code: 'U01', occurred_on: '2023-03-15', severity: 'minor', description: 'Lost laptop',
    });
  });

  test('a rejected file does not stop the others; files that reference its rows fail their own validation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-folder-'));
    try {
      writeFileSync(join(dir, 'units.csv'), 'code,name,kind\nN1,New unit,municipal\nN2,Bad kind,ministry\n');
      writeFileSync(join(dir, 'resources.csv'), 'resource_id,unit_code,name,update_cycle,registered_on\nNR1,N1,x,daily,2023-01-01\n');
      copyFileSync(fixture('valid/incidents.csv'), join(dir, 'incidents.csv'));
      const results = await importPaths(db.orm, [dir]);
      expect(results.map((r) => [r.kind, r.status])).toEqual([['units', 'rejected'], ['resources', 'rejected'], ['incidents', 'imported']]);
      expect(codes(results[1])).toEqual([[2, 'unit_code', 'unknown-unit']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an empty file and an unreadable one are rejected with a file-level error', async () => {
    expect(codes(await importSource(db.orm, { name: 'units.csv', stream: Buffer.from('') }))).toEqual([[1, null, 'empty-file']]);
    const broken = await importSource(db.orm, { name: 'units.csv', stream: Buffer.from('code,name,kind\nX1,"never closed,district\n') });
    expect(codes(broken)).toEqual([[2, null, 'unreadable-file']]);
    const notXlsx = await importSource(db.orm, { name: 'units.xlsx', stream: Buffer.from('code,name,kind\n') });
    expect(notXlsx.status).toBe('rejected');
    expect(notXlsx.errors[0]?.code).toBe('import/unreadable-file');
  });
});
