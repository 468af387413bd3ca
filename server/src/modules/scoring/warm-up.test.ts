import { parsePeriod, type Period } from '@scorecard/shared';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { loadConfig } from '../../config.js';
import { createServices } from '../../services.js';
import { createTestDatabase, type TestDatabase } from '../../test/databases.js';
import { periodsToWarm, RankingWarmer } from './warm-up.js';

const row = (id: string, hasData = true): Period & { hasData: boolean } => ({ ...(parsePeriod(id) as Period), hasData });

test('warms the latest 12 months with data, newest first, then their quarters and years', () => {
  const months = Array.from({ length: 12 }, (_, i) => row(`2023-${String(i + 1).padStart(2, '0')}`));
  const ids = periodsToWarm([
    ...months, row('2022-12'), row('2024-01'), row('2024-02', false),
    row('2023-Q1'), row('2023-Q4'), row('2022-Q4'), row('2024-Q1'), row('2023'), row('2022'), row('2024'),
  ]).map((p) => p.id);
  expect(ids).toEqual([
    '2024-01', '2023-12', '2023-11', '2023-10', '2023-09', '2023-08', '2023-07', '2023-06', '2023-05', '2023-04', '2023-03', '2023-02',
    '2024-Q1', '2023-Q4', '2023-Q1', '2024', '2023',
  ]);
  expect(periodsToWarm([row('2023-01', false)])).toEqual([]);
});

describe('the background warm-up', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const conn = db.orm.em.getConnection();
    await conn.execute(`insert into units (code, name, kind) values ('U1', 'One', 'municipal'), ('U2', 'Two', 'municipal')`);
    await conn.execute(`insert into periods (id, kind, start_on, end_on, has_data) values
      ('2023-02', 'month', '2023-02-01', '2023-02-28', true), ('2023-03', 'month', '2023-03-01', '2023-03-31', true),
      ('2023-Q1', 'quarter', '2023-01-01', '2023-03-31', true)`);
  });
  afterAll(async () => {
    await db?.drop();
  });

  test('computes the periods before anyone asks, and again after a data version change', async () => {
    const services = createServices(db.orm, loadConfig({ DEMO_DATA: 'false' }));
    const measured = vi.spyOn(services.measures, 'measuresFor');
    const warmer = new RankingWarmer(db.orm, services.scoring, 20);
    warmer.start();
    try {
      await vi.waitFor(() => expect(measured).toHaveBeenCalled());
      await warmer.idle();
      const afterWarm = measured.mock.calls.length;
      // A request for a warmed period is answered from the cache: no measures are read again.
      await services.scoring.ranking(db.orm.em.fork(), parsePeriod('2023-03') as Period, 'all');
      expect(measured.mock.calls.length).toBe(afterWarm);
      // An import elsewhere (a new batch row) is noticed by the next poll and the periods warmed again.
      await db.orm.em.getConnection().execute(`insert into import_batches (id, file_kind, file_name, status, started_at, finished_at)
        values ('b-1', 'units', 'units.csv', 'imported', '2099-01-01T00:00:00.000Z', '2099-01-01T00:00:01.000Z')`);
      await vi.waitFor(() => expect(measured.mock.calls.length).toBeGreaterThan(afterWarm), { timeout: 5_000 });
    } finally {
      warmer.stop();
      await warmer.idle();
    }
  });
});
