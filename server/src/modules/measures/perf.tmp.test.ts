import { requirePeriod, addDays } from '@scorecard/shared';
import { test } from 'vitest';
import { createTestDatabase } from '../../test/databases.js';
import { computeMeasures, listEvidence } from './index.js';

const kind = (process.env.PERF_DB ?? 'sqlite') as 'sqlite' | 'postgresql';
test('perf', async () => {
  const db = await createTestDatabase(kind);
  const conn = db.orm.em.getConnection();
  const insert = async (table: string, cols: string[], rows: Array<Array<string | number | null>>) => {
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await conn.execute(`insert into ${table} (${cols.join(',')}) values ${chunk.map(() => `(${cols.map(() => '?').join(',')})`).join(',')}`, chunk.flat(), 'run');
    }
  };
  const units = Array.from({ length: 75 }, (_, i) => `U${String(i).padStart(2, '0')}`);
  await insert('units', ['code', 'name', 'kind'], units.map((u) => [u, u, 'municipal']));
  const cycles = ['daily', 'daily', 'daily', 'daily', 'daily', 'daily', 'daily', 'daily', 'weekly', 'weekly', 'weekly', 'weekly', 'weekly', 'weekly', 'monthly', 'monthly', 'monthly', 'monthly', 'quarterly', 'yearly'];
  const res: Array<Array<string | number | null>> = [];
  for (const u of units) cycles.forEach((c, j) => res.push([`${u}-${j}`, u, 'r', c, '2022-01-01', null]));
  await insert('resources', ['resource_id', 'unit_code', 'name', 'update_cycle', 'registered_on', 'retired_on'], res);
  const ups: Array<Array<string | number | null>> = [];
  let seed = 1;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (const r of res) {
    const step = r[3] === 'daily' ? 1 : r[3] === 'weekly' ? 4 : r[3] === 'monthly' ? 20 : 60;
    for (let d = 0; d < 730; d += step) if (rnd() < 0.9) { const day = addDays('2022-01-01', d); ups.push([r[0] as string, `${day} 10:00:00`, day]); }
  }
  let t = Date.now();
  await insert('resource_updates', ['resource_id', 'updated_at', 'updated_on'], ups);
  console.log('updates', ups.length, 'insert ms', Date.now() - t);
  for (const id of ['2023-03', '2023-Q1', '2023', '2023-03']) {
    t = Date.now();
    await computeMeasures(db.orm.em.fork(), requirePeriod(id));
    console.log(kind, id, 'computeMeasures ms', Date.now() - t);
  }
  t = Date.now();
  const page = await listEvidence(db.orm.em.fork(), { unitCode: 'U05', period: requirePeriod('2023'), indicatorId: 'U1', first: 50, onlyAgainst: true });
  console.log('evidence year U1 ms', Date.now() - t, page.totalCount, page.againstCount);
  await db.drop();
}, 600_000);
