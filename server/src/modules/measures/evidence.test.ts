import { fileURLToPath } from 'node:url';
import { requirePeriod } from '@scorecard/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { computeMeasures, EvidenceError, listEvidence, type EvidencePage, type EvidenceQuery } from './index.js';
import { loadMeasureFixture } from './testing/fixture.js';

const FIXTURE_DIR = fileURLToPath(new URL('./fixtures', import.meta.url));
const MARCH = requirePeriod('2023-03');

describe.each(testDatabases())('evidence on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await loadMeasureFixture(db.orm, FIXTURE_DIR);
  });
  afterAll(async () => db?.drop());

  const list = (q: Partial<EvidenceQuery> & { unitCode: string; indicatorId: string }): Promise<EvidencePage> =>
    listEvidence(db.orm.em.fork(), { period: MARCH, first: 100, ...q });
  const ids = (page: EvidencePage): string[] => page.rows.map((r) => r.recordId);

  test('U1: the 16 due windows of A01 in March, the 7 missed ones first by window end', async () => {
    const page = await list({ unitCode: 'A01', indicatorId: 'U1' });
    expect(page.totalCount).toBe(16);
    expect(page.againstCount).toBe(7);
    expect(ids(page).slice(0, 7)).toEqual([
      'RA1@2023-03-11', 'RA2@2023-03-06', 'RA1@2023-03-13', 'RA1@2023-03-14', 'RA1@2023-03-16', 'RA1@2023-03-18',
      'RA2@2023-03-20',
    ]);
    const week = page.rows[1];
    expect(week).toMatchObject({ recordKind: 'resource_window', date: '2023-03-12', countedAgainst: true, reasonCode: 'evidence/window-missed' });
    expect(week?.reason).toBe('资源「法人基础库」2023-03-06 至 2023-03-12 未更新（最近一次更新 2023-02-28）');
    expect(Object.fromEntries(week?.fields.map((f) => [f.name, f.value]) ?? [])).toEqual({
      resource_id: 'RA2', name: '法人基础库', cycle: 'weekly', window_start: '2023-03-06', window_end: '2023-03-12', last_update: '2023-02-28',
    });
    // The week 27 Feb–5 Mar is due in March and met by the update of 28 Feb.
    const crossing = page.rows.find((r) => r.recordId === 'RA2@2023-02-27');
    expect(crossing).toMatchObject({ countedAgainst: false, reasonCode: 'evidence/window-met', date: '2023-03-05' });
    // The quarterly window is met by an update in January.
    expect(page.rows.find((r) => r.recordId === 'RA4@2023-01-01')).toMatchObject({ countedAgainst: false, date: '2023-03-31' });
  });

  test('pages follow each other without gaps or repeats, and onlyAgainst pages the 7 missed windows', async () => {
    const all = ids(await list({ unitCode: 'A01', indicatorId: 'U1' }));
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: EvidencePage = await list({ unitCode: 'A01', indicatorId: 'U1', first: 5, after });
      seen.push(...ids(page));
      after = page.endCursor;
      if (!page.hasNextPage) break;
    }
    expect(seen).toEqual(all);

    const first = await list({ unitCode: 'A01', indicatorId: 'U1', first: 5, onlyAgainst: true });
    expect(first.rows).toHaveLength(5);
    expect(first.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(16);
    const second = await list({ unitCode: 'A01', indicatorId: 'U1', first: 5, onlyAgainst: true, after: first.endCursor });
    expect(ids(second)).toEqual(['RA1@2023-03-18', 'RA2@2023-03-20']);
    expect(second.hasNextPage).toBe(false);
    expect(second.rows.every((r) => r.countedAgainst)).toBe(true);
  });

  test('E1: one row per caller unit; the unit\'s own calls are shown and excluded', async () => {
    const page = await list({ unitCode: 'A01', indicatorId: 'E1' });
    expect(ids(page)).toEqual(['A01', 'A02', 'D01']);
    expect(page.againstCount).toBe(0);
    expect(page.rows.map((r) => r.reasonCode)).toEqual(['evidence/calls-own-excluded', 'evidence/calls-counted', 'evidence/calls-counted']);
    expect(page.rows[1]?.fields.find((f) => f.name === 'calls')?.value).toBe('100');
  });

  test('E2 and E3: late and unfulfilled demands, low satisfaction', async () => {
    const e2 = await list({ unitCode: 'A01', indicatorId: 'E2' });
    expect(ids(e2)).toEqual(['DM2', 'DM3', 'DM1']);
    expect(e2.rows.map((r) => r.reasonCode)).toEqual(['evidence/demand-late', 'evidence/demand-unfulfilled', 'evidence/demand-on-time']);
    expect(e2.rows[0]?.reason).toBe('需求 DM2 应于 2023-03-15 前完成，2023-03-16 才完成，逾期 1 天');
    const e3 = await list({ unitCode: 'A01', indicatorId: 'E3' });
    expect(ids(e3)).toEqual(['DM2', 'DM4', 'DM1']);
    expect(e3.rows.map((r) => r.reasonCode)).toEqual(['evidence/satisfaction-low', 'evidence/satisfaction-partial', 'evidence/satisfaction-full']);
  });

  test('S1: why no officer qualifies; nothing against a unit that has a valid one', async () => {
    const a01 = await list({ unitCode: 'A01', indicatorId: 'S1' });
    expect(a01.againstCount).toBe(0);
    expect(a01.rows.map((r) => r.reasonCode).sort()).toEqual(['evidence/officer-not-yet-appointed', 'evidence/officer-valid']);
    const a02 = await list({ unitCode: 'A02', indicatorId: 'S1' });
    expect(a02.rows.map((r) => [r.recordId, r.countedAgainst, r.reasonCode])).toEqual([
      ['OB1', true, 'evidence/officer-ended'],
      ['OB2', true, 'evidence/officer-not-yet-appointed'],
    ]);
    expect(a02.rows[0]?.reason).toBe('专员「杨磊」已于 2023-03-31 离任');
    const d01 = await list({ unitCode: 'D01', indicatorId: 'S1' });
    expect(d01.rows[0]).toMatchObject({ recordId: 'OD1', reasonCode: 'evidence/officer-certificate-expired', reason: '专员「吴刚」的资格证书已于 2023-03-30 到期' });
    const p01 = await list({ unitCode: 'P01', indicatorId: 'S1' });
    expect(p01.rows).toEqual([expect.objectContaining({ recordId: 'none', countedAgainst: true, reasonCode: 'evidence/no-unit-officer' })]);
  });

  test('S2: systems active at E, uncovered ones against with the officer\'s problem', async () => {
    const a02 = await list({ unitCode: 'A02', indicatorId: 'S2' });
    expect(a02.rows.map((r) => [r.recordId, r.countedAgainst, r.reasonCode])).toEqual([
      ['SB1', true, 'evidence/system-officer-certificate-expired'],
      ['SB2', false, 'evidence/system-covered'],
    ]);
    const a01 = await list({ unitCode: 'A01', indicatorId: 'S2' });
    expect(ids(a01)).toEqual(['SA1', 'SA2']);
  });

  test('R1, R2, R3: ratings, rectification days, participation summary', async () => {
    const r1 = await list({ unitCode: 'A01', indicatorId: 'R1' });
    expect([r1.totalCount, r1.againstCount]).toEqual([8, 4]);
    const r2 = await list({ unitCode: 'A01', indicatorId: 'R2' });
    expect(r2.rows.map((r) => [r.recordId, r.countedAgainst, r.reasonCode, r.fields.find((f) => f.name === 'days_taken')?.value])).toEqual([
      ['RT5', true, 'evidence/rectified-late', '16'],
      ['RT6', true, 'evidence/not-rectified', null],
      ['RT9', true, 'evidence/rectified-late', '16'],
      ['RT4', false, 'evidence/rectified-on-time', '15'],
    ]);
    const r3 = await list({ unitCode: 'A02', indicatorId: 'R3' });
    expect(r3.rows).toEqual([expect.objectContaining({ recordId: 'R3', recordKind: 'summary', countedAgainst: true, reasonCode: 'evidence/participation-low' })]);
    expect(r3.rows[0]?.reason).toBe('本期办结 4 件，仅收到评价 1 条，参与率 25.0%');
    const d01 = await list({ unitCode: 'D01', indicatorId: 'R3' });
    expect(d01.rows[0]).toMatchObject({ countedAgainst: false, reasonCode: 'evidence/no-completed-cases' });
  });

  test('D1/D2 items below level 4 and D3 offline cases count against; P incidents all do', async () => {
    const d1 = await list({ unitCode: 'A01', indicatorId: 'D1' });
    expect(d1.rows.map((r) => [r.recordId, r.countedAgainst])).toEqual([['IA4', true], ['IA3', true], ['IA1', false]]);
    expect(d1.rows[2]?.fields.find((f) => f.name === 'depth_level')?.value).toBe('4');
    const d3 = await list({ unitCode: 'A01', indicatorId: 'D3' });
    expect(ids(d3)).toEqual(['C4', 'C2', 'C1', 'C3', 'C6']);
    const p = await list({ unitCode: 'A01', indicatorId: 'P' });
    expect(p.rows.map((r) => [r.recordId, r.countedAgainst])).toEqual([['IN1', true], ['IN2', true]]);
  });

  test('a manual measure shows its imported value', async () => {
    const page = await list({ unitCode: 'A01', indicatorId: 'M1' });
    expect(page.rows).toEqual([expect.objectContaining({ recordId: 'M1', recordKind: 'manual', countedAgainst: false })]);
    expect(page.rows[0]?.fields.find((f) => f.name === 'value')?.value).toBe('88.5');
  });

  test('unknown indicator, unknown unit and a forged cursor are typed errors', async () => {
    await expect(list({ unitCode: 'A01', indicatorId: 'X9' })).rejects.toMatchObject({ evidenceCode: 'evidence/unknown-indicator' });
    await expect(list({ unitCode: 'A01', indicatorId: 'X9' })).rejects.toBeInstanceOf(EvidenceError);
    await expect(list({ unitCode: 'ZZZ', indicatorId: 'U1' })).rejects.toMatchObject({ evidenceCode: 'evidence/unknown-unit' });
    await expect(list({ unitCode: 'A01', indicatorId: 'U1', after: 'not-a-cursor' })).rejects.toMatchObject({ evidenceCode: 'evidence/invalid-cursor' });
    await expect(list({ unitCode: 'A01', indicatorId: 'U1', first: 0 })).rejects.toMatchObject({ evidenceCode: 'evidence/invalid-page-size' });
  });

  test.each(['2023-03', '2023-Q1', '2023'])('evidence agrees with the measures of %s for every unit', async (periodId) => {
    const period = requirePeriod(periodId);
    const table = await computeMeasures(db.orm.em.fork(), period);
    for (const [unitCode, measures] of Object.entries(table)) {
      for (const id of ['U1', 'E2', 'S2', 'R1', 'R2', 'D2', 'D3']) {
        const m = measures[id];
        const page = await listEvidence(db.orm.em.fork(), { unitCode, period, indicatorId: id, first: 1 });
        const label = `${unitCode} ${id} ${periodId}`;
        expect(page.totalCount, label).toBe(m?.denominator ?? 0);
        expect(page.againstCount, label).toBe((m?.denominator ?? 0) - (m?.numerator ?? 0));
      }
      for (const id of ['E3', 'D1']) {
        const page = await listEvidence(db.orm.em.fork(), { unitCode, period, indicatorId: id, first: 1 });
        expect(page.totalCount, `${unitCode} ${id} ${periodId}`).toBe(measures[id]?.denominator ?? 0);
      }
      const p = await listEvidence(db.orm.em.fork(), { unitCode, period, indicatorId: 'P', first: 1 });
      expect(p.againstCount).toBe(measures.P?.value);
    }
  });
});
