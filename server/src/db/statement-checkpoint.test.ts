import type { Request, Response } from 'express';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { currentRequestScope, enterRequestScope } from '../http/request-id.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../test/databases.js';

/** Runs `fn` as the code of one HTTP request would run (inside its scope), with a deadline `ms` from now. */
function inRequest<T>(deadlineMs: number | null, fn: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    enterRequestScope({} as Request, { locals: { requestId: 'test-request' } } as unknown as Response, () => {
      const scope = currentRequestScope();
      if (scope && deadlineMs !== null) scope.deadline = { at: Date.now() + deadlineMs, ms: deadlineMs };
      fn().then(resolve, reject);
    });
  });
}

describe.each(testDatabases())('every statement is a checkpoint on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.drop());

  test('a long chain of statements lets timers and other requests run (it used to starve them on SQLite)', async () => {
    const conn = db.orm.em.fork().getConnection();
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    const started = performance.now();
    try {
      while (performance.now() - started < 300) await conn.execute('select count(*) as n from units');
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(3);
  });

  test('a statement of a request past its deadline is not run: QUERY_TIMEOUT, and its transaction rolls back', async () => {
    const em = db.orm.em.fork();
    const attempt = inRequest(50, () =>
      em.transactional(async (tx) => {
        await tx.getConnection().execute(`insert into units (code, name, kind) values ('U-LATE', 'Late', 'municipal')`, [], 'run', tx.getTransactionContext());
        await new Promise((r) => setTimeout(r, 80));
        await tx.getConnection().execute('select count(*) as n from units', [], 'all', tx.getTransactionContext());
      }),
    );
    await expect(attempt).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
    const [row] = await db.orm.em.fork().getConnection().execute<Array<{ n: number | string }>>(`select count(*) as n from units where code = 'U-LATE'`);
    expect(Number(row.n)).toBe(0);
  });

  test('before the deadline, and outside any request, statements run as usual', async () => {
    const conn = db.orm.em.fork().getConnection();
    await expect(inRequest(10_000, () => conn.execute('select 1 as one'))).resolves.toHaveLength(1);
    await expect(inRequest(null, () => conn.execute('select 1 as one'))).resolves.toHaveLength(1);
  });
});
