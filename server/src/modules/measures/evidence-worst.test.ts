import { fileURLToPath } from 'node:url';
import { requirePeriod } from '@scorecard/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { worstEvidence } from './evidence-worst.js';
import { loadMeasureFixture } from './testing/fixture.js';

const FIXTURE = fileURLToPath(new URL('./fixtures', import.meta.url));

/** The worst records of the fixture (expected-fixture-values.ts has the arithmetic behind each count). */
describe.each(testDatabases())('worst records on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await loadMeasureFixture(db.orm, FIXTURE);
  });
  afterAll(async () => db?.drop());

  const worst = (unitCode: string, period: string, measureId: string, limit?: number) =>
    worstEvidence(db.orm.em.fork(), { unitCode, period: requirePeriod(period), measureId, limit });

  test.each<[string, string, string, Array<{ label: string; amount: number }>]>([
    // RA1 daily: 10 due, 5 met; RA2 weekly: 4 due, 2 met; RA3 and RA4 met.
    [
      'A01',
      '2023-03',
      'U1',
      [
        { label: '人口基础库', amount: 5 },
        { label: '法人基础库', amount: 2 },
      ],
    ],
    // DM2 late (requested by D01 金水区), DM3 open (A02 市公安局): one each, ties by unit code.
    [
      'A01',
      '2023-03',
      'E2',
      [
        { label: '市公安局', amount: 1 },
        { label: '金水区', amount: 1 },
      ],
    ],
    // DM2's satisfaction 2 (D01).
    ['A01', '2023-03', 'E3', [{ label: '金水区', amount: 1 }]],
    // Items active at 31 March below level 4: IA3 level 1, IA4 level 3, lowest first.
    [
      'A01',
      '2023-03',
      'D2',
      [
        { label: '数据开放申请', amount: 1 },
        { label: '数据异议处理', amount: 3 },
      ],
    ],
    // Offline cases C2 (IA1) and C4 (IA3), named after their items.
    [
      'A01',
      '2023-03',
      'D3',
      [
        { label: '数据共享申请', amount: 1 },
        { label: '数据开放申请', amount: 1 },
      ],
    ],
    [
      'A01',
      '2023-03',
      'P',
      [
        { label: '2023-03-05 共享接口未鉴权', amount: 1 },
        { label: '2023-03-31 日志留存不足', amount: 1 },
      ],
    ],
    // S2: SB1's officer's certificate ended 30 March.
    ['A02', '2023-03', 'S2', [{ label: '人口信息系统', amount: 1 }]],
    ['A01', '2023-03', 'R1', []],
    ['A01', '2023-03', 'M1', []],
  ])('%s %s %s', async (unit, period, measureId, expected) => {
    expect(await worst(unit, period, measureId)).toEqual(expected);
  });

  test('at most `limit` groups', async () => {
    expect(await worst('A01', '2023-03', 'U1', 1)).toEqual([{ label: '人口基础库', amount: 5 }]);
  });
});
