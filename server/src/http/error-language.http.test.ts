import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../app.js';
import { splitBilingual } from '../errors.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../test/databases.js';
import { createTestUser, errorCodes, gql, loginToken, startTestApp } from '../test/http.js';

const CJK = /[\u3400-\u9fff]/;

describe('splitBilingual', () => {
  test('cuts at the first full stop followed by Latin text', () => {
    expect(splitBilingual('单位「U1」不在该排名范围内。Unit "U1" is not in this ranking scope.')).toEqual({
      zh: '单位「U1」不在该排名范围内。',
      en: 'Unit "U1" is not in this ranking scope.',
    });
    expect(
      splitBilingual(
        '第 2 版已发布使用，不能修改；请从它新建草稿。Version 2 is frozen (published): create a draft from it.',
      ).en,
    ).toBe('Version 2 is frozen (published): create a draft from it.');
  });
  test('a message in one language is the same in both', () => {
    expect(splitBilingual('Syntax Error: Expected Name, found <EOF>.')).toEqual({
      zh: 'Syntax Error: Expected Name, found <EOF>.',
      en: 'Syntax Error: Expected Name, found <EOF>.',
    });
  });
});

/** Issue 14.4: a stable code, and the sentence in the language the request asks for. */
describe.each(testDatabases())('error messages in the requested language on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  let token: string;
  const query = '{ unitScorecard(unitCode: "NOPE", period: "2023-03") { composite } }';
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await db.orm.em
      .getConnection()
      .execute(
        `insert into periods (id, kind, start_on, end_on, has_data) values ('2023-03', 'month', '2023-03-01', '2023-03-31', true)`,
      );
    await createTestUser(db.orm, 'lead', 'LEADER');
    app = await startTestApp(db.orm);
    token = await loginToken(app, 'lead');
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test.each([
    ['X-Scorecard-Lang: en', { 'x-scorecard-lang': 'en' }, 'en'],
    ['X-Locale: en (the older header)', { 'x-locale': 'en' }, 'en'],
    ['Accept-Language: en-GB', { 'accept-language': 'en-GB,en;q=0.9' }, 'en'],
    ['X-Scorecard-Lang: zh-CN', { 'x-scorecard-lang': 'zh-CN' }, 'zh'],
    ['Accept-Language: zh-CN over en', { 'accept-language': 'en;q=0.5,zh-CN' }, 'zh'],
  ])('%s', async (_name, headers, language) => {
    const response = await gql(app, query, { token, headers });
    expect(errorCodes(response)).toEqual(['UNIT_NOT_FOUND']);
    const message = response.errors[0]!.message;
    if (language === 'en') {
      expect(message).not.toMatch(CJK);
      expect(message).toContain('NOPE');
    } else {
      expect(message).toMatch(CJK);
      expect(message).not.toMatch(/[A-Za-z]{4,} [A-Za-z]{2,}/);
    }
  });

  test('a request that names no language gets both, as before', async () => {
    const response = await gql(app, query, { token });
    expect(response.errors[0]!.message).toMatch(CJK);
    expect(response.errors[0]!.message).toContain('No unit');
  });

  test('errors of the HTTP edge follow it too', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-scorecard-lang': 'en' },
      body: '{not json',
    });
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('MALFORMED_JSON');
    expect(body.errors[0]!.message).toBe('The request body is not valid JSON.');
  });
});
