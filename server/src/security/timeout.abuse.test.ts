import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../test/databases.js';
import { createTestUser, errorCodes, gql, loginToken, startTestApp } from '../test/http.js';
import { importFixtureCity } from './abuse-kit.js';

const TREND = '{ cityTrend(from: "2019-01", to: "2023-12") { period } }';

interface Executes {
  execute(...args: unknown[]): Promise<unknown>;
}

/**
 * Issue 9 item 2: a slow request is cut off at its deadline and the server keeps answering meanwhile.
 * A cold 60-month trend is thousands of statements; on SQLite each runs synchronously, and before the
 * statement checkpoint the whole chain ran without yielding: /healthz waited, the deadline never fired.
 */
describe.each(testDatabases())('the query deadline on %s', (kind) => {
  let db: TestDatabase;
  let patient: RunningApp;
  let hasty: RunningApp;
  let statements = 0;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await importFixtureCity(db.orm);
    const conn = db.orm.em.fork().getConnection();
    for (let i = 0; i < 60; i += 1) {
      const m = `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      await conn.execute(`insert into periods (id, kind, start_on, end_on, has_data) values (?, 'month', ?, ?, true) on conflict (id) do update set has_data = true`, [m, `${m}-01`, `${m}-28`]);
    }
    const connection = db.orm.em.getDriver().getConnection() as unknown as Executes;
    const execute = connection.execute.bind(connection);
    connection.execute = (...args: unknown[]) => {
      statements += 1;
      return execute(...args);
    };
    await createTestUser(db.orm, 'slow-leader', 'LEADER');
    // Generous: a cold 60-month trend takes seconds, more on a loaded machine.
    patient = await startTestApp(db.orm, { QUERY_TIMEOUT_SECONDS: '300' });
    hasty = await startTestApp(db.orm, { QUERY_TIMEOUT_SECONDS: '0.05' });
  });
  afterAll(async () => {
    await patient?.close();
    await hasty?.close();
    await db?.drop();
  });

  test('past its deadline a request answers QUERY_TIMEOUT at once and its work stops', async () => {
    // Signed in through the patient server: bcrypt alone takes longer than the hasty one's deadline.
    const token = await loginToken(patient, 'slow-leader');
    statements = 0;
    const started = performance.now();
    const res = await gql(hasty, TREND, { token });
    const answeredMs = performance.now() - started;
    expect(errorCodes(res)).toEqual(['QUERY_TIMEOUT']);
    expect(res.errors[0].message).toMatch(/longer than 0.05 s/);
    await new Promise((r) => setTimeout(r, 500));
    const cutOff = statements;

    // The same trend, allowed to finish (another process's caches: cold too).
    statements = 0;
    const fullStarted = performance.now();
    const full = await gql(patient, TREND, { token });
    const fullMs = performance.now() - fullStarted;
    expect(full.errors).toEqual([]);
    expect(answeredMs).toBeLessThan(fullMs / 2);
    expect(cutOff).toBeLessThan(statements / 2);
  });

  test('while a long request runs, /healthz keeps answering', async () => {
    const token = await loginToken(patient, 'slow-leader');
    const other = await startTestApp(db.orm, { QUERY_TIMEOUT_SECONDS: '300' }); // cold caches again
    try {
      const latencies: number[] = [];
      let running = true;
      const trend = gql(other, TREND, { token }).finally(() => (running = false));
      const trendStarted = performance.now();
      while (running) {
        const t0 = performance.now();
        await fetch(`${other.url}/healthz`);
        latencies.push(performance.now() - t0);
      }
      expect((await trend).errors).toEqual([]);
      const trendMs = performance.now() - trendStarted;
      // Several health checks were answered during the trend, none waited for it.
      expect(latencies.length).toBeGreaterThan(3);
      expect(Math.max(...latencies)).toBeLessThan(Math.max(150, trendMs / 2));
    } finally {
      await other.close();
    }
  });
});
