import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { createTestUser, loginToken, startTestApp } from '../../test/http.js';
import { upload, waitForJob, type JobAnswer } from '../../test/uploads.js';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../imports/fixtures/${path}`, import.meta.url)), 'utf8');

describe.each(testDatabases())('the reasons of bad rows in the reader\'s language, over HTTP on %s', (database) => {
  let db: TestDatabase;
  let app: RunningApp;
  let token: string;
  let jobId: string;

  async function job(headers: Record<string, string>): Promise<JobAnswer> {
    const res = await fetch(`${app.url}/api/imports/${jobId}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
    expect(res.status).toBe(200);
    return (await res.json()) as JobAnswer;
  }
  const reasonOf = (answer: JobAnswer, line: number, column: string | null) =>
    answer.files[0].errors.find((e) => e.line === line && e.column === column)?.reason ?? '';

  beforeAll(async () => {
    db = await createTestDatabase(database);
    await createTestUser(db.orm, 'lang-assessor', 'ASSESSOR');
    app = await startTestApp(db.orm, { IMPORT_SPOOL_DIR: mkdtempSync(join(tmpdir(), 'spool-')) });
    token = await loginToken(app, 'lang-assessor');
    // Bad ratings (level 7 on line 2, …) and RT10 again on line 7: a duplicate key.
    const content = `${fixture('bad/ratings.csv').trimEnd()}\nRT10,U02,2023-03-02 17:00,2,\n`;
    const res = await upload(app, [{ name: 'ratings.csv', content }], { token });
    jobId = String(res.body.id);
    expect((await waitForJob(app, jobId, token)).state).toBe('refused');
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test('X-Scorecard-Lang: en gives English reasons; zh-CN (or Accept-Language: zh) Chinese ones, same rows and codes', async () => {
    const en = await job({ 'x-scorecard-lang': 'en' });
    const zh = await job({ 'x-scorecard-lang': 'zh-CN' });
    const accept = await job({ 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' });
    expect(reasonOf(en, 2, 'level')).toBe('level "7" is not an integer from 1 to 5');
    expect(reasonOf(zh, 2, 'level')).toBe('level「7」不是整数（1 至 5）');
    expect(reasonOf(en, 7, 'rating_id')).toBe('the key (rating_id) = (RT10) is already on line 2');
    expect(reasonOf(zh, 7, 'rating_id')).toBe('键（rating_id）=（RT10）已在第 2 行出现');
    expect(accept.files[0].errors).toEqual(zh.files[0].errors);
    expect(zh.files[0].errors.map(({ line, column, value, code }) => ({ line, column, value, code })))
      .toEqual(en.files[0].errors.map(({ line, column, value, code }) => ({ line, column, value, code })));
    for (const e of zh.files[0].errors) expect(e.reason).toMatch(/[\u4e00-\u9fff]/);
    for (const e of en.files[0].errors) expect(e.reason).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test('a request that names no language gets both (as GraphQL errors do)', async () => {
    const both = await job({});
    expect(reasonOf(both, 2, 'level')).toBe('level「7」不是整数（1 至 5） level "7" is not an integer from 1 to 5');
  });

  test('the downloadable error report is in the page\'s language (?lang), headers and reasons', async () => {
    const report = async (lang: string) => {
      const res = await fetch(`${app.url}/api/imports/${jobId}/files/0/errors.csv?lang=${lang}`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      return res.text();
    };
    const zh = await report('zh');
    expect(zh).toContain('原因');
    expect(zh).toContain('不是整数（1 至 5）');
    expect(zh).not.toContain('is not an integer');
    const en = await report('en');
    expect(en).toContain('Reason');
    expect(en).toContain('is not an integer from 1 to 5');
    expect(en).not.toContain('不是整数');
  });
});
