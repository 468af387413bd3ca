import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { createTestUser, errorCodes, gql, loginToken, startTestApp } from '../../test/http.js';
import { importPaths } from '../imports/index.js';
import { createDraft, ok, parse, saveDraft } from '../schemes/testing.js';

const FIXTURE = fileURLToPath(new URL('../measures/fixtures', import.meta.url));
const SET = `mutation($i: String!, $p: String!, $v: [ManualValueInput!]!) { setManualValues(indicatorId: $i, period: $p, values: $v) { unitCode value } }`;
const VALUES = `query { measureValues(period: "2023-03") { units { unit { code } values { measureId value } } } }`;

describe.each(testDatabases())('manual values typed into the workbench grid, over HTTP on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  let assessor: string;
  let leader: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    expect((await importPaths(db.orm, [FIXTURE])).every((r) => r.status === 'imported')).toBe(true);
    await createTestUser(db.orm, 'alice', 'ASSESSOR');
    await createTestUser(db.orm, 'lead', 'LEADER');
    app = await startTestApp(db.orm, { LOG_LEVEL: 'silent' });
    [assessor, leader] = await Promise.all([loginToken(app, 'alice'), loginToken(app, 'lead')]);
    // A draft declares the manual measure X1 (a sub-indicator of dimension E).
    const draft = await createDraft(app, assessor, 1);
    const scheme = parse(draft);
    scheme.dimensions[1]!.subIndicators.push({
      id: 'X1', name: { zh: '创新应用', en: 'Innovation' }, weight: 20, measureId: 'X1', source: 'manual', rule: { kind: 'scale', lo: 0, hi: 100 }, enabled: true,
    });
    ok(await saveDraft(app, assessor, draft.version, 1, scheme));
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const x1 = async (token = leader) => Object.fromEntries(
    ok(await gql<{ measureValues: { units: Array<{ unit: { code: string }; values: Array<{ measureId: string; value: number | null }> }> } }>(app, VALUES, { token }))
      .measureValues.units.flatMap((u) => u.values.filter((v) => v.measureId === 'X1').map((v) => [u.unit.code, v.value])),
  );

  test('values are written, read by the measures at once, and audited with before and after', async () => {
    ok(await gql(app, SET, { token: assessor, variables: { i: 'X1', p: '2023-03', v: [{ unitCode: 'A01', value: 75 }, { unitCode: 'D01', value: 40.5 }] } }));
    expect(await x1()).toEqual({ A01: 75, D01: 40.5 });
    ok(await gql(app, SET, { token: assessor, variables: { i: 'X1', p: '2023-03', v: [{ unitCode: 'A01', value: 80 }, { unitCode: 'D01', value: null }] } }));
    expect(await x1()).toEqual({ A01: 80 });
    const entries = ok(await gql<{ auditLog: { entries: Array<{ action: string; entityId: string; before: string; after: string }> } }>(
      app, '{ auditLog(first: 10, action: "manual-values/set") { entries { action entityId before after } } }', { token: assessor })).auditLog.entries;
    expect(entries.map((e) => [e.entityId, JSON.parse(e.before), JSON.parse(e.after)])).toEqual([
      ['X1|2023-03', { A01: 75, D01: 40.5 }, { A01: 80, D01: null }],
      ['X1|2023-03', {}, { A01: 75, D01: 40.5 }],
    ]);
  });

  test('a bad entry writes nothing and names the problem', async () => {
    const unknownUnit = await gql(app, SET, { token: assessor, variables: { i: 'X1', p: '2023-03', v: [{ unitCode: 'A02', value: 1 }, { unitCode: 'NOPE', value: 2 }] } });
    expect(errorCodes(unknownUnit)).toEqual(['UNIT_NOT_FOUND']);
    const twice = await gql(app, SET, { token: assessor, variables: { i: 'X1', p: '2023-03', v: [{ unitCode: 'A02', value: 1 }, { unitCode: 'A02', value: 2 }] } });
    expect(twice.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'values.1.unitCode' });
    const computed = await gql(app, SET, { token: assessor, variables: { i: 'U1', p: '2023-03', v: [{ unitCode: 'A02', value: 1 }] } });
    expect(computed.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicatorId' });
    const undeclared = await gql(app, SET, { token: assessor, variables: { i: 'X9', p: '2023-03', v: [{ unitCode: 'A02', value: 1 }] } });
    expect(errorCodes(undeclared)).toEqual(['BAD_USER_INPUT']);
    expect(await x1()).toEqual({ A01: 80 });
  });

  test('only assessors type values in; leaders read them', async () => {
    expect(errorCodes(await gql(app, SET, { token: leader, variables: { i: 'X1', p: '2023-03', v: [{ unitCode: 'A02', value: 1 }] } }))).toEqual(['FORBIDDEN']);
    expect(await x1(leader)).toEqual({ A01: 80 });
  });

  test('the grid reads every value of a measure by period and unit', async () => {
    ok(await gql(app, SET, { token: assessor, variables: { i: 'X1', p: '2023-Q1', v: [{ unitCode: 'P01', value: 60 }] } }));
    const cells = ok(await gql<{ manualValues: unknown[] }>(app, '{ manualValues(indicatorId: "X1") { unitCode period value } }', { token: leader })).manualValues;
    expect(cells).toEqual([{ unitCode: 'A01', period: '2023-03', value: 80 }, { unitCode: 'P01', period: '2023-Q1', value: 60 }]);
  });
});
