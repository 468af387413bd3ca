import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../test/databases.js';
import { createTestUser, errorCodes, gql, loginToken, startTestApp } from '../test/http.js';

const OWN = 'U-OWN';
const OTHER = 'U-OTHER';

/** A UNIT user reads the whole ranking, but the details of its own unit only. */
describe.each(testDatabases())('a UNIT user’s scope on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  let unit: string;
  let leader: string;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const conn = db.orm.em.getConnection();
    await conn.execute(`insert into units (code, name, kind) values ('${OWN}', 'Own', 'municipal'), ('${OTHER}', 'Other', 'municipal')`);
    await conn.execute(`insert into periods (id, kind, start_on, end_on, has_data) values ('2023-03', 'month', '2023-03-01', '2023-03-31', true)`);
    // One incident each, so that both units have something to rank and some evidence.
    await conn.execute(`insert into incidents (incident_id, unit_code, occurred_on, severity, description) values
      ('I1', '${OWN}', '2023-03-05', 'minor', 'x'), ('I2', '${OTHER}', '2023-03-06', 'major', 'y')`);
    await createTestUser(db.orm, 'unit-own', 'UNIT', OWN);
    await createTestUser(db.orm, 'lead', 'LEADER');
    app = await startTestApp(db.orm);
    unit = await loginToken(app, 'unit-own');
    leader = await loginToken(app, 'lead');
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const scorecard = (code: string) => `{ unitScorecard(unitCode: "${code}", period: "2023-03") { unit { code } penalty } }`;
  const trend = (code: string) => `{ unitTrend(unitCode: "${code}", from: "2023-01", to: "2023-03") { period { id } } }`;
  const evidence = (code: string) => `{ evidence(unitCode: "${code}", period: "2023-03", indicatorId: "P") { totalCount } }`;

  test.each([
    ['scorecard', scorecard],
    ['trend', trend],
    ['evidence', evidence],
  ])('%s: another unit is FORBIDDEN, its own is answered', async (_name, query) => {
    const other = await gql(app, query(OTHER), { token: unit });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(other.data).toBeNull();
    const own = await gql(app, query(OWN), { token: unit });
    expect(own.errors).toEqual([]);
    expect(own.data).not.toBeNull();
  });

  test('the ranking of all units is open to it; the sub-indicator heatmap only for its own row', async () => {
    const summary = await gql<{ ranking: { rows: { unit: { code: string } }[] } }>(
      app,
      '{ ranking(period: "2023-03") { rows { unit { code } rank composite grade dimensions { id score } } } }',
      { token: unit },
    );
    expect(summary.errors).toEqual([]);
    expect(summary.data?.ranking.rows.map((r) => r.unit.code).sort()).toEqual([OTHER, OWN]);

    const heatmap = '{ ranking(period: "2023-03") { rows { unit { code } subIndicators { id score } } } }';
    const refused = await gql<{ ranking: { rows: { unit: { code: string }; subIndicators: unknown[] | null }[] } }>(
      app,
      heatmap,
      { token: unit },
    );
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors[0].extensions?.unitCode).toBe(OTHER);
    // The refusal nulls only the other unit's cells; the ranking and the unit's own row stay.
    const rows = new Map(refused.data?.ranking.rows.map((r) => [r.unit.code, r.subIndicators]));
    expect(rows.get(OTHER)).toBeNull();
    expect(rows.get(OWN)?.length).toBeGreaterThan(0);
    expect(errorCodes(await gql(app, heatmap, { token: leader }))).toEqual([]);
  });

  test('a leader reads every unit’s details', async () => {
    for (const query of [scorecard(OTHER), trend(OTHER), evidence(OTHER)]) {
      expect(errorCodes(await gql(app, query, { token: leader }))).toEqual([]);
    }
  });
});
