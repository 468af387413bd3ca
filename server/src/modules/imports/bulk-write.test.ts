import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { importPaths, importSource } from './index.js';
import { fixture, tableRows } from './test-helpers.js';

/**
 * The bulk write paths (sqlite-session.ts, pg-copy.ts): a load into an empty table (SQLite: without
 * its secondary indexes past 50,000 rows; PostgreSQL: COPY straight into the table) must leave the
 * same rows, counts and indexes as the upsert path, and a rejected file must leave nothing behind.
 */

const ROWS = 60_000; // past the SQLite index-drop threshold and several COPY chunks

/** resource_updates rows for the fixture resources; `from` shifts the timestamps (overlap tests). */
function updatesCsv(count: number, from = 0, badLastRow = false): Buffer {
  const lines = ['resource_id,updated_at'];
  for (let i = from; i < from + count; i++) {
    const minute = i % 1440;
    const day = 1 + Math.floor(i / 1440 / 3) % 28;
    const hh = String(Math.floor(minute / 60)).padStart(2, '0');
    const mm = String(minute % 60).padStart(2, '0');
    const ss = String(Math.floor(i / 1440) % 3 * 10).padStart(2, '0');
    lines.push(`R0${1 + (i % 3)},2023-03-${String(day).padStart(2, '0')} ${hh}:${mm}:${ss}`);
  }
  if (badLastRow) lines.push('R01,not a time');
  return Buffer.from(`${lines.join('\n')}\n`);
}

async function indexes(orm: MikroORM, table: string): Promise<unknown[]> {
  const conn = orm.em.fork().getConnection();
  return conn.getPlatform().constructor.name.startsWith('Postgre')
    ? conn.execute(`select indexname, indexdef from pg_indexes where tablename = '${table}' order by indexname`)
    : conn.execute(`select name, sql from sqlite_master where type = 'index' and tbl_name = '${table}' order by name`);
}

async function masterData(orm: MikroORM): Promise<void> {
  const results = await importPaths(orm, [fixture('valid/units.csv'), fixture('valid/resources.csv')]);
  expect(results.map((r) => r.status)).toEqual(['imported', 'imported']);
}

describe.each(testDatabases())('bulk writes on %s', (kind) => {
  let empty: TestDatabase;
  let upsert: TestDatabase;
  beforeAll(async () => {
    [empty, upsert] = await Promise.all([createTestDatabase(kind), createTestDatabase(kind)]);
    await masterData(empty.orm);
    await masterData(upsert.orm);
  });
  afterAll(async () => {
    await empty?.drop();
    await upsert?.drop();
  });

  test('a rejected file into an empty table leaves it empty, with its indexes', async () => {
    const before = await indexes(empty.orm, 'resource_updates');
    expect(before.length).toBeGreaterThanOrEqual(2);
    const r = await importSource(empty.orm, { name: 'resource_updates.csv', stream: updatesCsv(ROWS, 0, true) });
    expect(r).toMatchObject({ status: 'rejected', errorCount: 1, rowsRead: ROWS + 1 });
    expect(r.errors[0]).toMatchObject({ line: ROWS + 2, column: 'updated_at', code: 'import/bad-timestamp' });
    expect(await tableRows(empty.orm, 'resource_updates')).toEqual([]);
    expect(await indexes(empty.orm, 'resource_updates')).toEqual(before);
  });

  test('the empty-table path and the upsert path give the same rows and counts', async () => {
    const fast = await importSource(empty.orm, { name: 'resource_updates.csv', stream: updatesCsv(ROWS) });
    expect(fast).toMatchObject({ status: 'imported', rowsRead: ROWS, rowsAdded: ROWS, rowsReplaced: 0 });

    // The same rows into a table that already holds 1,000 of them: the upsert path (PostgreSQL: staging).
    const first = await importSource(upsert.orm, { name: 'resource_updates.csv', stream: updatesCsv(1_000, ROWS - 1_000) });
    expect(first).toMatchObject({ status: 'imported', rowsAdded: 1_000 });
    const slow = await importSource(upsert.orm, { name: 'resource_updates.csv', stream: updatesCsv(ROWS) });
    expect(slow).toMatchObject({ status: 'imported', rowsRead: ROWS, rowsAdded: ROWS - 1_000, rowsReplaced: 1_000 });

    const fastRows = await tableRows(empty.orm, 'resource_updates');
    expect(fastRows).toHaveLength(ROWS);
    expect(await tableRows(upsert.orm, 'resource_updates')).toEqual(fastRows);
    expect(await indexes(empty.orm, 'resource_updates')).toEqual(await indexes(upsert.orm, 'resource_updates'));
  });

  test('re-importing over the bulk-loaded table replaces every row and changes nothing', async () => {
    const before = await tableRows(empty.orm, 'resource_updates');
    const again = await importSource(empty.orm, { name: 'resource_updates.csv', stream: updatesCsv(ROWS) });
    expect(again).toMatchObject({ status: 'imported', rowsAdded: 0, rowsReplaced: ROWS });
    expect(await tableRows(empty.orm, 'resource_updates')).toEqual(before);
  });

  test('a rejected file in the upsert path leaves the table as it was', async () => {
    const before = await tableRows(upsert.orm, 'resource_updates');
    const bad = await importSource(upsert.orm, { name: 'resource_updates.csv', stream: updatesCsv(ROWS, 5, true) });
    expect(bad.status).toBe('rejected');
    expect(await tableRows(upsert.orm, 'resource_updates')).toEqual(before);
  });
});
