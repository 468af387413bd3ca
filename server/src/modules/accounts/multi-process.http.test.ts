import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { openDatabase } from '../../db/orm.js';
import { createTestDatabase, type TestDatabase } from '../../test/databases.js';
import { createTestUser, gql, loginToken, startTestApp } from '../../test/http.js';

const postgres = process.env.TEST_POSTGRES_URL ?? (/^postgres/.test(process.env.DATABASE_URL ?? '') ? process.env.DATABASE_URL : undefined);

// Two servers, each with its own ORM and connection pool, on one PostgreSQL database: what
// several processes behind a load balancer share is the database, nothing in memory.
describe.skipIf(!postgres)('two server processes on one PostgreSQL database', () => {
  let db: TestDatabase;
  let secondOrm: MikroORM;
  let a: RunningApp;
  let b: RunningApp;
  beforeAll(async () => {
    db = await createTestDatabase('postgresql');
    secondOrm = await openDatabase(db.url);
    await createTestUser(db.orm, 'leader', 'LEADER');
    a = await startTestApp(db.orm, { TRUST_PROXY: 'loopback' });
    b = await startTestApp(secondOrm, { TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await secondOrm?.close(true);
    await db?.drop();
  });

  test('a session opened on A works on B, and logging out on B ends it on A', async () => {
    expect(a.port).not.toBe(b.port);
    const token = await loginToken(a, 'leader');
    expect((await gql(b, '{ me { username } }', { token })).data).toEqual({ me: { username: 'leader' } });
    expect((await gql(b, 'mutation { logout }', { token })).data).toEqual({ logout: true });
    expect((await gql(a, '{ me { username } }', { token })).data).toEqual({ me: null });
  });

  test('failed sign-ins are counted across both servers', async () => {
    await createTestUser(db.orm, 'target', 'LEADER');
    const attempt = (app: RunningApp, i: number) =>
      gql(app, `mutation { login(username: "target", password: "wrong-${i}") { token } }`, { headers: { 'x-forwarded-for': `10.9.0.${i}` } });
    const results = await Promise.all(Array.from({ length: 14 }, (_, i) => attempt(i % 2 ? a : b, i)));
    const codes = results.map((r) => r.errors[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'LOGIN_FAILED')).toHaveLength(10);
    expect(codes.filter((c) => c === 'LOGIN_LOCKED')).toHaveLength(4);
  });
});
