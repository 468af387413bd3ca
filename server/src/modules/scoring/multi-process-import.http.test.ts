import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { openDatabase } from '../../db/orm.js';
import { createTestDatabase, type TestDatabase } from '../../test/databases.js';
import { createTestUser, gql, loginToken, startTestApp } from '../../test/http.js';
import { importPaths } from '../imports/index.js';

const postgres = process.env.TEST_POSTGRES_URL ?? (/^postgres/.test(process.env.DATABASE_URL ?? '') ? process.env.DATABASE_URL : undefined);
const FIXTURES = fileURLToPath(new URL('../measures/fixtures/', import.meta.url));
const RANKING = '{ ranking(period: "2023-03") { rows { unit { code } composite } } }';
const SCORECARD = '{ unitScorecard(unitCode: "A01", period: "2023-03") { composite } }';

type Ranking = { ranking: { rows: Array<{ unit: { code: string }; composite: number | null }> } };

// Two servers, each with its own ORM, pool and in-memory caches, on one PostgreSQL database. Both
// cache rankings and whole responses; an import through A must still show at once on B, because
// every cache key carries the data version read from the shared database.
describe.skipIf(!postgres)('an import through one server process is seen by another', () => {
  let db: TestDatabase;
  let secondOrm: MikroORM;
  let a: RunningApp;
  let b: RunningApp;
  let token: string;
  const composites = async (app: RunningApp): Promise<Record<string, number | null>> => {
    const res = await gql<Ranking>(app, RANKING, { token });
    expect(res.errors).toEqual([]);
    return Object.fromEntries(res.data!.ranking.rows.map((r) => [r.unit.code, r.composite]));
  };

  beforeAll(async () => {
    db = await createTestDatabase('postgresql');
    secondOrm = await openDatabase(db.url);
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.csv') && f !== 'ratings.csv').map((f) => join(FIXTURES, f));
    const results = await importPaths(db.orm, files);
    expect(results.every((r) => r.status === 'imported')).toBe(true);
    await createTestUser(db.orm, 'leader', 'LEADER');
    a = await startTestApp(db.orm);
    b = await startTestApp(secondOrm);
    token = await loginToken(a, 'leader');
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await secondOrm?.close(true);
    await db?.drop();
  });

  test('ranking and scorecard on B change after ratings are imported through A', async () => {
    // Ask twice on each server so that both the ranking cache and the response cache are warm.
    const before = await composites(b);
    expect(await composites(b)).toEqual(before);
    expect(await composites(a)).toEqual(before);
    const scorecardBefore = (await gql<{ unitScorecard: { composite: number } }>(b, SCORECARD, { token })).data!.unitScorecard.composite;

    // Process A's ORM does the import (what its import CLI or mutation would run).
    const [ratings] = await importPaths(db.orm, [join(FIXTURES, 'ratings.csv')]);
    expect(ratings.status).toBe('imported');

    const after = await composites(b);
    expect(after).not.toEqual(before);
    expect(after.A01).not.toBe(before.A01);
    expect(await composites(a)).toEqual(after);
    const scorecardAfter = (await gql<{ unitScorecard: { composite: number } }>(b, SCORECARD, { token })).data!.unitScorecard.composite;
    expect(scorecardAfter).toBe(after.A01);
    expect(scorecardAfter).not.toBe(scorecardBefore);
  });
});
