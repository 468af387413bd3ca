import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { createTestUser, gql, loginToken, startTestApp } from '../../test/http.js';
import { importSource } from '../imports/index.js';
import { getJson, upload, waitForJob, type JobAnswer } from '../../test/uploads.js';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../imports/fixtures/${path}`, import.meta.url)), 'utf8');

describe.each(testDatabases())('POST /api/imports over HTTP on %s', (database) => {
  let db: TestDatabase;
  let app: RunningApp;
  let assessor: string;
  let leader: string;
  let admin: string;
  let ingest: string;
  const spool = mkdtempSync(join(tmpdir(), 'spool-'));

  async function count(table: string): Promise<number> {
    const [row] = await db.orm.em.fork().getConnection().execute<Array<{ n: number | string }>>(`select count(*) as n from ${table}`);
    return Number(row.n);
  }

  beforeAll(async () => {
    db = await createTestDatabase(database);
    await createTestUser(db.orm, 'up-assessor', 'ASSESSOR');
    await createTestUser(db.orm, 'up-leader', 'LEADER');
    await createTestUser(db.orm, 'up-admin', 'ADMIN');
    const service = await createTestUser(db.orm, 'nightly-feed', 'INGEST');
    app = await startTestApp(db.orm, { IMPORT_SPOOL_DIR: spool, TRUST_PROXY: 'loopback' });
    assessor = await loginToken(app, 'up-assessor');
    leader = await loginToken(app, 'up-leader');
    admin = await loginToken(app, 'up-admin');
    const created = await gql<{ createApiToken: { token: string } }>(app,
      'mutation($u: String!) { createApiToken(userId: $u, name: "nightly") { token apiToken { prefix username } } }',
      { token: admin, variables: { u: service.id } });
    ingest = created.data?.createApiToken.token ?? '';
    expect(ingest).toMatch(/^sct_/);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test('a valid file lands: 202 with an id, then done with its counts, and the spool file is gone', async () => {
    const res = await upload(app, [{ name: 'units.csv', content: fixture('valid/units.csv') }], { token: assessor });
    expect(res.status).toBe(202);
    const job = await waitForJob(app, String(res.body.id), assessor);
    expect(job.state).toBe('done');
    expect(job.files).toMatchObject([{ name: 'units.csv', kind: 'units', rows: 4, added: 4, replaced: 0, errors: [] }]);
    expect(await count('units')).toBe(4);
    expect(readdirSync(spool)).toEqual([]);
  });

  test('a file with bad rows lands nothing and every bad row is reported with line, column, value and reason', async () => {
    const before = await count('ratings');
    const res = await upload(app, [{ name: 'ratings.csv', content: fixture('bad/ratings.csv') }], { token: assessor });
    const job = await waitForJob(app, String(res.body.id), assessor);
    expect(job.state).toBe('refused');
    const [file] = job.files;
    expect(file.added).toBe(0);
    expect([...new Set(file.errors.map((e) => e.line))]).toEqual([2, 3, 4, 5]);
    expect(file.errors[0]).toMatchObject({ line: 2, column: 'level', value: '7' });
    expect(file.errors.every((e) => e.reason.length > 0)).toBe(true);
    expect(await count('ratings')).toBe(before);
    const report = await fetch(`${app.url}/api/imports/${job.id}/files/0/errors.csv`, { headers: { authorization: `Bearer ${assessor}` } });
    expect(report.status).toBe(200);
    expect(await report.text()).toContain('level');
  });

  test('the kind is recognised from the header row when the name says nothing, or taken as chosen', async () => {
    const res = await upload(app, [{ name: 'export (3).csv', content: `${fixture('valid/units.csv')}\n` }], { token: assessor });
    const job = await waitForJob(app, String(res.body.id), assessor);
    expect(job.files[0]).toMatchObject({ kind: 'units', status: 'imported', replaced: 4 });
    const chosen = await upload(app, [{ name: 'a.csv', content: fixture('valid/units.csv') }], { token: assessor, fields: { kind: 'resources' } });
    expect((await waitForJob(app, String(chosen.body.id), assessor)).state).toBe('refused');
  });

  test('machine delivery: an INGEST token uploads without any other header; re-delivery of the same file adds no rows', async () => {
    const content = fixture('valid/units.csv').replace('U01,', 'U09,');
    const first = await upload(app, [{ name: 'units.csv', content }], { token: ingest });
    expect(first.status).toBe(202);
    const done = await waitForJob(app, String(first.body.id), ingest);
    expect(done.state).toBe('done');
    const again = await upload(app, [{ name: 'units-nightly.csv', content }], { token: ingest });
    const repeat = await waitForJob(app, String(again.body.id), ingest);
    expect(repeat.state).toBe('done');
    expect(repeat.files[0].status).toBe('duplicate');
    expect(await count('units')).toBe(5);
    // The service account sees its own jobs only, and nothing of GraphQL.
    const others = await getJson<JobAnswer>(app, `/api/imports/${String((await upload(app, [{ name: 'units.csv', content }], { token: assessor })).body.id)}`, ingest);
    expect(others.status).toBe(404);
    const me = await gql(app, '{ periods { id } }', { token: ingest });
    expect(me.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a file imported by pnpm import (its SHA-256 in import_batches) and then uploaded is a duplicate too', async () => {
    const content = Buffer.from(fixture('valid/units.csv').replace('U01,', 'U08,'));
    const imported = await importSource(db.orm, { name: 'units.csv', stream: content }, { sha256: createHash('sha256').update(content).digest('hex') });
    expect(imported.status).toBe('imported');
    const uploaded = await upload(app, [{ name: 'units-again.csv', content }], { token: assessor });
    const job = await waitForJob(app, String(uploaded.body.id), assessor);
    expect(job.files[0]).toMatchObject({ status: 'duplicate', added: 0, replaced: 0 });
  });

  test('401 without credentials, 403 for other roles, a revoked token is refused', async () => {
    const files = [{ name: 'units.csv', content: fixture('valid/units.csv') }];
    expect((await upload(app, files)).status).toBe(401);
    expect((await upload(app, files, { token: leader })).status).toBe(403);
    expect((await upload(app, files, { token: 'sct_not-a-token' })).status).toBe(401);
    const list = await gql<{ apiTokens: Array<{ id: string }> }>(app, '{ apiTokens { id } }', { token: admin });
    await gql(app, 'mutation($id: String!) { revokeApiToken(id: $id) { revokedAt } }', { token: admin, variables: { id: list.data?.apiTokens[0].id } });
    expect((await upload(app, files, { token: ingest })).status).toBe(401);
  });

  test('cookie-authenticated uploads need X-Requested-With (CSRF); with it they are accepted', async () => {
    const files = [{ name: 'units.csv', content: fixture('valid/units.csv') }];
    const cookie = { cookie: `scorecard_session=${assessor}` };
    const refused = await upload(app, files, { headers: cookie });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('CSRF_HEADER_MISSING');
    const ok = await upload(app, files, { headers: { ...cookie, 'x-requested-with': 'XMLHttpRequest' } });
    expect(ok.status).toBe(202);
    await waitForJob(app, String(ok.body.id), assessor);
  });

  test('the history lists jobs newest first; imports are audited', async () => {
    const { body } = await getJson<{ jobs: JobAnswer[] }>(app, '/api/imports', assessor);
    expect(body.jobs.length).toBeGreaterThanOrEqual(5);
    const log = await gql<{ auditLog: { entries: Array<{ action: string }> } }>(app, '{ auditLog(first: 50) { entries { action } } }', { token: admin });
    const actions = log.data?.auditLog.entries.map((e) => e.action) ?? [];
    expect(actions).toContain('import/file');
    expect(actions).toContain('import/file-rejected');
    expect(actions).toContain('user/create-api-token');
    expect(actions).toContain('user/revoke-api-token');
  });
});
