import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gradeOf, type BacktestSummary } from '@scorecard/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { createTestUser, gql, loginToken, startTestApp } from '../../test/http.js';
import { generateCity, PRESETS } from '../demo/index.js';
import { importPaths } from '../imports/index.js';
import { truncateCity } from './testing/truncate-city.js';

/**
 * The early warning over HTTP on a generated city of 8 units and 8 months (2023-01…08). The clock is
 * the real date, so every month is complete: the forecast is for 2023-09, the backtest covers
 * April–August (three months of history first). A second database holds the same city cut at
 * 2023-07-01 (testing/truncate-city.ts): its forecast of July must be the full city's backtest
 * forecast of July, to the last bit.
 */
const CUTOFF = '2023-07-01';

type Summary = BacktestSummary;
interface Point {
  period: string;
  expected: number | null;
  low: number | null;
  high: number | null;
  actual: number | null;
  predictedFlag: string | null;
  actualFlag: string | null;
}
interface UnitForecast {
  unit: { code: string };
  lastComposite: number | null;
  expected: number | null;
  low: number | null;
  high: number | null;
  flag: string | null;
  drivers: Array<{ indicatorId: string; points: number; text: string }>;
  history: Point[];
}
interface Warning {
  target: { id: string; asOf: string | null } | null;
  basedOn: string | null;
  historyMonths: number;
  units: UnitForecast[];
  backtest: { months: Array<Summary & { period: string }>; overall: Summary };
}

const SUMMARY =
  'forecasts mae naiveMae gradeHits gradeHitRate ranged covered coverage predictedFlags actualFlags truePositives precision recall';
const WARNING = `query($s: RankingScope) { earlyWarning(scope: $s) {
  target { id asOf } basedOn historyMonths
  units { unit { code } lastComposite expected low high flag drivers { indicatorId points text }
    history { period expected low high actual predictedFlag actualFlag } }
  backtest { months { period ${SUMMARY} } overall { ${SUMMARY} } } } }`;

let cityDir = '';
let cutDir = '';
beforeAll(async () => {
  cityDir = mkdtempSync(join(tmpdir(), 'warning-city-'));
  cutDir = join(cityDir, 'cut');
  const smoke = PRESETS.smoke!;
  await generateCity({
    units: 8,
    months: 8,
    startMonth: '2023-01',
    seed: 15,
    outDir: join(cityDir, 'full'),
    scale: smoke.scale,
  });
  truncateCity(join(cityDir, 'full'), cutDir, CUTOFF);
});
afterAll(() => rmSync(cityDir, { recursive: true, force: true }));

/** The flag rule, written out again: below 60, or a lower grade than the month before. */
const ORDER = { fail: 0, pass: 1, good: 2, excellent: 3 } as const;
function flagged(x: number | null, previous: number | null): boolean {
  const g = gradeOf(x);
  if (g === null) return false;
  const p = gradeOf(previous);
  return g === 'fail' || (p !== null && ORDER[g] < ORDER[p]);
}

describe.each(testDatabases())('early warning over HTTP on %s', (kind) => {
  let full: TestDatabase;
  let cut: TestDatabase;
  let app: RunningApp;
  let cutApp: RunningApp;
  let leader = '';
  let unitUser = '';
  let cutLeader = '';
  let warning: Warning;

  beforeAll(async () => {
    [full, cut] = await Promise.all([createTestDatabase(kind), createTestDatabase(kind)]);
    for (const [db, dir] of [
      [full, join(cityDir, 'full')],
      [cut, cutDir],
    ] as const) {
      const results = await importPaths(db.orm, [dir]);
      expect(results.filter((r) => r.status !== 'imported').map((r) => r.errors)).toEqual([]);
      await createTestUser(db.orm, 'leader', 'LEADER');
    }
    const firstUnit = String(
      (await full.orm.em.getConnection().execute('select code from units order by code limit 1'))[0].code,
    );
    await createTestUser(full.orm, 'unit', 'UNIT', firstUnit);
    [app, cutApp] = await Promise.all([
      startTestApp(full.orm, { LOG_LEVEL: 'silent' }),
      startTestApp(cut.orm, { LOG_LEVEL: 'silent' }),
    ]);
    [leader, unitUser, cutLeader] = await Promise.all([
      loginToken(app, 'leader'),
      loginToken(app, 'unit'),
      loginToken(cutApp, 'leader'),
    ]);
    const res = await gql<{ earlyWarning: Warning }>(app, WARNING, { token: leader });
    expect(res.errors).toEqual([]);
    warning = res.data!.earlyWarning;
  }, 120_000);
  afterAll(async () => {
    await Promise.all([app?.close(), cutApp?.close()]);
    await Promise.all([full?.drop(), cut?.drop()]);
  });

  test('forecasts September from the eight stored months; backtests April–August', () => {
    expect(warning.target).toEqual({ id: '2023-09', asOf: null });
    expect(warning.basedOn).toBe('2023-08');
    expect(warning.historyMonths).toBe(8);
    expect(warning.units).toHaveLength(8);
    expect(warning.backtest.months.map((m) => m.period)).toEqual([
      '2023-04',
      '2023-05',
      '2023-06',
      '2023-07',
      '2023-08',
    ]);
    for (const u of warning.units) {
      expect(u.history.map((h) => h.period)).toEqual(['2023-04', '2023-05', '2023-06', '2023-07', '2023-08']);
      expect(u.drivers.every((d) => d.points < 0 && d.text.startsWith(d.indicatorId))).toBe(true);
    }
  });

  test('the figures the page shows, recomputed from the forecasts and the rankings', async () => {
    const actual = new Map<string, Map<string, number | null>>();
    for (const period of ['2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08']) {
      const res = await gql<{ ranking: { rows: Array<{ unit: { code: string }; composite: number | null }> } }>(
        app,
        `{ ranking(period: "${period}") { rows { unit { code } composite } } }`,
        { token: leader },
      );
      actual.set(period, new Map(res.data!.ranking.rows.map((r) => [r.unit.code, r.composite])));
    }
    const before = (p: string) => `2023-${String(Number(p.slice(5)) - 1).padStart(2, '0')}`;
    const rows = warning.units.flatMap((u) =>
      u.history.map((h) => ({
        ...h,
        unit: u.unit.code,
        previous: actual.get(before(h.period))!.get(u.unit.code) ?? null,
      })),
    );
    for (const r of rows) expect(r.actual, `${r.unit} ${r.period}`).toBe(actual.get(r.period)!.get(r.unit));
    // Not a vacuous check: this city has ranges, predicted and actual flags, hits and misses.
    const o = warning.backtest.overall;
    expect([
      o.ranged > 0,
      o.predictedFlags > 0,
      o.actualFlags > 0,
      o.truePositives < o.predictedFlags + o.actualFlags,
    ]).toEqual([true, true, true, true]);
    function figures(of: typeof rows) {
      const scored = of.filter((r) => r.expected !== null && r.actual !== null);
      const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
      const ranged = scored.filter((r) => r.low !== null);
      const predicted = scored.filter((r) => flagged(r.expected, r.previous));
      const happened = scored.filter((r) => flagged(r.actual, r.previous));
      const both = predicted.filter((r) => flagged(r.actual, r.previous));
      return {
        forecasts: scored.length,
        mae: mean(scored.map((r) => Math.abs(r.actual! - r.expected!))),
        naiveMae: mean(scored.filter((r) => r.previous !== null).map((r) => Math.abs(r.actual! - r.previous!))),
        gradeHits: scored.filter((r) => gradeOf(r.expected) === gradeOf(r.actual)).length,
        ranged: ranged.length,
        covered: ranged.filter((r) => r.actual! >= r.low! && r.actual! <= r.high!).length,
        predictedFlags: predicted.length,
        actualFlags: happened.length,
        truePositives: both.length,
        precision: predicted.length ? both.length / predicted.length : null,
        recall: happened.length ? both.length / happened.length : null,
      };
    }
    expectFigures(figures(rows), warning.backtest.overall);
    for (const m of warning.backtest.months) expectFigures(figures(rows.filter((r) => r.period === m.period)), m);
    // Predicted and actual flags as listed agree with the rule.
    for (const r of rows) {
      expect(r.predictedFlag !== null).toBe(flagged(r.expected, r.previous));
      expect(r.actualFlag !== null).toBe(flagged(r.actual, r.previous));
    }
  });

  test('truncating the data at July leaves the forecast of July unchanged', async () => {
    const res = await gql<{ earlyWarning: Warning }>(cutApp, WARNING, { token: cutLeader });
    expect(res.errors).toEqual([]);
    const truncated = res.data!.earlyWarning;
    expect(truncated.target?.id).toBe('2023-07');
    expect(truncated.basedOn).toBe('2023-06');
    for (const u of truncated.units) {
      const july = warning.units.find((w) => w.unit.code === u.unit.code)!.history.find((h) => h.period === '2023-07')!;
      expect({ expected: u.expected, low: u.low, high: u.high, flag: u.flag }, u.unit.code).toEqual({
        expected: july.expected,
        low: july.low,
        high: july.high,
        flag: july.predictedFlag,
      });
    }
  });

  test('deterministic: asked again, the same answer', async () => {
    const again = await gql<{ earlyWarning: Warning }>(app, WARNING, {
      token: leader,
      headers: { 'x-locale': 'zh-CN' },
    });
    expect(again.data!.earlyWarning).toEqual(warning);
  });

  test('a UNIT user sees its own unit only, with the same backtest figures', async () => {
    const res = await gql<{ earlyWarning: Warning }>(app, WARNING, { token: unitUser });
    expect(res.errors).toEqual([]);
    const own = res.data!.earlyWarning;
    const code = String(
      (await full.orm.em.getConnection().execute('select code from units order by code limit 1'))[0].code,
    );
    expect(own.units.map((u) => u.unit.code)).toEqual([code]);
    expect(own.backtest).toEqual(warning.backtest);
  });

  test('one unit on request; a UNIT user asking for another unit is FORBIDDEN', async () => {
    const first = String(
      (await full.orm.em.getConnection().execute('select code from units order by code limit 1'))[0].code,
    );
    const other = warning.units.find((u) => u.unit.code !== first)!;
    const second = other.unit.code;
    const one = await gql<{ earlyWarning: Warning }>(
      app,
      `query($u: String) { earlyWarning(unitCode: $u) { units { unit { code } expected } } }`,
      { token: leader, variables: { u: second } },
    );
    expect(one.data!.earlyWarning.units).toEqual([{ unit: { code: second }, expected: other.expected }]);
    const refused = await gql(app, `query($u: String) { earlyWarning(unitCode: $u) { units { expected } } }`, {
      token: unitUser,
      variables: { u: second },
    });
    expect(refused.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const own = await gql<{ earlyWarning: Warning }>(
      app,
      `query($u: String) { earlyWarning(unitCode: $u) { units { unit { code } } } }`,
      { token: unitUser, variables: { u: first } },
    );
    expect(own.data!.earlyWarning.units).toEqual([{ unit: { code: first } }]);
  });

  test('drivers are worded in the request language', async () => {
    const res = await gql<{ earlyWarning: Warning }>(app, WARNING, { token: leader, headers: { 'x-locale': 'en' } });
    const texts = res.data!.earlyWarning.units.flatMap((u) => u.drivers.map((d) => d.text));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => / pts: expected /.test(t))).toBe(true);
    expect(warning.units.flatMap((u) => u.drivers.map((d) => d.text)).every((t) => / 分：预计/.test(t))).toBe(true);
  });
});

/** Counts equal; means and rates equal to float rounding; and the rates are their counts' ratios. */
function expectFigures(mine: Record<string, number | null>, shown: Summary): void {
  for (const [key, value] of Object.entries(mine)) {
    const theirs = shown[key as keyof Summary];
    if (value === null) expect(theirs, key).toBeNull();
    else expect(theirs, key).toBeCloseTo(value, 9);
  }
  const rate = (k: number, n: number) => (n === 0 ? null : k / n);
  expect(shown.gradeHitRate).toBe(rate(shown.gradeHits, shown.forecasts));
  expect(shown.coverage).toBe(rate(shown.covered, shown.ranged));
}
