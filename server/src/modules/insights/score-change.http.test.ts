import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { createTestUser, errorCodes, gql, loginToken, startTestApp } from '../../test/http.js';
import { importPaths } from '../imports/index.js';
import { createDraft, ok, parse, publish, saveDraft } from '../schemes/testing.js';

const FIXTURE = fileURLToPath(new URL('./fixtures', import.meta.url));

interface Part {
  indicatorId: string;
  kind: string;
  points: number;
  shownPoints: number;
  label: string;
  text: string;
  hasRecords: boolean;
}
interface Change {
  from: number | null;
  to: number | null;
  previousPeriod: string | null;
  locale: string;
  period: { id: string; asOf: string | null };
  parts: Part[];
}

const CHANGE = `query($u: String!, $p: String!) { scoreChange(unitCode: $u, period: $p) {
  from to previousPeriod locale period { id asOf } parts { indicatorId kind points shownPoints label text hasRecords } } }`;

/*
 * X01, by hand (fixtures/README.md). February: U1 28/28, E1 10,000, S1 1, R1 2/2 → every dimension
 * that applies is 100 → composite 100. March:
 *   U1 20/31 = 0.645161 → band(0.6, 0.95) = 100 · 0.045161 / 0.35 = 12.903226
 *   E1 1,000 → 100 · log10(1001) / log10(10001) = 75.010037
 *   S = 100; R1 1/2 → band(0.9, 0.99) = 0; R2 0/1 → 0 → R = 0; D and R3 N/A
 *   before penalty (25 · 12.903226 + 25 · 75.010037 + 15 · 100 + 20 · 0) / 85 = 43.503904; 1 incident → 38.503904
 * Shares: U1, E1 25/85; R1 20/85 in February, 20/85 · 50/80 in March; R2 20/85 · 30/80 from March.
 *   U1 (25/85)(12.903226 − 100) = −25.616698       E1 (25/85)(75.010037 − 100) = −7.349989
 *   R1 (12.5/85)(0 − 100) = −14.705882              NA_REWEIGHT (12.5/85 − 20/85) · 100 + (7.5/85) · 0 = −8.823529
 *   P −5                                            sum −61.496096 = 38.503904 − 100
 * Shown (two decimals adding up to 38.50 − 100.00 = −61.50): −25.62, −7.35, −14.71, −8.82, −5.00.
 */
const MARCH = 38.503904;

describe.each(testDatabases())('scoreChange over HTTP on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  let midMarch: RunningApp;
  let leader = '';
  let own = '';
  let other = '';

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const results = await importPaths(db.orm, [FIXTURE]);
    expect(results.filter((r) => r.status !== 'imported')).toEqual([]);
    await createTestUser(db.orm, 'leader', 'LEADER');
    await createTestUser(db.orm, 'x01', 'UNIT', 'X01');
    await createTestUser(db.orm, 'x02', 'UNIT', 'X02');
    app = await startTestApp(db.orm, { LOG_LEVEL: 'silent' });
    midMarch = await startTestApp(db.orm, { LOG_LEVEL: 'silent', SCORECARD_CLOCK: '2023-03-15' });
    [leader, own, other] = await Promise.all([
      loginToken(app, 'leader'),
      loginToken(app, 'x01'),
      loginToken(app, 'x02'),
    ]);
  });
  afterAll(async () => {
    await Promise.all([app?.close(), midMarch?.close()]);
    await db?.drop();
  });

  async function change(
    target: RunningApp,
    token: string,
    period: string,
    headers: Record<string, string> = {},
  ): Promise<Change> {
    const res = await gql<{ scoreChange: Change }>(target, CHANGE, {
      token,
      variables: { u: 'X01', p: period },
      headers,
    });
    expect(res.errors).toEqual([]);
    return res.data!.scoreChange;
  }

  test('March against February: the hand-computed parts, summing to the change', async () => {
    const c = await change(app, leader, '2023-03');
    expect(c).toMatchObject({
      from: 100,
      previousPeriod: '2023-02',
      locale: 'zh-CN',
      period: { id: '2023-03', asOf: null },
    });
    expect(c.to).toBeCloseTo(MARCH, 5);
    expect(c.parts.map((p) => [p.indicatorId, p.kind, p.shownPoints])).toEqual([
      ['U1', 'SUB_INDICATOR', -25.62],
      ['E1', 'SUB_INDICATOR', -7.35],
      ['R1', 'SUB_INDICATOR', -14.71],
      ['NA_REWEIGHT', 'NA_REWEIGHT', -8.82],
      ['P', 'PENALTY', -5],
    ]);
    const exact = [-25.616698, -7.349989, -14.705882, -8.823529, -5];
    c.parts.forEach((p, i) => expect(p.points, p.indicatorId).toBeCloseTo(exact[i]!, 5));
    expect(c.parts.reduce((a, p) => a + p.points, 0)).toBeCloseTo(c.to! - c.from!, 9);
    expect(Math.round(c.parts.reduce((a, p) => a + p.shownPoints, 0) * 100)).toBe(-6150);
    expect(c.parts.map((p) => p.hasRecords)).toEqual([true, true, true, false, true]);
  });

  test('the sentences, in Chinese by default', async () => {
    const c = await change(app, leader, '2023-03');
    expect(c.parts.map((p) => p.label)).toEqual([
      'U1 按时更新率',
      'E1 跨部门调用量',
      'R1 好评率',
      '权重重新分配',
      'P 数据安全事件扣分',
    ]);
    expect(c.parts.map((p) => p.text)).toEqual([
      // 21–31 March: 11 daily windows without an update.
      'U1 按时更新率 −25.62 分：本期到期更新窗口 31 个中按时更新 20 个（64.52%），上期 28 个中 28 个（100.00%）；漏更最多的资源：示范人口库（漏 11 个窗口）',
      'E1 跨部门调用量 −7.35 分：本期其他单位调用 1000 次，上期 10000 次',
      'R1 好评率 −14.71 分：本期收到评价 2 条，其中好评 1 条（50.00%），上期 2 条中 2 条（100.00%）',
      '权重重新分配 −8.82 分：R2 差评15日整改率本期起计分（差评 1 条中 15 日内整改 0 条（0.00%），得 0.00 分）',
      'P 数据安全事件扣分 −5.00 分：本期事件 1 起，扣 5.00 分；上期 0 起，扣 0.00 分；本期事件：2023-03-20 接口未鉴权',
    ]);
  });

  test('in English when the request asks (X-Locale, or Accept-Language)', async () => {
    for (const headers of [{ 'x-locale': 'en' }, { 'accept-language': 'en-GB,en;q=0.9' }] as Array<
      Record<string, string>
    >) {
      const c = await change(app, leader, '2023-03', headers);
      expect(c.locale).toBe('en');
      expect(c.parts.map((p) => p.text)).toEqual([
        'U1 On-time update rate −25.62 pts: 20 of 31 due update windows met (64.52%); last period 28 of 28 (100.00%); most missed resources: 示范人口库 (11 missed)',
        'E1 Cross-unit calls −7.35 pts: 1000 calls by other units; last period 10000',
        'R1 Positive rating rate −14.71 pts: 1 of 2 ratings positive (50.00%); last period 2 of 2 (100.00%)',
        'N/A re-weighting −8.82 pts: R2 Bad ratings rectified within 15 days counts this period (0 of 1 bad ratings rectified within 15 days (0.00%), score 0.00)',
        'P Security-incident penalty −5.00 pts: 1 incidents this period, 5.00 points off; last period 0, 0.00 off; incidents: 2023-03-20 接口未鉴权',
      ]);
    }
  });

  test('a part links to its records: evidence lists the 11 missed windows behind U1', async () => {
    const res = await gql<{ evidence: { totalCount: number; againstCount: number } }>(
      app,
      '{ evidence(unitCode: "X01", period: "2023-03", indicatorId: "U1") { totalCount againstCount } }',
      { token: leader },
    );
    expect(res.data?.evidence).toEqual({ totalCount: 31, againstCount: 11 });
  });

  test('no previous period with data: from is null and there are no parts', async () => {
    const c = await change(app, leader, '2023-02');
    expect(c).toMatchObject({ from: null, to: 100, previousPeriod: null, parts: [] });
  });

  test('same access as unitScorecard: own unit yes, another unit FORBIDDEN, bad input clear codes', async () => {
    expect((await change(app, own, '2023-03')).parts).toHaveLength(5);
    const refused = await gql(app, CHANGE, { token: other, variables: { u: 'X01', p: '2023-03' } });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const noUnit = await gql(app, CHANGE, { token: leader, variables: { u: 'NOPE', p: '2023-03' } });
    expect(errorCodes(noUnit)).toEqual(['UNIT_NOT_FOUND']);
    const noPeriod = await gql(app, CHANGE, { token: leader, variables: { u: 'X01', p: '2023-13' } });
    expect(errorCodes(noPeriod)).toEqual(['PERIOD_NOT_FOUND']);
    const outOfScope = await gql(app, '{ scoreChange(unitCode: "X01", period: "2023-03", scope: DISTRICT) { to } }', {
      token: leader,
    });
    expect(errorCodes(outOfScope)).toEqual(['UNIT_NOT_FOUND']);
  });

  describe('month to date: with the clock at 15 March, March is in progress', () => {
    /*
     * 1–15 March: U1 15/15 → 100; E1 1,000 with logTarget's m = 15/31: 100 · log10(1001) /
     * log10(1 + 10000 · 15/31) = 100 · 3.000434 / 3.684819 = 81.426898; S 100; R1 1/1 (the 1 of
     * 18 March has not happened yet) → R = 100; no incident yet.
     * (25 · 100 + 25 · 81.426898 + 15 · 100 + 20 · 100) / 85 = 94.537323.
     */
    const MTD = 94.537323;

    test('periods containing 15 March say so; February does not', async () => {
      const res = await gql<{ periods: Array<{ id: string; asOf: string | null }> }>(
        midMarch,
        '{ periods { id asOf } }',
        { token: leader },
      );
      expect(Object.fromEntries(res.data!.periods.map((p) => [p.id, p.asOf]))).toEqual({
        '2023': '2023-03-15',
        '2023-Q1': '2023-03-15',
        '2023-03': '2023-03-15',
        '2023-02': null,
      });
    });

    test('the ranking and the scorecard count 1–15 March, marked with asOf', async () => {
      const res = await gql<{
        ranking: { period: { asOf: string }; rows: Array<{ unit: { code: string }; composite: number }> };
      }>(midMarch, '{ ranking(period: "2023-03") { period { asOf } rows { unit { code } composite } } }', {
        token: leader,
      });
      expect(res.data!.ranking.period.asOf).toBe('2023-03-15');
      expect(res.data!.ranking.rows.find((r) => r.unit.code === 'X01')!.composite).toBeCloseTo(MTD, 5);
      const card = await gql<{
        unitScorecard: {
          period: { asOf: string };
          penalty: number;
          dimensions: Array<{ subIndicators: Array<{ id: string; numerator: number; denominator: number }> }>;
        };
      }>(
        midMarch,
        '{ unitScorecard(unitCode: "X01", period: "2023-03") { period { asOf } penalty dimensions { subIndicators { id numerator denominator } } } }',
        { token: leader },
      );
      const u1 = card.data!.unitScorecard.dimensions.flatMap((d) => d.subIndicators).find((s) => s.id === 'U1');
      expect([
        card.data!.unitScorecard.period.asOf,
        card.data!.unitScorecard.penalty,
        u1?.numerator,
        u1?.denominator,
      ]).toEqual(['2023-03-15', 0, 15, 15]);
    });

    test('the change so far, and its records, stop at 15 March', async () => {
      const c = await change(midMarch, leader, '2023-03');
      expect(c.period.asOf).toBe('2023-03-15');
      expect(c.to).toBeCloseTo(MTD, 5);
      expect(c.parts.map((p) => p.text)).toEqual(['E1 跨部门调用量 −5.46 分：本期其他单位调用 1000 次，上期 10000 次']);
      const res = await gql<{ evidence: { totalCount: number; againstCount: number } }>(
        midMarch,
        '{ evidence(unitCode: "X01", period: "2023-03", indicatorId: "U1") { totalCount againstCount } }',
        { token: leader },
      );
      expect(res.data?.evidence).toEqual({ totalCount: 15, againstCount: 0 });
    });

    test('the early warning forecasts March and shows it so far (one complete month: no forecast yet)', async () => {
      const res = await gql<{
        earlyWarning: { today: string; target: { id: string; asOf: string }; historyMonths: number; units: unknown[] };
      }>(midMarch, '{ earlyWarning { today target { id asOf } historyMonths units { expected } } }', { token: leader });
      expect(res.data!.earlyWarning).toEqual({
        today: '2023-03-15',
        target: { id: '2023-03', asOf: '2023-03-15' },
        historyMonths: 1,
        units: [],
      });
    });
  });
});

/*
 * February published with version 1, March with a version 2 whose E1 target is 100,000 calls a month
 * (version 1: 10,000). February's 10,000 calls score 100 · log10(10001) / log10(100001) = 80.000799
 * under version 2, so February is (25 · 100 + 25 · 80.000799 + 15 · 100 + 20 · 100) / 85 = 94.117882
 * there: the SCHEME part is 94.117882 − 100 = −5.882118. March under version 2: E1 1,000 →
 * 100 · log10(1001) / log10(100001) = 60.008629; (25 · 12.903226 + 25 · 60.008629 + 15 · 100 + 20 · 0)
 * / 85 − 5 = 34.091722.
 */
describe.each(testDatabases())('scoreChange across scheme versions on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  let assessor = '';

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const results = await importPaths(db.orm, [FIXTURE]);
    expect(results.filter((r) => r.status !== 'imported')).toEqual([]);
    await createTestUser(db.orm, 'assessor', 'ASSESSOR');
    app = await startTestApp(db.orm, { LOG_LEVEL: 'silent' });
    assessor = await loginToken(app, 'assessor');
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test('a SCHEME part carries what the new version alone changed; the parts still sum to the change', async () => {
    ok(await publish(app, assessor, '2023-02', 1));
    const draft = await createDraft(app, assessor, 1);
    const scheme = parse(draft);
    const e1 = scheme.dimensions.flatMap((d) => d.subIndicators).find((s) => s.id === 'E1')!;
    expect(e1.rule).toEqual({ kind: 'logTarget', targetPerMonth: 10000 });
    e1.rule = { kind: 'logTarget', targetPerMonth: 100000 };
    ok(await saveDraft(app, assessor, draft.version, draft.revision, scheme));
    ok(await publish(app, assessor, '2023-03', draft.version));

    const res = await gql<{ scoreChange: Change }>(app, CHANGE, { token: assessor, variables: { u: 'X01', p: '2023-03' } });
    expect(res.errors).toEqual([]);
    const c = res.data!.scoreChange;
    expect(c.from).toBe(100);
    expect(c.to).toBeCloseTo(34.091722, 5);
    const [first] = c.parts;
    expect([first?.indicatorId, first?.kind]).toEqual(['SCHEME', 'SCHEME']);
    expect(first?.points).toBeCloseTo(-5.882118, 5);
    expect(first?.text).toBe(
      `指标体系调整 −5.88 分：上期按其指标体系（第 1 版）为 100.00 分，按本期指标体系（第 ${draft.version} 版）计为 94.12 分`,
    );
    expect(c.parts.reduce((a, p) => a + p.points, 0)).toBeCloseTo(c.to! - c.from!, 9);
    expect(Math.round(c.parts.reduce((a, p) => a + p.shownPoints, 0) * 100)).toBe(Math.round((c.to! - c.from!) * 100));
  });
});
