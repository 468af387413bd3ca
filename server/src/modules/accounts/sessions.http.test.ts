import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { createTestUser, errorCodes, gql, loginToken, startTestApp, TEST_PASSWORD } from '../../test/http.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Session } from './session.entity.js';

const ME = '{ me { username role unit { code } } }';

describe.each(testDatabases())('sessions over HTTP on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await db.orm.em.fork().getConnection().execute(`insert into units (code, name, kind) values ('U1', 'Unit one', 'municipal')`);
    await createTestUser(db.orm, 'alice', 'LEADER');
    await createTestUser(db.orm, 'unit-u1', 'UNIT', 'U1');
    await createTestUser(db.orm, 'root', 'ADMIN');
    app = await startTestApp(db.orm);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test('login sets an httpOnly SameSite=Lax cookie and returns a bearer token; both identify the user', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(username: "Alice", password: "${TEST_PASSWORD}") { token expiresAt user { username role } } }` }),
    });
    const body = (await res.json()) as { data: { login: { token: string; expiresAt: string; user: { username: string } } } };
    expect(body.data.login.user).toEqual({ username: 'alice', role: 'LEADER' });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^scorecard_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http here
    const hoursLeft = (Date.parse(body.data.login.expiresAt) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(7.9);
    expect(hoursLeft).toBeLessThanOrEqual(8);

    const byBearer = await gql(app, ME, { token: body.data.login.token });
    expect(byBearer.data).toEqual({ me: { username: 'alice', role: 'LEADER', unit: null } });
    const byCookie = await gql(app, ME, { headers: { cookie: cookie.split(';')[0] } });
    expect(byCookie.data).toEqual({ me: { username: 'alice', role: 'LEADER', unit: null } });

    // Only the hash is stored.
    const stored = await db.orm.em.fork().find(Session, {});
    expect(stored.some((s) => s.tokenHash === body.data.login.token)).toBe(false);
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.tokenHash))).toBe(true);
  });

  test('anonymous: me is null, any other field is UNAUTHENTICATED', async () => {
    expect((await gql(app, ME)).data).toEqual({ me: null });
    expect(errorCodes(await gql(app, '{ units { code } }'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(app, '{ me { username } }', { token: 'not-a-token' }))).toEqual([]);
  });

  test('logout ends the session', async () => {
    const token = await loginToken(app, 'alice');
    expect((await gql(app, 'mutation { logout }', { token })).data).toEqual({ logout: true });
    expect((await gql(app, ME, { token })).data).toEqual({ me: null });
  });

  test('a session idle longer than SESSION_IDLE_HOURS ends; a used one slides', async () => {
    const token = await loginToken(app, 'unit-u1');
    const em = db.orm.em.fork();
    const nineHoursAgo = new Date(Date.now() - 9 * 3_600_000).toISOString();
    const twoMinutesAgo = new Date(Date.now() - 120_000).toISOString();
    await em.nativeUpdate(Session, { user: { username: 'unit-u1' } }, { lastSeenAt: twoMinutesAgo });
    expect((await gql(app, ME, { token })).data).toEqual({ me: { username: 'unit-u1', role: 'UNIT', unit: { code: 'U1' } } });
    const slid = await em.fork().findOneOrFail(Session, { user: { username: 'unit-u1' } });
    expect(slid.lastSeenAt > twoMinutesAgo).toBe(true);

    await em.nativeUpdate(Session, { user: { username: 'unit-u1' } }, { lastSeenAt: nineHoursAgo });
    expect((await gql(app, ME, { token })).data).toEqual({ me: null });
    expect(await em.fork().count(Session, { user: { username: 'unit-u1' } })).toBe(0);
  });

  test('changePassword needs the current one and ends the other sessions', async () => {
    await createTestUser(db.orm, 'carol', 'ASSESSOR');
    const first = await loginToken(app, 'carol');
    const second = await loginToken(app, 'carol');
    const wrong = await gql(app, 'mutation { changePassword(currentPassword: "nope-nope", newPassword: "brand-new-pass") }', { token: second });
    expect(errorCodes(wrong)).toEqual(['LOGIN_FAILED']);
    const tooShort = await gql(app, `mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "short") }`, { token: second });
    expect(errorCodes(tooShort)).toEqual(['BAD_USER_INPUT']);
    const ok = await gql(app, `mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "brand-new-pass") }`, { token: second });
    expect(ok.data).toEqual({ changePassword: true });
    expect((await gql(app, ME, { token: first })).data).toEqual({ me: null });
    expect((await gql<{ me: { username: string } }>(app, ME, { token: second })).data?.me?.username).toBe('carol');
    await loginToken(app, 'carol', 'brand-new-pass');
  });

  test('admin: create, update with optimistic concurrency, reset password, disable (sessions stop); all audited without secrets', async () => {
    const admin = await loginToken(app, 'root');
    const created = await gql<{ createUser: { id: string; version: number; unit: { code: string } } }>(
      app,
      'mutation { createUser(input: { username: "Dave", role: UNIT, unitCode: "U1", password: "dave-password" }) { id username version unit { code } } }',
      { token: admin },
    );
    expect(created.errors).toEqual([]);
    const id = created.data!.createUser.id;
    const dave = await loginToken(app, 'dave', 'dave-password');

    const update = (version: number) =>
      gql<{ updateUser: { version: number; displayName: string } }>(
        app,
        `mutation { updateUser(id: "${id}", input: { displayName: "Dave D." }, expectedVersion: ${version}) { version displayName } }`,
        { token: admin },
      );
    expect((await update(1)).data?.updateUser).toEqual({ version: 2, displayName: 'Dave D.' });
    const stale = await update(1);
    expect(errorCodes(stale)).toEqual(['STALE_VERSION']);

    const badRole = await gql(app, `mutation { updateUser(id: "${id}", input: { role: LEADER, unitCode: "U1" }, expectedVersion: 2) { version } }`, { token: admin });
    expect(errorCodes(badRole)).toEqual(['BAD_USER_INPUT']);

    const reset = await gql(app, `mutation { resetUserPassword(id: "${id}", newPassword: "dave-second-pass") }`, { token: admin });
    expect(reset.data).toEqual({ resetUserPassword: true });
    expect((await gql(app, ME, { token: dave })).data).toEqual({ me: null });
    const dave2 = await loginToken(app, 'dave', 'dave-second-pass');

    const disabled = await gql(app, `mutation { disableUser(id: "${id}") { disabled } }`, { token: admin });
    expect(disabled.data).toEqual({ disableUser: { disabled: true } });
    expect((await gql(app, ME, { token: dave2 })).data).toEqual({ me: null });
    const again = await gql(app, 'mutation { login(username: "dave", password: "dave-second-pass") { token } }');
    expect(errorCodes(again)).toEqual(['LOGIN_FAILED']);

    const log = await db.orm.em.fork().find(AuditEntry, { entityId: id }, { orderBy: { at: 'asc' } });
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['user/create', 'auth/login', 'user/update', 'user/reset-password', 'user/disable', 'auth/login-failed']),
    );
    for (const entry of log) {
      expect(`${entry.beforeJson}${entry.afterJson}`).not.toMatch(/password|hash|\$2[aby]\$/i);
      expect(entry.requestId).toBeTruthy();
    }
    const page = await gql<{ auditLog: { entries: { action: string }[] } }>(app, '{ auditLog(first: 3, action: "user/update") { entries { action } pageInfo { hasNextPage } } }', { token: admin });
    expect(page.data?.auditLog.entries.map((e) => e.action)).toEqual(['user/update']);
  });
});
