import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../test/databases.js';
import { createTestUser, errorCodes, gql, startTestApp } from '../test/http.js';
import { fakeClientDist, rawRequest, type RawResponse } from './abuse-kit.js';

function expectSecurityHeaders(res: RawResponse, what: string): void {
  const csp = String(res.headers['content-security-policy'] ?? '');
  expect(csp, what).toContain("default-src 'self'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(/script-src [^;]*'unsafe-inline'/.test(csp), `${what}: no inline script`).toBe(false);
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['x-frame-options'], what).toBe('DENY');
  expect(res.headers['referrer-policy'], what).toBe('no-referrer');
  expect(res.headers['x-powered-by'], what).toBeUndefined();
}

/** Issue 9 item 8: headers on every response, caching of the built client, and whose address counts. */
describe.each(testDatabases())('HTTP hardening on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  const get = (path: string, headers: Record<string, string> = {}) => rawRequest(`${app.url}${path}`, { method: 'GET', headers });
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    app = await startTestApp(db.orm, { CLIENT_DIST: fakeClientDist() });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test('every kind of response carries the security headers', async () => {
    const responses: Array<[string, RawResponse]> = [
      ['the page', await get('/')],
      ['a client route', await get('/units/U01?period=2023-03')],
      ['an asset', await get('/assets/index-AbC123.js')],
      ['a missing asset', await get('/assets/nope.js')],
      ['the health check', await get('/healthz')],
      ['a GraphQL answer', await rawRequest(`${app.url}/graphql`, { headers: { 'content-type': 'application/json' }, body: '{"query":"{ appInfo { version } }"}' })],
      ['a refused body', await rawRequest(`${app.url}/graphql`, { headers: { 'content-type': 'application/json' }, body: '{' })],
      ['an unknown path', await rawRequest(`${app.url}/nothing-here`, { method: 'DELETE' })],
    ];
    for (const [what, res] of responses) expectSecurityHeaders(res, what);
  });

  test('hashed assets are cached for a year as immutable; a missing one is a 404, never index.html', async () => {
    const asset = await get('/assets/index-AbC123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await get('/assets/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain('<div id="app">');
    const page = await get('/units/U01');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="app">shell</div>');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  test('an unknown path or method is a JSON 404', async () => {
    const res = await rawRequest(`${app.url}/nothing-here`, { method: 'DELETE' });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  test('GraphiQL outside production only, its inline script allowed by its hash on that page only', async () => {
    const page = await get('/graphql', { accept: 'text/html' });
    expect(page.status).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).toContain('worker-src');
    expect(csp).not.toContain('unsafe-inline\' \'sha');
    const prod = await startTestApp(db.orm, { NODE_ENV: 'production', ADMIN_PASSWORD: 'irrelevant-here', CLIENT_DIST: fakeClientDist() });
    try {
      const none = await rawRequest(`${prod.url}/graphql`, { method: 'GET', headers: { accept: 'text/html' } });
      expect(none.text).not.toContain('GraphiQL');
      expect(String(none.headers['content-security-policy'])).not.toContain('sha256-');
    } finally {
      await prod.close();
    }
  });

  test('X-Forwarded-For counts only from a proxy TRUST_PROXY names: by default it cannot dodge the address lockout', async () => {
    await createTestUser(db.orm, 'xff-victim', 'LEADER');
    const attempt = (app: RunningApp, i: number) =>
      gql(app, `mutation { login(username: "nobody-${i}", password: "wrong-password") { token } }`, { headers: { 'x-forwarded-for': `203.0.113.${i}` } });
    const codes: string[] = [];
    for (let i = 1; i <= 11; i += 1) codes.push(...errorCodes(await attempt(app, i)));
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('LOGIN_FAILED'));
    expect(codes[10]).toBe('LOGIN_LOCKED');

    const behindProxy = await startTestApp(db.orm, { TRUST_PROXY: 'loopback' });
    try {
      const proxied: string[] = [];
      for (let i = 21; i <= 31; i += 1) proxied.push(...errorCodes(await attempt(behindProxy, i)));
      expect(proxied).toEqual(Array(11).fill('LOGIN_FAILED'));
    } finally {
      await behindProxy.close();
    }
  });
});
