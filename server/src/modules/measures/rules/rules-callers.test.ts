import { requirePeriod, type MeasureTable } from '@scorecard/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../../test/databases.js';
import { importSource } from '../../imports/index.js';
import { computeMeasures, listEvidence } from '../index.js';
import { E2_CASES, ITEM_CASES, OFFICER_CASES, R2_CASES, SYSTEM_CASES, U1_CASES } from './rules.cases.js';

/**
 * Every caller of each rule against the one table (rules.cases.ts): the rows go through the
 * importer (which stores rectify_due_on), the roll-ups it keeps (rating_days, u1_met), the measure
 * SQL and the evidence. One unit per case, so each case is one measure value.
 */
const MARCH = requirePeriod('2023-03');
const csv = (header: string, rows: Array<Array<string | number | null>>): string =>
  `${header}\n${rows.map((r) => r.map((v) => v ?? '').join(',')).join('\n')}\n`;
const unit = (prefix: string, i: number): string => `${prefix}${String(i + 1).padStart(2, '0')}`;

/** The raw files of all tables, in import order. */
function files(): Array<[string, string]> {
  const units = ['OV', 'SA', 'IA', 'RR', 'ED', 'UD'].flatMap((p) => Array.from({ length: 20 }, (_, i) => unit(p, i)));
  const days: string[] = [];
  for (let d = Date.UTC(2022, 11, 1); d <= Date.UTC(2023, 11, 31); d += 86_400_000) days.push(new Date(d).toISOString().slice(0, 10));
  return [
    ['units.csv', csv('code,name,kind', [...units, 'IT'].map((c) => [c, `单位 ${c}`, 'municipal']))],
    ['resources.csv', csv('resource_id,unit_code,name,update_cycle,registered_on,retired_on',
      U1_CASES.map((c, i) => [`RES${i}`, unit('UD', i), '资源', c.cycle, c.registered, c.retired]))],
    // An update every day: every due window is met, so met = due.
    ['resource_updates.csv', csv('resource_id,updated_at', U1_CASES.flatMap((_, i) => days.map((d) => [`RES${i}`, `${d} 12:00`])))],
    ['data_demands.csv', csv('demand_id,provider_unit_code,requester_unit_code,requested_on,due_on,fulfilled_on,satisfaction',
      E2_CASES.map((c, i) => [`DM${i}`, unit('ED', i), 'IT', '2023-03-01', c.due, c.fulfilled, null]))],
    ['systems.csv', csv('system_id,unit_code,name,commissioned_on,retired_on', [
      ...OFFICER_CASES.map((_, i) => [`SYO${i}`, unit('OV', i), '系统', '2020-01-01', null]),
      ...SYSTEM_CASES.map((c, i) => [`SYA${i}`, unit('SA', i), '系统', c.commissioned, c.retired]),
    ])],
    // Each officer case twice: as the unit's own officer (S1) and as the IT centre's officer of the
    // unit's system (S2: an officer of another unit covers it, SPEC §4 sets no unit condition).
    ['officers.csv', csv('officer_id,unit_code,name,scope,appointed_on,ended_on,certified_until', OFFICER_CASES.flatMap((c, i) => [
      [`OU${i}`, unit('OV', i), '专员', 'unit', c.appointed, c.ended, c.certified],
      [`OS${i}`, 'IT', '专员', `SYO${i}`, c.appointed, c.ended, c.certified],
    ]))],
    ['service_items.csv', csv('item_id,unit_code,name,depth_level,effective_from,effective_to',
      ITEM_CASES.map((c, i) => [`IT${i}`, unit('IA', i), '事项', 4, c.from, c.to]))],
    ['ratings.csv', csv('rating_id,unit_code,rated_at,level,rectified_at', R2_CASES.map((c, i) => [`RT${i}`, unit('RR', i), c.ratedAt, 1, c.rectifiedAt]))],
  ];
}

describe.each(testDatabases())('every caller of each rule on %s', (kind) => {
  let db: TestDatabase;
  const tables = new Map<string, MeasureTable>();
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    for (const [name, text] of files()) {
      const r = await importSource(db.orm, { name, stream: Buffer.from(text) });
      expect(r.errors, name).toEqual([]);
    }
    for (const id of new Set(['2023-03', ...U1_CASES.map((c) => c.period)])) tables.set(id, await computeMeasures(db.orm.em.fork(), requirePeriod(id)));
  });
  afterAll(async () => db?.drop());

  const march = (code: string, id: string) => tables.get('2023-03')?.[code]?.[id];
  const evidence = async (unitCode: string, indicatorId: string, period = MARCH) =>
    (await listEvidence(db.orm.em.fork(), { unitCode, indicatorId, period, first: 1000 })).rows;

  test.each(OFFICER_CASES.map((c, i) => ({ i, ...c })))('officer validity #$i ($failure): S1, S2 and their evidence', async ({ i, failure }) => {
    const code = unit('OV', i);
    expect(march(code, 'S1')?.value).toBe(failure === null ? 1 : 0);
    expect(march(code, 'S2')).toMatchObject({ numerator: failure === null ? 1 : 0, denominator: 1 });
    expect((await evidence(code, 'S1')).map((r) => r.reasonCode)).toEqual([`evidence/officer-${failure ?? 'valid'}`]);
    expect((await evidence(code, 'S2')).map((r) => r.reasonCode))
      .toEqual([failure === null ? 'evidence/system-covered' : `evidence/system-officer-${failure}`]);
  });

  test.each(SYSTEM_CASES.map((c, i) => ({ i, ...c })))('system active #$i ($failure): S2 and its evidence', async ({ i, failure }) => {
    const code = unit('SA', i);
    expect(march(code, 'S2')?.denominator ?? 0).toBe(failure === null ? 1 : 0);
    expect(await evidence(code, 'S2')).toHaveLength(failure === null ? 1 : 0);
  });

  test.each(ITEM_CASES.map((c, i) => ({ i, ...c })))('item active #$i ($failure): D1, D2 and their evidence', async ({ i, failure }) => {
    const code = unit('IA', i);
    expect(march(code, 'D1')?.denominator ?? 0).toBe(failure === null ? 1 : 0);
    expect(march(code, 'D2')?.denominator ?? 0).toBe(failure === null ? 1 : 0);
    expect(await evidence(code, 'D1')).toHaveLength(failure === null ? 1 : 0);
  });

  test.each(R2_CASES.map((c, i) => ({ i, ...c })))('R2 #$i ($failure): import, roll-up, measure and evidence', async ({ i, failure }) => {
    const code = unit('RR', i);
    expect(march(code, 'R2')).toMatchObject({ numerator: failure === null ? 1 : 0, denominator: 1 });
    expect((await evidence(code, 'R2')).map((r) => r.reasonCode)).toEqual([`evidence/${failure ?? 'rectified-on-time'}`]);
  });

  test.each(E2_CASES.map((c, i) => ({ i, ...c })))('E2 #$i ($failure): measure and evidence', async ({ i, failure }) => {
    const code = unit('ED', i);
    expect(march(code, 'E2')).toMatchObject({ numerator: failure === null ? 1 : 0, denominator: 1 });
    expect((await evidence(code, 'E2')).map((r) => r.reasonCode)).toEqual([`evidence/demand-${failure ?? 'on-time'}`]);
  });

  test.each(U1_CASES.map((c, i) => ({ i, ...c })))('U1 #$i: $cycle, $registered…$retired in $period: $due due, all met; evidence lists them', async (c) => {
    const code = unit('UD', c.i);
    const value = tables.get(c.period)?.[code]?.U1;
    if (c.due === 0) expect(value?.value).toBeNull();
    else expect(value).toMatchObject({ value: 1, numerator: c.due, denominator: c.due });
    const rows = await evidence(code, 'U1', requirePeriod(c.period));
    expect(rows).toHaveLength(c.due);
    expect(rows.every((r) => r.reasonCode === 'evidence/window-met')).toBe(true);
  });
});
