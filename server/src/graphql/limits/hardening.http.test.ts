import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, type TestDatabase } from '../../test/databases.js';
import { createTestUser, errorCodes, gql, loginToken, startTestApp, type GqlResponse } from '../../test/http.js';
import { formatError } from '../format-error.js';
import { DEFAULT_QUERY_LIMITS, hardening, withRootFieldDeadlines } from './index.js';

/** Nothing of the server's insides may leak: no stack, no file path. */
function expectNoInternals(res: GqlResponse<unknown>): void {
  for (const error of res.errors) expect(error.extensions ?? {}).not.toHaveProperty('stacktrace');
  expect(res.raw).not.toMatch(/\bat \S+ \(|\.ts:\d+|\.js:\d+|node_modules/);
}

describe('a hardened GraphQL endpoint over HTTP', () => {
  let db: TestDatabase;
  let app: RunningApp;
  let token: string;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await createTestUser(db.orm, 'lea', 'LEADER');
    app = await startTestApp(db.orm);
    token = await loginToken(app, 'lea');
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'CSRF: a simple POST (%s) without a preflight header is refused',
    async (contentType) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: JSON.stringify({ query: 'mutation { logout }' }),
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/CSRF|preflight/i);
    },
  );

  test('CSRF: a GET query without a preflight header is refused', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ appInfo { version } }')}`);
    expect(res.status).toBe(400);
  });

  test('no batched requests', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ appInfo { version } }' }, { query: '{ appInfo { version } }' }]),
    });
    expect(res.status).toBe(400);
  });

  test('depth limit', async () => {
    // The schema is shallow: a deep query is refused for depth before anything else is looked at.
    const deep = `{ ranking(period: "2023-03") { ${'rows { '.repeat(11)}composite${' }'.repeat(11)} } }`;
    const res = await gql(app, deep, { token });
    expect(res.status).toBe(400);
    expect(res.errors.find((e) => e.extensions?.limit === 'depth')?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expectNoInternals(res);
  });

  test('cost limit', async () => {
    const trend = (alias: string) =>
      `${alias}: unitTrend(unitCode: "X", from: "2023-01", to: "2023-12") { dimensions { subIndicators { id } } }`;
    const res = await gql(app, `{ ${['a', 'b', 'c', 'd', 'e'].map(trend).join(' ')} }`, { token });
    expect(res.status).toBe(400);
    expect(res.errors.map((e) => [e.extensions?.code, e.extensions?.limit])).toEqual([['QUERY_TOO_COMPLEX', 'cost']]);
    expect(res.errors[0].message).toMatch(/too large/);
    expectNoInternals(res);
  });

  test('alias limit', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: appInfo { version }`).join(' ');
    const res = await gql(app, `{ ${aliases} }`);
    expect(res.errors.map((e) => [e.extensions?.code, e.extensions?.limit])).toEqual([['QUERY_TOO_COMPLEX', 'aliases']]);
    expectNoInternals(res);
  });

  test('token limit', async () => {
    const res = await gql(app, `{ ${Array.from({ length: 700 }, () => 'appInfo { version }').join(' ')} }`);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(res.errors[0].message).toMatch(/tokens/);
    expectNoInternals(res);
  });

  test('a request body over 1 MB is refused', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ appInfo { version } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
  });

  test('an unexpected error is masked and carries the request id the user can quote', async () => {
    const conn = db.orm.em.getConnection();
    await conn.execute('alter table periods rename to periods_away');
    try {
      const res = await gql(app, '{ periods { id } }', { token, headers: { 'x-request-id': 'req-abc-123' } });
      expect(res.headers.get('x-request-id')).toBe('req-abc-123');
      expect(res.errors).toHaveLength(1);
      expect(res.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-abc-123' });
      expect(res.errors[0].message).toContain('req-abc-123');
      expect(res.raw).not.toMatch(/no such table|sqlite|select /i);
      expectNoInternals(res);
    } finally {
      await conn.execute('alter table periods_away rename to periods');
    }
    // A request id that is not a plain token is replaced, not echoed into logs and headers.
    const odd = await gql(app, '{ appInfo { version } }', { headers: { 'x-request-id': 'a b"<x>' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('field suggestions are shown in development only', async () => {
    const dev = await gql(app, '{ appInf { version } }');
    expect(dev.errors[0].message).toMatch(/Did you mean/);
    const prodApp = await startTestApp(db.orm, { NODE_ENV: 'production', ADMIN_PASSWORD: 'irrelevant-here' });
    try {
      const prod = await gql(prodApp, '{ appInf { version } }');
      expect(prod.errors[0].message).not.toMatch(/Did you mean/);
      const introspection = await gql(prodApp, '{ __schema { queryType { name } } }');
      expect(introspection.status).toBe(400);
      expectNoInternals(introspection);
    } finally {
      await prodApp.close();
    }
  });
});

describe('query timeout', () => {
  test('an operation past its deadline answers QUERY_TIMEOUT in time; the other fields still answer', async () => {
    const schema = withRootFieldDeadlines(
      buildSchema('type Query { slow: String, fast: String }'),
    );
    const rootValue = {
      slow: () => new Promise((resolve) => setTimeout(() => resolve('late'), 500)),
      fast: () => 'ok',
    };
    const limits = hardening(false, { ...DEFAULT_QUERY_LIMITS, timeoutMs: 50 });
    const server = new ApolloServer({
      schema,
      rootValue,
      plugins: limits.plugins,
      validationRules: limits.validationRules,
      formatError: (formatted, error) => formatError(formatted, error),
    });
    await server.start();
    try {
      const started = Date.now();
      const res = await server.executeOperation({ query: '{ slow fast }' });
      expect(Date.now() - started).toBeLessThan(400);
      const body = res.body.kind === 'single' ? res.body.singleResult : null;
      expect(body?.data).toEqual({ slow: null, fast: 'ok' });
      expect(body?.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TIMEOUT']);
    } finally {
      await server.stop();
    }
  });
});
