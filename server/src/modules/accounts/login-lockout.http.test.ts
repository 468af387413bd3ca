import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { createTestUser, errorCodes, gql, startTestApp, TEST_PASSWORD } from '../../test/http.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { LoginAttempt } from './login-attempt.entity.js';

/** The app trusts X-Forwarded-For from loopback (a local reverse proxy): each scenario gets its own address. */
function from(ip: string): { headers: Record<string, string> } {
  return { headers: { 'x-forwarded-for': ip } };
}

function loginMutation(username: string, password: string): string {
  return `mutation { login(username: ${JSON.stringify(username)}, password: ${JSON.stringify(password)}) { token } }`;
}

describe.each(testDatabases())('login lockout on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    for (const name of ['bob', 'carl', 'eve', 'fay']) await createTestUser(db.orm, name, 'LEADER');
    // The test's clients are told apart by X-Forwarded-For, trusted from the loopback proxy only.
    app = await startTestApp(db.orm, { TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test('per account: the 11th attempt within 15 minutes is refused even with the right password, from any address', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect(errorCodes(await gql(app, loginMutation('bob', `wrong-${i}`), from('10.0.0.1')))).toEqual(['LOGIN_FAILED']);
    }
    const locked = await gql(app, loginMutation('bob', TEST_PASSWORD), from('10.0.0.1'));
    expect(errorCodes(locked)).toEqual(['LOGIN_LOCKED']);
    const retryAt = Date.parse(String(locked.errors[0].extensions?.retryAt));
    expect(retryAt).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(locked.errors[0].message).toContain(new Date(retryAt).toISOString().slice(0, 16));
    expect(errorCodes(await gql(app, loginMutation('bob', TEST_PASSWORD), from('10.0.0.2')))).toEqual(['LOGIN_LOCKED']);
  });

  test('per address: ten failures on any accounts lock the address, not the accounts', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect(errorCodes(await gql(app, loginMutation(`nobody-${i}`, 'x'), from('10.0.0.3')))).toEqual(['LOGIN_FAILED']);
    }
    expect(errorCodes(await gql(app, loginMutation('carl', TEST_PASSWORD), from('10.0.0.3')))).toEqual(['LOGIN_LOCKED']);
    expect(errorCodes(await gql(app, loginMutation('carl', TEST_PASSWORD), from('10.0.0.4')))).toEqual([]);
  });

  test('aliases in one request do not bypass the count', async () => {
    const attempts = () => db.orm.em.fork().count(LoginAttempt, { username: 'eve', outcome: { $in: ['failed', 'pending'] } });
    // Mutation fields run one after another, and login is non-null: the first failure ends the request,
    // so the aliases after it never run. Whatever runs is counted.
    const twelve = Array.from({ length: 12 }, (_, i) => `a${i}: login(username: "eve", password: "wrong-${i}") { token }`);
    const first = await gql(app, `mutation { ${twelve.join(' ')} }`, from('10.0.0.5'));
    expect(errorCodes(first)).toEqual(['LOGIN_FAILED']);
    expect(await attempts()).toBe(1);
    for (let i = 0; i < 9; i += 1) {
      await gql(app, `mutation { a: login(username: "eve", password: "x${i}") { token } b: login(username: "eve", password: "y${i}") { token } }`, from('10.0.0.5'));
    }
    expect(await attempts()).toBe(10);
    const right = `login(username: "eve", password: "${TEST_PASSWORD}") { token }`;
    const locked = await gql(app, `mutation { a: ${right} b: ${right} c: ${right} }`, from('10.0.0.6'));
    expect(errorCodes(locked)).toEqual(['LOGIN_LOCKED']);
    expect(locked.data).toBeNull();
    expect(await attempts()).toBe(10);
  });

  test('parallel requests cannot slip past the count', async () => {
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) => gql(app, loginMutation('fay', `wrong-${i}`), from(`10.0.1.${i}`))),
    );
    const codes = results.flatMap(errorCodes);
    expect(codes.filter((c) => c === 'LOGIN_FAILED')).toHaveLength(10);
    expect(codes.filter((c) => c === 'LOGIN_LOCKED')).toHaveLength(5);
  });

  test('failures are audited with the address, never the password', async () => {
    const entries = await db.orm.em.fork().find(AuditEntry, { action: 'auth/login-failed', actorUsername: 'bob' });
    expect(entries.length).toBeGreaterThanOrEqual(11);
    expect(entries.every((e) => e.ip === '10.0.0.1' || e.ip === '10.0.0.2')).toBe(true);
    expect(entries.some((e) => /wrong-\d|correct-horse/.test(`${e.beforeJson}${e.afterJson}`))).toBe(false);
  });
});

