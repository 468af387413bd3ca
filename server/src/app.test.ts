import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from './app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from './test/databases.js';
import { gql, startTestServer } from './test/http.js';

describe.each(testDatabases())('the real server over HTTP on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    app = await startTestServer(db.orm);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test('answers a GraphQL query on a free port', async () => {
    const res = await gql<{ appInfo: { demoData: boolean; version: string } }>(app.url, '{ appInfo { demoData version } }');
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data?.appInfo).toEqual({ demoData: false, version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });

  test('refuses data to an anonymous caller with UNAUTHENTICATED and no stack trace', async () => {
    const res = await gql(app.url, '{ units { code } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
  });

  test('serves the health check and answers unknown client routes with the app shell or placeholder', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const page = await fetch(`${app.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
  });
});
