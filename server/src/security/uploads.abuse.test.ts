import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../test/databases.js';
import { createTestUser, loginToken, startTestApp } from '../test/http.js';
import { upload } from '../test/uploads.js';
import { rawRequest, rowCounts } from './abuse-kit.js';

const UNITS = 'code,name,kind\nU01,A,municipal\n';

/** Issue 13: the upload endpoint refuses what it must, leaves no file behind and no row written. */
describe.each(testDatabases())('POST /api/imports abuse on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  let assessor: string;
  let leader: string;
  let unit: string;
  const spool = mkdtempSync(join(tmpdir(), 'spool-abuse-'));

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await db.orm.em.fork().getConnection().execute("insert into units (code, name, kind) values ('U-A', 'A', 'municipal')");
    await createTestUser(db.orm, 'ab-assessor', 'ASSESSOR');
    await createTestUser(db.orm, 'ab-leader', 'LEADER');
    await createTestUser(db.orm, 'ab-unit', 'UNIT', 'U-A');
    // 0.01 MB: a "huge" file is anything over 10 KB here.
    app = await startTestApp(db.orm, { IMPORT_SPOOL_DIR: spool, IMPORT_MAX_MB: '0.01', TRUST_PROXY: 'loopback' });
    assessor = await loginToken(app, 'ab-assessor');
    leader = await loginToken(app, 'ab-leader');
    unit = await loginToken(app, 'ab-unit');
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  async function refused(status: number, files: Array<{ name: string; content: string }>, token?: string): Promise<string> {
    const before = await rowCounts(db.orm);
    const res = await upload(app, files, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/at .*\.(ts|js):\d+|node_modules|\/work\//);
    expect(await rowCounts(db.orm)).toEqual(before);
    expect(readdirSync(spool)).toEqual([]);
    return text;
  }

  test('no credentials: 401; LEADER and UNIT: 403', async () => {
    await refused(401, [{ name: 'units.csv', content: UNITS }]);
    await refused(403, [{ name: 'units.csv', content: UNITS }], leader);
    await refused(403, [{ name: 'units.csv', content: UNITS }], unit);
  });

  test('a file over IMPORT_MAX_MB: 413 naming the setting, nothing spooled or written', async () => {
    const huge = `code,name,kind\n${'U99,xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx,municipal\n'.repeat(2000)}`;
    expect(await refused(413, [{ name: 'units.csv', content: huge }], assessor)).toContain('IMPORT_MAX_MB');
  });

  test.each(['units.exe', 'units.txt', 'units.csv.php', 'units'])('a file that is not .csv or .xlsx (%s): 415', async (name) => {
    expect(await refused(415, [{ name, content: UNITS }], assessor)).toContain('UNSUPPORTED_FILE');
  });

  test.each(['../units.csv', '..\\..\\units.csv', 'a/b/units.csv', 'C:\\data\\units.csv', 'units\u0000.csv', '..units.csv'])(
    'a name with path characters (%j): 400, refused before anything is written', async (name) => {
      await refused(400, [{ name, content: UNITS }], assessor);
    },
  );

  test('a body that is not multipart: 415; a multipart without files: 400', async () => {
    const json = await rawRequest(`${app.url}/api/imports`, { headers: { 'content-type': 'application/json', authorization: `Bearer ${assessor}` }, body: '{}' });
    expect(json.status).toBe(415);
    await refused(400, [], assessor);
  });

  test('one bad file among good ones refuses the whole upload', async () => {
    await refused(415, [{ name: 'units.csv', content: UNITS }, { name: 'evil.sh', content: 'rm -rf /' }], assessor);
  });
});
