import { UPDATE_CYCLES, windowsDueIn } from '@scorecard/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emSqlRunner, type SqlRunnerRow } from '../../db/sql-runner.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { extendCalendar, repairCalendar, windowSeq } from './index.js';

describe.each(testDatabases())('the calendar on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.drop());

  const rows = (sql: string, params: Array<string | number> = []): Promise<SqlRunnerRow[]> => db.orm.em.fork().getConnection().execute(sql, params);
  const extend = (from: string, to: string): Promise<number> =>
    db.orm.em.fork().transactional((tx) => extendCalendar(emSqlRunner(tx), from, to));

  test('days carry the bounds of their ISO week, month, quarter and year, across month and year ends', async () => {
    expect(await extend('2022-12-20', '2023-03-10')).toBe(81);
    expect(await extend('2022-12-20', '2023-03-10')).toBe(0);
    expect(await rows(`select day, week_start, week_end, month_end, quarter_start, year_end from calendar_days
      where day in ('2023-01-01', '2023-03-01') order by day`)).toEqual([
      { day: '2023-01-01', week_start: '2022-12-26', week_end: '2023-01-01', month_end: '2023-01-31', quarter_start: '2023-01-01', year_end: '2023-12-31' },
      { day: '2023-03-01', week_start: '2023-02-27', week_end: '2023-03-05', month_end: '2023-03-31', quarter_start: '2023-01-01', year_end: '2023-12-31' },
    ]);
  });

  test('u1_windows lists every window ending on a calendar day, numbered consecutively per cycle', async () => {
    for (const cycle of UPDATE_CYCLES) {
      const expected = windowsDueIn(cycle, '2022-12-20', '2023-03-10')
        .map((w) => ({ window_start: w.start, window_end: w.end, seq: windowSeq(cycle, w.end) }));
      const stored = (await rows('select window_start, window_end, seq from u1_windows where cycle = ? order by window_end', [cycle]))
        .map((r) => ({ ...r, seq: Number(r.seq) }));
      expect(stored, cycle).toEqual(expected);
      for (let i = 1; i < stored.length; i++) expect(stored[i].seq - stored[i - 1].seq, cycle).toBe(1);
    }
  });

  test('days that lost their windows (an older writer) are repaired: a range counts only when both tables hold it', async () => {
    await rows(`delete from u1_windows where window_end between '2023-02-01' and '2023-02-28'`);
    expect(await extend('2023-02-01', '2023-02-28')).toBe(28);
    expect(Number((await rows(`select count(*) as n from u1_windows where cycle = 'daily' and window_end between '2023-02-01' and '2023-02-28'`))[0].n)).toBe(28);
    await rows(`delete from u1_windows where window_end = '2023-03-05'`);
    expect(await db.orm.em.fork().transactional((tx) => repairCalendar(emSqlRunner(tx)))).toBeGreaterThan(0);
    expect((await rows(`select cycle from u1_windows where window_end = '2023-03-05' order by cycle`)).map((r) => r.cycle)).toEqual(['daily', 'weekly']);
  });

  test('an extension that fails leaves neither table changed (it runs in the caller\'s transaction)', async () => {
    const count = async (): Promise<number[]> => [
      Number((await rows('select count(*) as n from calendar_days'))[0].n), Number((await rows('select count(*) as n from u1_windows'))[0].n),
    ];
    const before = await count();
    await expect(db.orm.em.fork().transactional(async (tx) => {
      await extendCalendar(emSqlRunner(tx), '2024-01-01', '2024-12-31');
      throw new Error('fault after the calendar was written');
    })).rejects.toThrow('fault after');
    expect(await count()).toEqual(before);
  });
});
