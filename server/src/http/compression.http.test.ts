import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../app.js';
import { createTestDatabase, type TestDatabase } from '../test/databases.js';
import { createTestUser, loginToken, startTestApp } from '../test/http.js';

interface BinaryResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exact headers and the body's bytes as sent (fetch would decompress them). */
function get(url: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<BinaryResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const SCRIPT = `export const table = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ i, label: `row ${i}` })))};\n`;

/** A built client whose hashed asset has .br and .gz copies beside it, as the Vite build writes them. */
function distWithCompressedCopies(): string {
  const dist = mkdtempSync(join(tmpdir(), 'client-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><script type="module" src="/assets/index-Zz9.js"></script>');
  writeFileSync(join(dist, 'assets', 'index-Zz9.js'), SCRIPT);
  writeFileSync(join(dist, 'assets', 'index-Zz9.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dist, 'assets', 'index-Zz9.js.gz'), gzipSync(SCRIPT));
  return dist;
}

describe('compressed responses (issue 13 item 6)', () => {
  let db: TestDatabase;
  let app: RunningApp;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await createTestUser(db.orm, 'cz-leader', 'LEADER');
    app = await startTestApp(db.orm, { CLIENT_DIST: distWithCompressedCopies() });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('a hashed asset asked for with Accept-Encoding: %s comes pre-compressed, with Vary and immutable caching', async (encoding, decode) => {
    const res = await get(`${app.url}/assets/index-Zz9.js`, { 'accept-encoding': encoding });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(String(res.headers.vary)).toMatch(/Accept-Encoding/i);
    expect(String(res.headers['content-type'])).toMatch(/javascript/);
    expect(String(res.headers['cache-control'])).toContain('immutable');
    expect(res.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 3);
    expect(decode(res.body).toString('utf8')).toBe(SCRIPT);
  });

  test('br is preferred when both are accepted; a client that accepts neither gets the plain file', async () => {
    expect((await get(`${app.url}/assets/index-Zz9.js`, { 'accept-encoding': 'gzip, deflate, br' })).headers['content-encoding']).toBe('br');
    const plain = await get(`${app.url}/assets/index-Zz9.js`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(SCRIPT);
  });

  test('GraphQL JSON is compressed on the fly', async () => {
    const token = await loginToken(app, 'cz-leader');
    const query = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const res = await get(`${app.url}/graphql`, { 'content-type': 'application/json', 'accept-encoding': 'gzip', authorization: `Bearer ${token}` }, 'POST', query);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.body).toString('utf8')).data.__schema.types.length).toBeGreaterThan(10);
  });
});
