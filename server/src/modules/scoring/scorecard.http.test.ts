import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { createTestUser, errorCodes, gql, loginToken, startTestApp } from '../../test/http.js';
import { importPaths } from '../imports/index.js';
import { EXPECTED } from '../measures/expected-fixture-values.js';

const FIXTURE = fileURLToPath(new URL('../measures/fixtures', import.meta.url));

interface Sub {
  id: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  score: number | null;
  pointsLost: number;
  applicable: boolean;
}
interface Scorecard {
  rank: number | null;
  composite: number | null;
  compositeBeforePenalty: number | null;
  penalty: number;
  grade: string | null;
  dimensions: Array<{ id: string; score: number | null; subIndicators: Sub[] }>;
}

const SCORECARD = `query($u: String!, $p: String!, $s: RankingScope) {
  unitScorecard(unitCode: $u, period: $p, scope: $s) {
    rank composite compositeBeforePenalty penalty grade
    dimensions { id score subIndicators { id value numerator denominator score pointsLost applicable } }
  }
}`;

describe.each(testDatabases())('the hand-checked fixture over HTTP GraphQL on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const results = await importPaths(db.orm, [FIXTURE]);
    expect(results.every((r) => r.status === 'imported')).toBe(true);
    await createTestUser(db.orm, 'leader', 'LEADER');
    app = await startTestApp(db.orm, { LOG_LEVEL: 'silent' });
    token = await loginToken(app, 'leader');
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  async function scorecard(unitCode: string, period: string, scope = 'ALL'): Promise<Scorecard> {
    const res = await gql<{ unitScorecard: Scorecard }>(app, SCORECARD, { token, variables: { u: unitCode, p: period, s: scope } });
    expect(res.errors).toEqual([]);
    return res.data!.unitScorecard;
  }

  const cases = Object.entries(EXPECTED).flatMap(([period, units]) =>
    Object.entries(units).map(([unit, measures]) => ({ period, unit, measures })),
  );
  test.each(cases)('$period $unit: every sub-indicator shows the hand-computed measure', async ({ period, unit, measures }) => {
    const card = await scorecard(unit, period);
    const subs = new Map(card.dimensions.flatMap((d) => d.subIndicators).map((s) => [s.id, s]));
    for (const [measureId, expected] of Object.entries(measures)) {
      const sub = subs.get(measureId);
      if (!sub) continue; // P and manual M1 are not sub-indicators of the default scheme
      if (expected === null) {
        expect(sub, `${measureId} is N/A`).toMatchObject({ applicable: false, value: null, score: null, pointsLost: 0 });
      } else {
        expect(sub.applicable, `${measureId} applies`).toBe(true);
        expect(sub.value, `${measureId} value`).toBeCloseTo(expected[0], 3);
        if (expected[1] !== null) expect(sub.numerator, `${measureId} numerator`).toBeCloseTo(expected[1], 3);
        if (expected[2] !== null) expect(sub.denominator, `${measureId} denominator`).toBeCloseTo(expected[2], 3);
      }
    }
    const incidents = measures.P?.[0] ?? 0;
    expect(card.penalty).toBe(Math.min(20, 5 * incidents));
  });

  test('2023-03 composites, computed by hand from SPEC §5–§6', async () => {
    // A02: U1 1/3 → 0 | E1 0 → 0, E2 1 → 100, E3 N/A → E = (40·0 + 40·100)/80 = 50 | S1 0, S2 0.5 → 0 → S = 0
    //      R1 1 → 100, R2 N/A, R3 0.25 → 0 → R = (50·100)/70 = 71.428571 | D1 4 → 100, D2 1 → 100, D3 0.75 → 75 → D = 92.5
    //      composite = (25·0 + 25·50 + 15·0 + 20·71.428571 + 15·92.5)/100 = 40.660714, no incident.
    const a02 = await scorecard('A02', '2023-03');
    expect(a02.composite).toBeCloseTo(40.660714, 4);
    expect(a02.grade).toBe('FAIL');
    // A01: U = 0 | E1 100·log10(121)/log10(10001) = 52.069069, E2 1/3 → 0, E3 11/3 → 66.666667 → E = 34.160961
    //      S = 100 | R1 0.5 → 0, R2 0.25 → 0, R3 1 → 100 → R = 20 | D1 8/3 → 55.555556, D2 1/3 → 5.555556, D3 0.6 → 50 → D = 38.888889
    //      before penalty = (25·34.160961 + 15·100 + 20·20 + 15·38.888889)/100 = 33.373574; 2 incidents → −10 = 23.373574
    const a01 = await scorecard('A01', '2023-03');
    expect(a01.compositeBeforePenalty).toBeCloseTo(33.373574, 4);
    expect(a01.penalty).toBe(10);
    expect(a01.composite).toBeCloseTo(23.373574, 4);
    // Points lost add up to what the unit did not earn before the penalty.
    const lost = a01.dimensions.flatMap((d) => d.subIndicators).reduce((sum, s) => sum + s.pointsLost, 0);
    expect(lost).toBeCloseTo(100 - 33.373574, 4);
    // D01: S = 0 (S1 0, S2 N/A) | R1 0 → 0, R2 1 → 100, R3 N/A → R = (30·100)/80 = 37.5 → composite = 20·37.5/35 = 21.428571
    expect((await scorecard('D01', '2023-03')).composite).toBeCloseTo(21.428571, 4);
    // P01: S1 0 → S = 0; D3 0 → D = 0 → composite 0 (ranked: S1 is never N/A).
    expect((await scorecard('P01', '2023-03')).composite).toBe(0);
  });

  test('each sub-indicator says what kind of number its value is (SPEC §3 "measure" column)', async () => {
    const res = await gql<{ unitScorecard: { dimensions: Array<{ subIndicators: Array<{ id: string; valueKind: string; valueDecimals: number; valueUnit: string | null }> }> } }>(
      app,
      '{ unitScorecard(unitCode: "A01", period: "2023-03") { dimensions { subIndicators { id valueKind valueDecimals valueUnit } } } }',
      { token },
    );
    const got = Object.fromEntries(
      res.data!.unitScorecard.dimensions.flatMap((d) => d.subIndicators).map((s) => [s.id, [s.valueKind, s.valueDecimals, s.valueUnit]]),
    );
    const ratio = ['RATIO', 2, null];
    expect(got).toEqual({
      U1: ratio,
      E1: ['COUNT', 0, 'CALLS'],
      E2: ratio,
      E3: ['MEAN', 2, 'SATISFACTION'],
      S1: ['BINARY', 0, null],
      S2: ratio,
      R1: ratio,
      R2: ratio,
      R3: ratio,
      D1: ['MEAN', 2, 'DEPTH_LEVEL'],
      D2: ratio,
      D3: ratio,
    });
  });

  test('the ranking orders the composites and ranks within a scope', async () => {
    const res = await gql<{ ranking: { rows: Array<{ unit: { code: string }; rank: number }> } }>(
      app,
      '{ ranking(period: "2023-03") { rows { unit { code } rank } } }',
      { token },
    );
    expect(res.data?.ranking.rows.map((r) => [r.unit.code, r.rank])).toEqual([['A02', 1], ['A01', 2], ['D01', 3], ['P01', 4]]);
    expect((await scorecard('A01', '2023-03', 'MUNICIPAL')).rank).toBe(2);
    expect((await scorecard('D01', '2023-03', 'DISTRICT')).rank).toBe(1);
  });

  test('evidence lists the U1 windows of A01 in March, the 7 missed ones first', async () => {
    const res = await gql<{ evidence: { totalCount: number; againstCount: number; rows: Array<{ countedAgainst: boolean; reasonCode: string }> } }>(
      app,
      '{ evidence(unitCode: "A01", period: "2023-03", indicatorId: "U1", first: 10) { totalCount againstCount rows { countedAgainst reasonCode } } }',
      { token },
    );
    expect(res.errors).toEqual([]);
    expect(res.data?.evidence.totalCount).toBe(16);
    expect(res.data?.evidence.againstCount).toBe(7);
    expect(res.data?.evidence.rows.slice(0, 7).every((r) => r.countedAgainst)).toBe(true);
    expect(res.data?.evidence.rows[7].countedAgainst).toBe(false);
  });

  test('an unknown period or unit is a stable error code with a clear message and no stack', async () => {
    const badPeriod = await gql(app, '{ ranking(period: "2023-13") { rows { rank } } }', { token });
    expect(errorCodes(badPeriod)).toEqual(['PERIOD_NOT_FOUND']);
    const noData = await gql(app, '{ ranking(period: "2021-05") { rows { rank } } }', { token });
    expect(errorCodes(noData)).toEqual(['PERIOD_NOT_FOUND']);
    expect(noData.errors[0].message).toContain('2021-05');
    const badUnit = await gql(app, '{ unitScorecard(unitCode: "NOPE", period: "2023-03") { rank } }', { token });
    expect(errorCodes(badUnit)).toEqual(['UNIT_NOT_FOUND']);
    expect(badUnit.raw).not.toMatch(/stacktrace|node_modules|\.ts:\d+/);
    for (const [from, to] of [['2023-01', '2023-Q1'], ['2023-03', '2023-01'], ['2023-1', '2023-03']]) {
      const badTrend = await gql(app, `{ unitTrend(unitCode: "A01", from: "${from}", to: "${to}") { composite } }`, { token });
      expect(errorCodes(badTrend), `${from}–${to}`).toEqual(['BAD_USER_INPUT']);
    }
  });

  test('a trend lists the periods with data in order', async () => {
    const res = await gql<{ unitTrend: Array<{ period: { id: string }; composite: number | null }> }>(
      app,
      '{ unitTrend(unitCode: "A02", from: "2023-01", to: "2023-04") { period { id } composite } }',
      { token },
    );
    expect(res.errors).toEqual([]);
    const march = res.data?.unitTrend.find((t) => t.period.id === '2023-03');
    expect(march?.composite).toBeCloseTo(40.660714, 4);
    const ids = res.data?.unitTrend.map((t) => t.period.id) ?? [];
    expect(ids).toEqual([...ids].sort());
  });
});
