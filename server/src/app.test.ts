import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from './app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from './test/databases.js';
import { gql, startTestApp } from './test/http.js';

describe.each(testDatabases())('the real server over HTTP on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const clientDist = mkdtempSync(join(tmpdir(), 'client-dist-'));
    writeFileSync(join(clientDist, 'index.html'), '<!doctype html><div id="app">shell</div>');
    app = await startTestApp(db.orm, { CLIENT_DIST: clientDist, LOG_LEVEL: 'silent' });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test('answers a GraphQL query on a free port', async () => {
    const res = await gql<{ appInfo: { demoData: boolean; version: string } }>(app, '{ appInfo { demoData version } }');
    expect(res.status).toBe(200);
    expect(res.errors).toEqual([]);
    expect(res.data?.appInfo).toEqual({ demoData: false, version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });

  test('refuses data to an anonymous caller with UNAUTHENTICATED and no stack trace', async () => {
    const res = await gql(app, '{ units { code } }');
    expect(res.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
  });

  test('serves the health check, and the client shell for every client route (deep links work)', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    for (const path of ['/', '/login', '/units/ZZ-M-001?period=2023-03']) {
      const page = await fetch(`${app.url}${path}`);
      expect(page.status, path).toBe(200);
      expect(await page.text(), path).toContain('<div id="app">shell</div>');
    }
  });
});
