import { describe, expect, test } from 'vitest';
import type { MeasureTable, UnitMeasures } from '../model/measure.js';
import type { UnitRef } from '../model/unit.js';
import { monthPeriod } from '../periods/period.js';
import { DEFAULT_SCHEME } from '../scoring/default-scheme.js';
import {
  earlyWarning,
  errorBand,
  forecastRange,
  quantile,
  runBacktest,
  summarize,
  warningFlag,
  type BacktestRow,
} from './backtest.js';
import { forecastRanking, type MonthOfMeasures } from './forecast.js';

describe('flags: below 60 or a grade lower than last month', () => {
  test.each<[number | null, number | null, string | null]>([
    [59.99, 75, 'BELOW_PASS'],
    [59.99, null, 'BELOW_PASS'],
    [79.5, 80.1, 'GRADE_DROP'],
    [80, 92, 'GRADE_DROP'],
    [85, 89, null],
    [90, 70, null],
    [70, null, null],
    [null, 70, null],
  ])('%s after %s → %s', (composite, previous, flag) => expect(warningFlag(composite, previous)).toBe(flag));
});

describe('the likely range from earlier errors', () => {
  // Errors 1…10: the 10th percentile sits at position 0.9 → 1.9, the 90th at 8.1 → 9.1.
  const residuals = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
  test('10th–90th percentile around the forecast', () => {
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.1)).toBeCloseTo(1.9, 12);
    expect(forecastRange(50, errorBand(residuals))).toEqual({
      low: expect.closeTo(51.9, 12),
      high: expect.closeTo(59.1, 12),
    });
  });
  test('clamped to 0–100, none with fewer than 10 errors or no forecast', () => {
    expect(forecastRange(95, errorBand(residuals))).toEqual({ low: expect.closeTo(96.9, 12), high: 100 });
    expect(errorBand(residuals.slice(1))).toBeNull();
    expect(forecastRange(50, null)).toBeNull();
    expect(forecastRange(null, errorBand(residuals))).toBeNull();
  });
});

describe('backtest figures, by hand', () => {
  const row = (
    forecast: number | null,
    actual: number,
    previous: number,
    low: number | null,
    high: number | null,
  ): BacktestRow => ({
    unitCode: 'U',
    period: '2023-05',
    forecast,
    actual,
    previous,
    low,
    high,
    predictedFlag: warningFlag(forecast, previous),
    actualFlag: warningFlag(actual, previous),
  });
  const rows = [
    row(70, 65, 72, 60, 75), //  err 5, naive 7, pass = pass, inside, no flags
    row(58, 62, 61, null, null), // err 4, naive 1, fail ≠ pass, flagged but did not fail (false positive)
    row(81, 79, 85, 75, 90), //  err 2, naive 6, good ≠ pass, inside, missed grade drop (false negative)
    row(55, 50, 66, 50, 60), //  err 5, naive 16, fail = fail, inside, flagged and failed (true positive)
    row(null, 40, 50, null, null), // no forecast: not counted
  ];
  test('MAE, naive MAE, grade hits, coverage, precision and recall', () => {
    expect(summarize(rows)).toEqual({
      forecasts: 4,
      mae: 4, // (5 + 4 + 2 + 5) / 4
      naiveMae: 7.5, // (7 + 1 + 6 + 16) / 4
      gradeHits: 2,
      gradeHitRate: 0.5,
      ranged: 3,
      covered: 3,
      coverage: 1,
      predictedFlags: 2,
      actualFlags: 2,
      truePositives: 1,
      precision: 0.5,
      recall: 0.5,
    });
  });
  test('no rows: counts 0, rates null', () => {
    expect(summarize([])).toMatchObject({ forecasts: 0, mae: null, precision: null, recall: null, coverage: null });
  });
});

/** Five units drifting by different amounts a month with a wobble, eight months. */
const UNITS: UnitRef[] = ['A', 'B', 'C', 'D', 'E'].map((code) => ({ code, name: code, kind: 'municipal' as const }));
function city(months: number): MonthOfMeasures[] {
  return Array.from({ length: months }, (_, i) => {
    const table: MeasureTable = {};
    UNITS.forEach((u, k) => {
      const r = Math.min(1, Math.max(0, 0.55 + (k - 2) * 0.04 * i + 0.03 * Math.sin(i * (k + 1))));
      const m: UnitMeasures = {};
      for (const id of ['U1', 'E2', 'S2', 'R1', 'R2', 'R3', 'D2', 'D3'])
        m[id] = { value: r, numerator: null, denominator: null };
      m.E1 = { value: 5000 * r, numerator: null, denominator: null };
      m.E3 = { value: 1 + 4 * r, numerator: null, denominator: null };
      m.D1 = { value: 1 + 3 * r, numerator: null, denominator: null };
      m.S1 = { value: k % 2, numerator: null, denominator: null };
      m.P = { value: (i + k) % 4 === 0 ? 1 : 0, numerator: null, denominator: null };
      table[u.code] = m;
    });
    return { period: monthPeriod(2023, i + 1), measures: table };
  });
}

describe('the backtest forecasts each month from the months before it', () => {
  const months = city(8);
  const input = { months, scheme: DEFAULT_SCHEME, units: UNITS, scope: 'all' as const };
  const result = runBacktest(input);

  test('months 4–8 are forecast (3 months of history first), 5 units each', () => {
    expect(result.months.map((m) => m.period)).toEqual(['2023-04', '2023-05', '2023-06', '2023-07', '2023-08']);
    expect(result.rows).toHaveLength(25);
  });

  test('each forecast is the forecast made from the earlier months only', () => {
    for (const r of result.rows) {
      const [year, month] = r.period.split('-').map(Number);
      const alone = forecastRanking(
        months.slice(0, month! - 1),
        monthPeriod(year!, month!),
        UNITS,
        DEFAULT_SCHEME,
        'all',
      );
      expect(r.forecast).toBe(alone?.ranking.rows.find((x) => x.unitCode === r.unitCode)?.composite);
    }
  });

  test('ranges start once 10 earlier errors exist (June), from the errors before the month', () => {
    // April: no earlier error; May: 5; June: 10.
    for (const r of result.rows) expect(r.low !== null, `${r.period} ${r.unitCode}`).toBe(r.period >= '2023-06');
    const june = result.rows.find((r) => r.period === '2023-06' && r.unitCode === 'C')!;
    const before = result.rows.filter((r) => r.period < '2023-06').map((r) => r.actual! - r.forecast!);
    expect(forecastRange(june.forecast, errorBand(before))).toEqual({ low: june.low, high: june.high });
  });

  test('the figures are those of the rows, per month and overall', () => {
    expect(result.overall).toEqual(summarize(result.rows));
    for (const m of result.months)
      expect(m).toEqual({ period: m.period, ...summarize(result.rows.filter((r) => r.period === m.period)) });
  });

  test('the early warning for September uses August back, with drivers most negative first', () => {
    const warning = earlyWarning({ ...input, months: city(12), target: monthPeriod(2023, 9) })!;
    expect(warning.basedOn).toBe('2023-08');
    expect(warning.backtest).toEqual(result);
    const residuals = result.rows.map((r) => r.actual! - r.forecast!);
    for (const u of warning.units) {
      expect({ low: u.low, high: u.high }).toEqual(forecastRange(u.expected, errorBand(residuals)));
      expect(u.drivers.every((d) => d.points < 0)).toBe(true);
      expect(u.drivers.map((d) => d.points)).toEqual([...u.drivers.map((d) => d.points)].sort((a, b) => a - b));
      expect(u.flag).toBe(warningFlag(u.expected, u.last?.composite ?? null));
    }
    // Unit A drifts down 0.08 a month: below 60 by September.
    expect(warning.units.find((u) => u.unitCode === 'A')?.flag).toBe('BELOW_PASS');
  });
});
