import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { createTestUser, errorCodes, gql, loginToken, startTestApp } from '../../test/http.js';

const OWN = 'U-OWN';
const OTHER = 'U-OTHER';
const RANKING = `query R($p: String!) { ranking(period: $p) { rows { unit { code } penalty composite subIndicators { id score } } } }`;

interface Raw { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A POST with full control over headers (fetch would decompress and hide content-encoding). */
function post(app: RunningApp, token: string, body: unknown, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${app.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const sameAnswer = (r: Raw) => ({ status: r.status, type: r.headers['content-type'], body: r.body.toString('utf8') });

/** The response cache's fast path in front of Apollo (graphql/fast-path/middleware.ts). */
describe.each(testDatabases())('cached answers before Apollo on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  let leader: string;
  let unit: string;
  const ask = { query: RANKING, variables: { p: '2023-03' } };
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const conn = db.orm.em.getConnection();
    await conn.execute(`insert into units (code, name, kind) values ('${OWN}', 'Own', 'municipal'), ('${OTHER}', 'Other', 'municipal')`);
    await conn.execute(`insert into periods (id, kind, start_on, end_on, has_data) values ('2023-03', 'month', '2023-03-01', '2023-03-31', true)`);
    await conn.execute(`insert into incidents (incident_id, unit_code, occurred_on, severity, description) values ('I1', '${OWN}', '2023-03-05', 'minor', 'x')`);
    await createTestUser(db.orm, 'lead', 'LEADER');
    await createTestUser(db.orm, 'unit-own', 'UNIT', OWN);
    app = await startTestApp(db.orm);
    leader = await loginToken(app, 'lead');
    unit = await loginToken(app, 'unit-own');
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test('a hit answers exactly what Apollo answered, and gzipped when asked', async () => {
    const first = await post(app, leader, ask);
    expect(JSON.parse(first.body.toString('utf8')).errors).toBeUndefined();
    const second = await post(app, leader, ask);
    expect(sameAnswer(second)).toEqual(sameAnswer(first));
    expect(second.headers.etag).toBe(first.headers.etag);
    // The gzipped copy is made in the background after the first answer; wait for it.
    let zipped = await post(app, leader, ask, { 'accept-encoding': 'gzip' });
    for (let i = 0; i < 50 && zipped.headers['content-encoding'] !== 'gzip'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      zipped = await post(app, leader, ask, { 'accept-encoding': 'gzip' });
    }
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(first.body.toString('utf8'));
  });

  test('a UNIT user never gets the leader’s cached heatmap', async () => {
    await post(app, leader, ask);
    const answer = await gql(app, RANKING, { token: unit, variables: ask.variables });
    expect(errorCodes(answer)).toContain('FORBIDDEN');
    const twice = await gql(app, RANKING, { token: unit, variables: ask.variables });
    expect(errorCodes(twice)).toContain('FORBIDDEN');
    const own = '{ ranking(period: "2023-03") { rows { unit { code } composite } } }';
    const leaderOwn = await gql(app, own, { token: leader });
    const unitOwn = await gql(app, own, { token: unit });
    expect(unitOwn.data).toEqual(leaderOwn.data);
  });

  test('after an import (a new data version) the next answer is fresh', async () => {
    const before = JSON.parse((await post(app, leader, ask)).body.toString('utf8')) as { data: { ranking: { rows: Array<{ unit: { code: string }; penalty: number }> } } };
    const penalty = (r: typeof before, code: string) => r.data.ranking.rows.find((row) => row.unit.code === code)?.penalty;
    const conn = db.orm.em.getConnection();
    await conn.execute(`insert into incidents (incident_id, unit_code, occurred_on, severity, description) values ('I2', '${OTHER}', '2023-03-06', 'major', 'y')`);
    await conn.execute(`insert into import_batches (id, file_kind, file_name, status, min_date, max_date, started_at, finished_at)
      values ('b-1', 'incidents', 'incidents.csv', 'imported', '2023-03-06', '2023-03-06', '2099-01-01T00:00:00.000Z', '2099-01-01T00:00:01.000Z')`);
    const after = JSON.parse((await post(app, leader, ask)).body.toString('utf8')) as typeof before;
    expect(penalty(after, OTHER)).not.toBe(penalty(before, OTHER));
    expect(penalty(after, OWN)).toBe(penalty(before, OWN));
  });

  test('a logged-out token is refused, even for an answer that is cached', async () => {
    const token = await loginToken(app, 'lead');
    expect(JSON.parse((await post(app, token, ask)).body.toString('utf8')).errors).toBeUndefined();
    expect((await gql(app, 'mutation { logout }', { token })).data).toEqual({ logout: true });
    const refused = await gql(app, RANKING, { token, variables: ask.variables });
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
    expect(refused.data).toBeNull();
  });

  test('a disabled user is refused on the next request', async () => {
    await createTestUser(db.orm, 'lead-2', 'LEADER');
    const token = await loginToken(app, 'lead-2');
    await post(app, token, ask);
    await db.orm.em.getConnection().execute(`update users set disabled = true where username = 'lead-2'`);
    expect(errorCodes(await gql(app, RANKING, { token, variables: ask.variables }))).toEqual(['UNAUTHENTICATED']);
  });

  test('a simple (CSRF-able) POST of a cached query is still refused by Apollo', async () => {
    await post(app, leader, ask);
    const res = await post(app, leader, ask, { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    expect(res.body.toString('utf8')).toMatch(/CSRF|preflight/i);
  });
});
