import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { importFixtureCity } from '../../security/abuse-kit.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { createTestUser, gql, loginToken, startTestApp } from '../../test/http.js';
import { upload, waitForJob } from '../../test/uploads.js';

async function download(app: { url: string }, path: string, token: string): Promise<{ status: number; type: string; name: string; body: Buffer }> {
  const res = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const name = res.headers.get('content-disposition') ?? '';
  return { status: res.status, type: res.headers.get('content-type') ?? '', name, body: Buffer.from(await res.arrayBuffer()) };
}

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

/** The table of a sheet under its title lines: header names → cell values, one object per row. */
function table(ws: ExcelJS.Worksheet, headerRow: number): Array<Record<string, unknown>> {
  const header = (ws.getRow(headerRow).values as unknown[]).map((v) => String(v ?? ''));
  const rows: Array<Record<string, unknown>> = [];
  ws.eachRow((row, n) => {
    if (n <= headerRow) return;
    const values = row.values as unknown[];
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null]).filter(([h]) => h !== '')));
  });
  return rows;
}

const RANKING = `query($p: String!, $s: RankingScope) { ranking(period: $p, scope: $s) { schemeVersion published
  rows { unit { code } rank composite grade } } }`;

describe.each(testDatabases())('exports over HTTP on %s', (database) => {
  let db: TestDatabase;
  let app: RunningApp;
  let leader: string;
  let unit: string;
  let assessor: string;
  let admin: string;

  beforeAll(async () => {
    db = await createTestDatabase(database);
    await importFixtureCity(db.orm);
    await createTestUser(db.orm, 'ex-leader', 'LEADER');
    await createTestUser(db.orm, 'ex-unit', 'UNIT', 'U02');
    await createTestUser(db.orm, 'ex-assessor', 'ASSESSOR');
    await createTestUser(db.orm, 'ex-admin', 'ADMIN');
    app = await startTestApp(db.orm, { TRUST_PROXY: 'loopback' });
    [leader, unit, assessor, admin] = await Promise.all(['ex-leader', 'ex-unit', 'ex-assessor', 'ex-admin'].map((u) => loginToken(app, u)));
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test.each(['ALL', 'MUNICIPAL'])('ranking.xlsx (scope %s): composite and rank read back equal to the API ranking', async (scope) => {
    const api = await gql<{ ranking: { schemeVersion: number; rows: Array<{ unit: { code: string }; rank: number | null; composite: number | null }> } }>(
      app, RANKING, { token: leader, variables: { p: '2023-03', s: scope } });
    const res = await download(app, `/api/exports/ranking.xlsx?period=2023-03&scope=${scope}&lang=en`, leader);
    expect(res.status).toBe(200);
    expect(res.type).toContain('spreadsheetml');
    // The browser names the file as this header does.
    expect(res.name).toContain(`filename*=UTF-8''ranking-2023-03-${scope}.xlsx`);
    const wb = await workbook(res.body);
    const ws = wb.worksheets[0];
    expect(String(ws.getRow(2).getCell(1).value)).toContain('Scheme: v1');
    expect(String(ws.getRow(3).getCell(1).value)).toContain('Preliminary');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    const rows = table(ws, 4);
    expect(rows.map((r) => ({ code: r['Unit code'], rank: r.Rank, composite: r.Composite }))).toEqual(
      api.data?.ranking.rows.map((r) => ({ code: r.unit.code, rank: r.rank, composite: r.composite })),
    );
    expect(ws.getRow(5).getCell(5).numFmt).toBe('0.00');
    expect(wb.worksheets.length).toBeGreaterThan(1);
  });

  test('headers in Chinese by default', async () => {
    const wb = await workbook((await download(app, '/api/exports/ranking.xlsx?period=2023-03&scope=ALL', leader)).body);
    expect(wb.worksheets[0].getRow(4).values).toEqual(expect.arrayContaining(['排名', '单位编码', '综合得分']));
  });

  test("a UNIT user: the ranking, but only its own row in the sub-indicator sheets; another unit's evidence is refused", async () => {
    const wb = await workbook((await download(app, '/api/exports/ranking.xlsx?period=2023-03&scope=ALL&lang=en', unit)).body);
    expect(table(wb.worksheets[0], 4).length).toBeGreaterThan(1);
    for (const ws of wb.worksheets.slice(1)) expect(table(ws, 4).map((r) => r['Unit code'])).toEqual(['U02']);
    expect((await download(app, '/api/exports/evidence.csv?unitCode=U01&period=2023-03&indicatorId=R2', unit)).status).toBe(403);
    expect((await download(app, '/api/exports/evidence.xlsx?unitCode=U01&period=2023-03&indicatorId=R2', unit)).status).toBe(403);
    const own = await download(app, '/api/exports/evidence.csv?unitCode=U02&period=2023-03&indicatorId=R2', unit);
    expect(own.status).toBe(200);
    expect(own.body.toString('utf8')).toMatch(/^\uFEFF记录编号/);
  });

  test('evidence as Excel lists the same records as the API', async () => {
    const api = await gql<{ evidence: { totalCount: number } }>(app,
      '{ evidence(unitCode: "U02", period: "2023-03", indicatorId: "R2", first: 200) { totalCount } }', { token: leader });
    const wb = await workbook((await download(app, '/api/exports/evidence.xlsx?unitCode=U02&period=2023-03&indicatorId=R2&lang=en', leader)).body);
    expect(table(wb.worksheets[0], 2).length).toBe(api.data?.evidence.totalCount);
  });

  test('audit.xlsx is for ADMIN only and takes the audit filters', async () => {
    expect((await download(app, '/api/exports/audit.xlsx', assessor)).status).toBe(403);
    expect((await fetch(`${app.url}/api/exports/audit.xlsx`)).status).toBe(401);
    const res = await download(app, '/api/exports/audit.xlsx?action=auth/login&lang=en', admin);
    expect(res.status).toBe(200);
    const rows = table((await workbook(res.body)).worksheets[0], 1);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(new Set(rows.map((r) => r.Action))).toEqual(new Set(['auth/login']));
  });

  test("audit.xlsx holds exactly the page's entries for the same filter (Beijing days), with names", async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const filter = `actor=admin&from=${today}&to=${today}`;
    const page = await gql<{ auditLog: { entries: Array<{ id: string; actorName: string | null }> } }>(
      app, `{ auditLog(first: 200, actor: "admin", from: "${today}", to: "${today}") { entries { id actorName } } }`, { token: admin });
    expect(page.errors).toEqual([]);
    const rows = table((await workbook((await download(app, `/api/exports/audit.xlsx?${filter}&lang=en`, admin)).body)).worksheets[0], 1);
    expect(rows.map((r) => r.Actor ?? '')).toEqual(page.data!.auditLog.entries.map((e) => e.actorName ?? ''));
    expect(rows.length).toBe(page.data!.auditLog.entries.length);
    const yesterday = new Date(Date.now() - 16 * 3600_000).toISOString().slice(0, 10);
    const none = table((await workbook((await download(app, `/api/exports/audit.xlsx?actor=admin&to=${yesterday}`, admin)).body)).worksheets[0], 1);
    expect(none, JSON.stringify(none)).toEqual([]);
    expect((await download(app, '/api/exports/audit.xlsx?from=2023-02-30', admin)).status).toBe(400);
  });

  test('bad arguments are clear 400s/404s, never a stack', async () => {
    const bad = await fetch(`${app.url}/api/exports/ranking.xlsx?period=2023-03&scope=galaxy`, { headers: { authorization: `Bearer ${leader}` } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('scope');
    const missing = await fetch(`${app.url}/api/exports/ranking.xlsx?period=1999-01`, { headers: { authorization: `Bearer ${leader}` } });
    expect(missing.status).toBe(404);
  });

  test('templates: column keys, a skipped Chinese description row, examples and enum lists; the units template imports as it is', async () => {
    const res = await download(app, '/api/templates/units.xlsx', assessor);
    expect(res.status).toBe(200);
    const ws = (await workbook(res.body)).worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, 'code', 'name', 'kind']);
    expect(String(ws.getRow(2).getCell(1).value)).toMatch(/^# 单位编码（必填/);
    expect(ws.getCell('C3').dataValidation).toMatchObject({ type: 'list', formulae: ['"municipal,district,public_service"'] });
    const up = await upload(app, [{ name: 'units.xlsx', content: res.body }], { token: assessor });
    const job = await waitForJob(app, String(up.body.id), assessor);
    expect(job.files[0]).toMatchObject({ status: 'imported', rows: 2 });
    expect((await download(app, '/api/templates/nothing.xlsx', assessor)).status).toBe(404);
  });
});
