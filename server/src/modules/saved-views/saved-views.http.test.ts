import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { createTestUser, errorCodes, gql, loginToken, startTestApp } from '../../test/http.js';
import { importPaths } from '../imports/index.js';
import { ok } from '../schemes/testing.js';

const FIXTURE = fileURLToPath(new URL('../measures/fixtures', import.meta.url));
const FIELDS = 'id name url isStart version';
const LIST = `{ savedViews { ${FIELDS} } }`;
const CREATE = `mutation($input: SavedViewInput!, $start: Boolean) { createSavedView(input: $input, start: $start) { ${FIELDS} } }`;
const UPDATE = `mutation($id: String!, $v: Int!, $input: SavedViewInput!) { updateSavedView(id: $id, expectedVersion: $v, input: $input) { ${FIELDS} } }`;
const START = `mutation($id: String) { setStartView(id: $id) { ${FIELDS} } }`;
const DELETE = `mutation($id: String!) { deleteSavedView(id: $id) }`;

interface View { id: string; name: string; url: string; isStart: boolean; version: number }

describe.each(testDatabases())('saved views over HTTP on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  let lead: string;
  let other: string;
  let unit: string;
  let admin: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    expect((await importPaths(db.orm, [FIXTURE])).every((r) => r.status === 'imported')).toBe(true);
    await createTestUser(db.orm, 'lead', 'LEADER');
    await createTestUser(db.orm, 'lead2', 'LEADER');
    await createTestUser(db.orm, 'unit-a01', 'UNIT', 'A01');
    await createTestUser(db.orm, 'root', 'ADMIN');
    app = await startTestApp(db.orm, { LOG_LEVEL: 'silent' });
    [lead, other, unit, admin] = await Promise.all(['lead', 'lead2', 'unit-a01', 'root'].map((u) => loginToken(app, u)));
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const list = async (token: string) => ok(await gql<{ savedViews: View[] }>(app, LIST, { token })).savedViews;
  const create = (token: string, name: string, url: string, start = false) =>
    gql<{ createSavedView: View }>(app, CREATE, { token, variables: { input: { name, url }, start } });

  test('a user saves, renames, makes a start page and deletes its views; each step is audited', async () => {
    const quarter = ok(await create(lead, ' 季度 · 区县 ', '/ranking?pk=QUARTER&scope=DISTRICT&sort=composite%3Adesc')).createSavedView;
    expect(quarter).toMatchObject({ name: '季度 · 区县', isStart: false, version: 1 });
    const month = ok(await create(lead, 'Month', '/ranking?period=2023-03&scope=ALL', true)).createSavedView;
    expect(month.isStart).toBe(true);

    // A second start page replaces the first.
    ok(await gql(app, START, { token: lead, variables: { id: quarter.id } }));
    expect((await list(lead)).map((v) => [v.name, v.isStart])).toEqual([['Month', false], ['季度 · 区县', true]]);

    const renamed = ok(await gql<{ updateSavedView: View }>(app, UPDATE, {
      token: lead, variables: { id: month.id, v: 1, input: { name: 'March', url: '/compare?units=A01,D01&period=2023-03' } },
    })).updateSavedView;
    expect(renamed).toMatchObject({ name: 'March', url: '/compare?units=A01,D01&period=2023-03', version: 2 });

    // A save based on the old version is refused, not silently applied.
    const stale = await gql(app, UPDATE, { token: lead, variables: { id: month.id, v: 1, input: { name: 'Old', url: '/ranking' } } });
    expect(errorCodes(stale)).toEqual(['STALE_VERSION']);

    ok(await gql(app, START, { token: lead, variables: { id: null } }));
    expect((await list(lead)).some((v) => v.isStart)).toBe(false);
    expect(ok(await gql<{ deleteSavedView: boolean }>(app, DELETE, { token: lead, variables: { id: month.id } })).deleteSavedView).toBe(true);
    expect((await list(lead)).map((v) => v.name)).toEqual(['季度 · 区县']);

    const entries = ok(await gql<{ auditLog: { entries: Array<{ action: string; actorUsername: string | null }> } }>(
      app, '{ auditLog(first: 20) { entries { action actorUsername } } }', { token: admin },
    )).auditLog.entries.filter((e) => e.action.startsWith('saved-view/'));
    expect(entries.map((e) => e.action)).toEqual([
      'saved-view/delete', 'saved-view/start', 'saved-view/update', 'saved-view/start', 'saved-view/create', 'saved-view/create',
    ]);
    expect(new Set(entries.map((e) => e.actorUsername))).toEqual(new Set(['lead']));
  });

  test("another user's views are invisible and untouchable", async () => {
    const mine = ok(await create(lead, 'Mine', '/ranking')).createSavedView;
    expect(await list(other)).toEqual([]);
    for (const [query, variables] of [
      [UPDATE, { id: mine.id, v: 1, input: { name: 'x', url: '/ranking' } }],
      [START, { id: mine.id }],
      [DELETE, { id: mine.id }],
    ] as const) {
      expect(errorCodes(await gql(app, query, { token: other, variables }))).toEqual(['NOT_FOUND']);
    }
    expect((await list(lead)).find((v) => v.id === mine.id)).toMatchObject({ name: 'Mine', version: 1 });
    // The same name is fine for another user, not twice for one.
    ok(await create(other, 'Mine', '/ranking'));
    expect(errorCodes(await create(lead, 'Mine', '/ranking'))).toEqual(['BAD_USER_INPUT']);
  });

  test.each([
    ['an empty name', '  ', '/ranking', 'name'],
    ['a name too long', 'x'.repeat(81), '/ranking', 'name'],
    ['an address outside the app', 'x', 'https://evil.example/ranking', 'url'],
    ['a protocol-relative address', 'x', '//evil.example/ranking', 'url'],
    ['an admin page', 'x', '/admin/users', 'url'],
  ])('%s is refused and the field named', async (_, name, url, field) => {
    const res = await create(lead, name, url);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors[0]?.extensions?.field).toBe(field);
  });

  test('a unit user saves its own unit page, not another unit or compare', async () => {
    ok(await create(unit, 'Us', '/units/A01?period=2023-03&scope=ALL', true));
    expect(errorCodes(await create(unit, 'Them', '/units/D01?period=2023-03'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await create(unit, 'Compare', '/compare?units=A01,D01'))).toEqual(['FORBIDDEN']);
  });

  test('signed out: nothing', async () => {
    expect(errorCodes(await gql(app, LIST))).toEqual(['UNAUTHENTICATED']);
  });
});
