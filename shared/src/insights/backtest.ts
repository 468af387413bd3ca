/**
 * The early warning and its backtest. For every stored month t with enough history, the forecast
 * of t made from the months before t (forecast.ts) is compared with what t turned out to be; the
 * errors give the forecast's likely range (80 %: the 10th–90th percentile of the errors of months
 * before t, all units in the scope pooled) and the figures the early-warning page shows, so nobody
 * trusts the forecast more than it deserves.
 *
 * A unit is flagged when its expected composite grades 不合格 (below 60) or a grade lower than its
 * last month's. The same rule applied to what happened gives the flags the backtest scores.
 */
import type { Period } from '../model/period.js';
import type { Scheme } from '../model/scheme.js';
import type { Grade, RankingResult, UnitResult } from '../model/score.js';
import type { RankingScope, UnitRef } from '../model/unit.js';
import { computeRanking } from '../scoring/compute.js';
import { gradeOf } from '../scoring/grades.js';
import { attributeScoreChange, type ChangePart } from './attribution.js';
import { FORECAST_MODEL, forecastRanking, type ForecastModel, type MonthOfMeasures } from './forecast.js';

export const RANGE_QUANTILES = { low: 0.1, high: 0.9 } as const;
/** Fewer errors than this give no range. */
export const MIN_RESIDUALS = 10;

export const WARNING_FLAGS = ['BELOW_PASS', 'GRADE_DROP'] as const;
export type WarningFlag = (typeof WARNING_FLAGS)[number];

const GRADE_ORDER: Record<Grade, number> = { fail: 0, pass: 1, good: 2, excellent: 3 };

/** 'BELOW_PASS' when `composite` grades fail, 'GRADE_DROP' when it grades lower than `previous`, else null. */
export function warningFlag(composite: number | null, previous: number | null): WarningFlag | null {
  const grade = gradeOf(composite);
  if (grade === null) return null;
  if (grade === 'fail') return 'BELOW_PASS';
  const before = gradeOf(previous);
  return before !== null && GRADE_ORDER[grade] < GRADE_ORDER[before] ? 'GRADE_DROP' : null;
}

/** Linear-interpolation quantile (type 7) of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** The 10th and 90th percentiles of earlier errors (actual − forecast); null with too few errors. */
export function errorBand(residuals: readonly number[]): { low: number; high: number } | null {
  if (residuals.length < MIN_RESIDUALS) return null;
  const sorted = [...residuals].sort((a, b) => a - b);
  return { low: quantile(sorted, RANGE_QUANTILES.low), high: quantile(sorted, RANGE_QUANTILES.high) };
}

/** The likely range of a forecast: the error band around it, within 0–100. */
export function forecastRange(
  expected: number | null,
  band: { low: number; high: number } | null,
): { low: number; high: number } | null {
  if (expected === null || band === null) return null;
  const clamp = (x: number) => Math.min(100, Math.max(0, x));
  return { low: clamp(expected + band.low), high: clamp(expected + band.high) };
}

export interface BacktestRow {
  unitCode: string;
  period: string;
  forecast: number | null;
  low: number | null;
  high: number | null;
  actual: number | null;
  /** The actual composite of the month before (the naive forecast, and the base of a grade drop). */
  previous: number | null;
  predictedFlag: WarningFlag | null;
  actualFlag: WarningFlag | null;
}

export interface BacktestSummary {
  /** Unit-months with both a forecast and an actual composite. */
  forecasts: number;
  mae: number | null;
  /** MAE of "same as last month", for comparison. */
  naiveMae: number | null;
  /** Forecasts whose grade was the actual grade. */
  gradeHits: number;
  gradeHitRate: number | null;
  /** Forecasts with a range, and how many actual composites fell inside it. */
  ranged: number;
  covered: number;
  coverage: number | null;
  predictedFlags: number;
  actualFlags: number;
  truePositives: number;
  precision: number | null;
  recall: number | null;
}

export interface BacktestMonth extends BacktestSummary {
  period: string;
}

export interface Backtest {
  rows: BacktestRow[];
  months: BacktestMonth[];
  overall: BacktestSummary;
}

const ratio = (k: number, n: number): number | null => (n === 0 ? null : k / n);

/** The figures of a set of backtest rows: the definitions the early-warning page shows. */
export function summarize(rows: readonly BacktestRow[]): BacktestSummary {
  const scored = rows.filter((r) => r.forecast !== null && r.actual !== null);
  const naive = scored.filter((r) => r.previous !== null);
  const ranged = scored.filter((r) => r.low !== null && r.high !== null);
  const covered = ranged.filter(
    (r) => (r.actual as number) >= (r.low as number) && (r.actual as number) <= (r.high as number),
  ).length;
  const gradeHits = scored.filter((r) => gradeOf(r.forecast) === gradeOf(r.actual)).length;
  const predictedFlags = scored.filter((r) => r.predictedFlag !== null).length;
  const actualFlags = scored.filter((r) => r.actualFlag !== null).length;
  const truePositives = scored.filter((r) => r.predictedFlag !== null && r.actualFlag !== null).length;
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
  return {
    forecasts: scored.length,
    mae: mean(scored.map((r) => Math.abs((r.actual as number) - (r.forecast as number)))),
    naiveMae: mean(naive.map((r) => Math.abs((r.actual as number) - (r.previous as number)))),
    gradeHits,
    gradeHitRate: ratio(gradeHits, scored.length),
    ranged: ranged.length,
    covered,
    coverage: ratio(covered, ranged.length),
    predictedFlags,
    actualFlags,
    truePositives,
    precision: ratio(truePositives, predictedFlags),
    recall: ratio(truePositives, actualFlags),
  };
}

export interface WarningInput {
  /** Stored complete months, any order; months at or after a forecast's target are never read for it. */
  months: readonly MonthOfMeasures[];
  scheme: Scheme;
  units: readonly UnitRef[];
  scope: RankingScope;
  model?: ForecastModel;
}

function composites(ranking: RankingResult): Map<string, UnitResult> {
  return new Map(ranking.rows.map((r) => [r.unitCode, r]));
}

/** Every month's actual ranking, oldest first (forecast and actual use the same engine call). */
function actualRankings(input: WarningInput): Array<{ period: Period; ranking: Map<string, UnitResult> }> {
  return [...input.months]
    .sort((a, b) => (a.period.start < b.period.start ? -1 : 1))
    .map((m) => ({
      period: m.period,
      ranking: composites(
        computeRanking({
          period: m.period,
          scheme: input.scheme,
          units: input.units,
          measures: m.measures,
          scope: input.scope,
        }),
      ),
    }));
}

function residualsOf(rows: readonly BacktestRow[]): number[] {
  const out: number[] = [];
  for (const r of rows) if (r.forecast !== null && r.actual !== null) out.push(r.actual - r.forecast);
  return out;
}

type ActualRankings = ReturnType<typeof actualRankings>;

export function runBacktest(input: WarningInput): Backtest {
  return backtestOver(input, actualRankings(input));
}

function backtestOver(input: WarningInput, actual: ActualRankings): Backtest {
  const model = input.model ?? FORECAST_MODEL;
  const rows: BacktestRow[] = [];
  const months: BacktestMonth[] = [];
  for (let t = 1; t < actual.length; t++) {
    const { period, ranking } = actual[t]!;
    const forecast = forecastRanking(input.months, period, input.units, input.scheme, input.scope, model);
    if (!forecast) continue;
    const band = errorBand(residualsOf(rows));
    const before = actual[t - 1]!.ranking;
    const monthRows: BacktestRow[] = forecast.ranking.rows.map((f) => {
      const range = forecastRange(f.composite, band);
      const previous = before.get(f.unitCode)?.composite ?? null;
      const real = ranking.get(f.unitCode)?.composite ?? null;
      return {
        unitCode: f.unitCode,
        period: period.id,
        forecast: f.composite,
        low: range?.low ?? null,
        high: range?.high ?? null,
        actual: real,
        previous,
        predictedFlag: warningFlag(f.composite, previous),
        actualFlag: warningFlag(real, previous),
      };
    });
    rows.push(...monthRows);
    months.push({ period: period.id, ...summarize(monthRows) });
  }
  return { rows, months, overall: summarize(rows) };
}

export interface UnitWarning {
  unitCode: string;
  /** The last stored month's result and the forecast's (for the drivers' wording). */
  last: UnitResult | null;
  forecast: UnitResult;
  expected: number | null;
  low: number | null;
  high: number | null;
  flag: WarningFlag | null;
  /** What moves the composite from last month to the forecast, most negative first (attribution.ts). */
  drivers: ChangePart[];
}

export interface EarlyWarning {
  target: Period;
  /** The last month the forecast reads. */
  basedOn: string | null;
  units: UnitWarning[];
  backtest: Backtest;
}

/** The forecast of `target` for every unit of the scope, with its range from the backtest before it. */
export function earlyWarning(input: WarningInput & { target: Period }): EarlyWarning | null {
  const model = input.model ?? FORECAST_MODEL;
  const earlier = { ...input, months: input.months.filter((m) => m.period.end < input.target.start) };
  const forecast = forecastRanking(earlier.months, input.target, input.units, input.scheme, input.scope, model);
  if (!forecast) return null;
  const actual = actualRankings(earlier);
  const backtest = backtestOver(earlier, actual);
  const lastMonth = actual[actual.length - 1] ?? null;
  const band = errorBand(residualsOf(backtest.rows));
  const units = forecast.ranking.rows.map((f): UnitWarning => {
    const last = lastMonth?.ranking.get(f.unitCode) ?? null;
    const range = forecastRange(f.composite, band);
    const change = attributeScoreChange({ previous: last, current: f });
    return {
      unitCode: f.unitCode,
      last,
      forecast: f,
      expected: f.composite,
      low: range?.low ?? null,
      high: range?.high ?? null,
      flag: warningFlag(f.composite, last?.composite ?? null),
      drivers: change.parts.filter((p) => p.points < 0).sort((a, b) => a.points - b.points),
    };
  });
  return { target: input.target, basedOn: lastMonth?.period.id ?? null, units, backtest };
}
