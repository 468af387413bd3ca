import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../app.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { DataLoad } from '../modules/demo/data-load.entity.js';
import { claimDataLoad } from '../modules/demo/load-lock.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../test/databases.js';
import { createTestUser, errorCodes, gql, loginToken, startTestApp } from '../test/http.js';
import { expectCleanRefusal, importFixtureCity, rawRequest, rowCounts } from './abuse-kit.js';

/**
 * The HTTP half of the abuse suite (issue 9 items 2, 5, 6, 9): every abusive request gets a clear
 * GraphQL-style error with a stable code and leaves every watched table as it was.
 */
describe.each(testDatabases())('abusive requests over HTTP on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  let admin: string;
  let leader: string;
  let assessor: string;
  let before: Record<string, number>;
  const post = (headers: Record<string, string>, body: string | Buffer) =>
    rawRequest(`${app.url}/graphql`, { headers: { 'content-type': 'application/json', ...headers }, body });

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await importFixtureCity(db.orm);
    await createTestUser(db.orm, 'abuse-admin', 'ADMIN');
    await createTestUser(db.orm, 'abuse-leader', 'LEADER');
    await createTestUser(db.orm, 'abuse-assessor', 'ASSESSOR');
    app = await startTestApp(db.orm);
    [admin, leader, assessor] = await Promise.all(['abuse-admin', 'abuse-leader', 'abuse-assessor'].map((u) => loginToken(app, u)));
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('item 5: requests that cannot be read', () => {
    beforeAll(async () => {
      before = await rowCounts(db.orm);
    });
    afterAll(async () => {
      expect(await rowCounts(db.orm)).toEqual(before);
    });

    test('malformed JSON', async () => {
      const res = await post({}, '{"query": "mutation { login(username: \\"a\\", password: \\"SECRET-MARKER\\") { token } }"');
      expectCleanRefusal(res, 400, 'MALFORMED_JSON');
      expect(res.text).not.toContain('SECRET-MARKER');
    });

    test('a body over 1 MB', async () => {
      const res = await post({}, JSON.stringify({ query: '{ appInfo { version } }', variables: { pad: 'x'.repeat(1_100_000) } }));
      expectCleanRefusal(res, 413, 'PAYLOAD_TOO_LARGE');
    });

    test('charset=latin1', async () => {
      const res = await post({ 'content-type': 'application/json; charset=latin1' }, '{"query":"{ appInfo { version } }"}');
      expectCleanRefusal(res, 415, 'UNSUPPORTED_CHARSET');
    });

    test('an unknown content-encoding, and a gzip body that is not gzip', async () => {
      expectCleanRefusal(await post({ 'content-encoding': 'x-compress-9' }, '{"query":"{ appInfo { version } }"}'), 415, 'UNSUPPORTED_ENCODING');
      expectCleanRefusal(await post({ 'content-encoding': 'gzip' }, 'not gzip at all'), 400, 'BAD_REQUEST');
      // A real gzip body is fine.
      const ok = await post({ 'content-encoding': 'gzip' }, gzipSync('{"query":"{ appInfo { version } }"}'));
      expect(ok.status).toBe(200);
    });

    test('a NUL character in a variable, and in a literal of the operation', async () => {
      const login = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
      const inVariable = await post({}, JSON.stringify({ query: login, variables: { u: 'lea\u0000', p: 'x' } }));
      expect(expectCleanRefusal(inVariable, 400, 'BAD_USER_INPUT').message).toMatch(/\$u contains a NUL character/);
      const inLiteral = await post({}, JSON.stringify({ query: 'mutation { login(username: "lea\\u0000", password: "x") { token } }' }));
      expect(expectCleanRefusal(inLiteral, 400, 'BAD_USER_INPUT').message).toMatch(/query contains a NUL character/);
      const params = new URLSearchParams({ query: 'query($u: String) { appInfo { version } }', variables: JSON.stringify({ u: 'a\u0000' }) });
      const inGet = await rawRequest(`${app.url}/graphql?${params}`, { method: 'GET', headers: { 'apollo-require-preflight': 'true' } });
      expect(expectCleanRefusal(inGet, 400, 'BAD_USER_INPUT').message).toMatch(/variables contains a NUL character/);
    });

    test('a 900 KB argument is refused by name, not echoed', async () => {
      const huge = 'A'.repeat(900_000);
      const res = await post({ authorization: `Bearer ${admin}` }, JSON.stringify({
        query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
        variables: { i: { username: 'huge', role: 'LEADER', password: 'password-123', displayName: huge } },
      }));
      expect(expectCleanRefusal(res, 400, 'BAD_USER_INPUT').message).toMatch(/\$i\.displayName is too long/);
    });

    test('a refused value of the wrong type comes back as a short prefix at most', async () => {
      const res = await post({}, JSON.stringify({ query: 'query($n: Int) { auditLog(first: $n) { entries { id } } }', variables: { n: 'B'.repeat(9000) } }));
      expect(res.status).toBe(400);
      expect(res.text.length).toBeLessThan(2000);
      expect(JSON.parse(res.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('item 6: strings longer than their columns, the same on both databases', () => {
    const create = (displayName: string, unitCode: string | null = null) =>
      gql(app, 'mutation($i: CreateUserInput!) { createUser(input: $i) { displayName } }', {
        token: admin,
        variables: { i: { username: `len-${displayName.length}-${unitCode?.length ?? 0}`, role: unitCode ? 'UNIT' : 'LEADER', unitCode, password: 'password-123', displayName } },
      });

    test('displayName: 255 characters (Chinese too) fit, 256 do not', async () => {
      const users = (await rowCounts(db.orm)).users;
      const tooLong = await create('名'.repeat(256));
      expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
      expect(tooLong.errors[0]).toMatchObject({ message: expect.stringMatching(/displayName may have at most 255 characters/), extensions: { field: 'displayName', maxLength: 255 } });
      expect((await rowCounts(db.orm)).users).toBe(users);
      expect((await create('名'.repeat(255))).data).toEqual({ createUser: { displayName: '名'.repeat(255) } });
    });

    test('unitCode longer than a unit code, and an edit that does not fit', async () => {
      expect(errorCodes(await create('x', 'U'.repeat(65)))[0]).toBe('BAD_USER_INPUT');
      const users = await gql<{ users: Array<{ id: string; username: string; version: number }> }>(app, '{ users { id username version } }', { token: admin });
      const target = users.data?.users.find((u) => u.username === 'abuse-leader');
      const edit = await gql(app, 'mutation($id: String!, $n: String!, $v: Int!) { updateUser(id: $id, input: { displayName: $n }, expectedVersion: $v) { id } }', {
        token: admin, variables: { id: target?.id, n: 'x'.repeat(300), v: target?.version },
      });
      expect(edit.errors[0]?.message).toMatch(/displayName may have at most 255/);
    });
  });

  describe('item 2: range arguments', () => {
    const trend = (from: string, to: string) => gql(app, '{ cityTrend(from: "' + from + '", to: "' + to + '") { period ranked } }', { token: leader });

    test.each([['2023-03', '2023-Q1'], ['2023-03', '2023-01'], ['abc', '2023-03'], ['2023-13', '2023-14']])('%s … %s is BAD_USER_INPUT', async (from, to) => {
      const res = await trend(from, to);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors[0].message).toMatch(/not a range of periods of one kind/);
    });

    test('a range far wider than the data computes only the periods that have data, at once', async () => {
      const started = Date.now();
      const res = await trend('1990-01', '2099-12');
      expect(res.errors).toEqual([]);
      const months: Array<{ id: string }> = await db.orm.em.fork().getConnection().execute(`select id from periods where kind = 'month' and has_data = true order by id`);
      expect((res.data as { cityTrend: Array<{ period: string }> }).cityTrend.map((p) => p.period)).toEqual(months.map((m) => m.id));
      expect(months.length).toBeGreaterThan(0);
      expect(Date.now() - started).toBeLessThan(5000);
    });

    test('more than 60 periods with data in the range is refused', async () => {
      const conn = db.orm.em.fork().getConnection();
      const months = Array.from({ length: 61 }, (_, i) => `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
      for (const m of months) await conn.execute(`insert into periods (id, kind, start_on, end_on, has_data) values ('${m}', 'month', '${m}-01', '${m}-28', true)`);
      try {
        const res = await trend('2010-01', '2015-12');
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(res.errors[0].message).toMatch(/at most 60 periods with data \(this range has 61\)/);
      } finally {
        await conn.execute(`delete from periods where id like '201%'`);
      }
    });
  });

  describe('item 9: who reads which audit entries, and no scores from a load in progress', () => {
    test('an ASSESSOR reads scheme, publication, import and remediation entries only; ADMIN reads every entry', async () => {
      const em = db.orm.em.fork();
      for (const action of ['scheme/update', 'publication/publish', 'import/file', 'remediation/verify']) {
        em.create(AuditEntry, { id: randomUUID(), at: new Date().toISOString(), action });
      }
      await em.flush();
      const query = '{ auditLog(first: 200) { entries { action } } }';
      const seen = async (token: string) =>
        new Set((await gql<{ auditLog: { entries: Array<{ action: string }> } }>(app, query, { token })).data?.auditLog.entries.map((e) => e.action.split('/')[0]));
      expect([...(await seen(assessor))].sort()).toEqual(['import', 'publication', 'remediation', 'scheme']);
      expect([...(await seen(admin))]).toEqual(expect.arrayContaining(['auth', 'import', 'publication', 'remediation', 'scheme']));
      const refused = await gql(app, '{ auditLog(first: 5, action: "auth/login-failed") { entries { action ip } } }', { token: assessor });
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    });

    test('while another process loads the data, scores answer 503 DATA_LOADING, cached ones too; then they come back', async () => {
      const ranking = '{ ranking(period: "2023-03") { rows { unit { code } composite } } }';
      const first = await gql(app, ranking, { token: leader });
      expect(first.errors).toEqual([]);
      const claim = await claimDataLoad(db.orm, 'demo-city', 'another-process');
      try {
        const during = await gql(app, ranking, { token: leader });
        expect(during.status).toBe(503);
        expect(during.headers.get('retry-after')).toBe('30');
        expect(errorCodes(during)).toEqual(['DATA_LOADING']);
        expect(during.errors[0].message).toMatch(/still being loaded/);
      } finally {
        if (claim.kind === 'claimed') await claim.release(true);
      }
      const after = await gql(app, ranking, { token: leader });
      expect(after.data).toEqual(first.data);
      await db.orm.em.fork().nativeDelete(DataLoad, {});
    });
  });
});
