/**
 * The early-warning forecast (预警): each unit's measures of a coming month from its own monthly
 * history, scored through the same scheme and engine as real months (computeRanking), so a forecast
 * composite means what a composite means.
 *
 * Per measure, from the unit's last `window` months before the target month (never the target month or
 * later: months are filtered by date here, whatever the caller passes):
 *   - N/A last month → N/A (applicability persists: no resource last month, none next month);
 *   - S1 (0/1) → last month's value;
 *   - P (incidents) → the mean of the last `penaltyWindow` months (an expected count: 0.5 incidents
 *     is an expected 2.5-point penalty);
 *   - everything else → Holt's linear trend with damping (α level, β trend, φ damping, trend starting at 0)
 *     over the trailing run of months in which it applied, one step ahead, kept inside the measure's
 *     range (ratios 0–1, satisfaction 1–5, depth 1–4, counts ≥ 0).
 * The parameters are fixed (not fitted), so the forecast is deterministic and the backtest shows
 * honestly how good they are.
 */
import {
  measureInfo,
  measureRange,
  type MeasureTable,
  type MeasureValue,
  type UnitMeasures,
} from '../model/measure.js';
import type { Period } from '../model/period.js';
import type { Scheme } from '../model/scheme.js';
import type { RankingResult } from '../model/score.js';
import type { RankingScope, UnitRef } from '../model/unit.js';
import { computeRanking } from '../scoring/compute.js';

export const FORECAST_MODEL = {
  alpha: 0.4,
  beta: 0.2,
  phi: 0.9,
  /** Months of history read per measure. */
  window: 12,
  /** Months of history needed before a month can be forecast. */
  minHistory: 3,
  /** Months averaged for the expected number of incidents. */
  penaltyWindow: 6,
} as const;

export type ForecastModel = typeof FORECAST_MODEL;

/** One month's measures of every unit. */
export interface MonthOfMeasures {
  period: Period;
  measures: MeasureTable;
}

/** One step ahead of a series (oldest first, at least one value) by Holt's damped trend. */
export function dampedTrend(series: readonly number[], model: ForecastModel = FORECAST_MODEL): number {
  const { alpha, beta, phi } = model;
  let level = series[0]!;
  let trend = 0;
  for (let t = 1; t < series.length; t++) {
    const previous = level;
    level = alpha * series[t]! + (1 - alpha) * (previous + phi * trend);
    trend = beta * (level - previous) + (1 - beta) * phi * trend;
  }
  return level + phi * trend;
}

function clampTo(x: number, range: { min: number; max: number }): number {
  return x < range.min ? range.min : x > range.max ? range.max : x;
}

const NA: MeasureValue = { value: null, numerator: null, denominator: null };

/** The forecast of one measure from its monthly values, oldest first (null = N/A that month). */
export function forecastMeasure(
  measureId: string,
  values: readonly (number | null)[],
  penaltyMeasureId = 'P',
  model: ForecastModel = FORECAST_MODEL,
): MeasureValue {
  if (measureId === penaltyMeasureId) {
    const recent = values.slice(-model.penaltyWindow);
    const total = recent.reduce<number>((a, v) => a + (v ?? 0), 0);
    return { value: recent.length === 0 ? 0 : total / recent.length, numerator: null, denominator: null };
  }
  const last = values[values.length - 1];
  if (last === null || last === undefined) return NA;
  if (measureInfo(measureId).kind === 'binary') return { value: last, numerator: null, denominator: null };
  let start = values.length - 1;
  while (start > 0 && values[start - 1] !== null && values[start - 1] !== undefined) start--;
  const run = values.slice(start) as number[];
  return { value: clampTo(dampedTrend(run, model), measureRange(measureId)), numerator: null, denominator: null };
}

/** Measure ids a scheme reads: enabled sub-indicators' measures and the penalty's. */
export function schemeMeasureIds(scheme: Scheme): string[] {
  const ids = new Set<string>();
  for (const d of scheme.dimensions) {
    if (!d.enabled) continue;
    for (const s of d.subIndicators) if (s.enabled) ids.add(s.measureId);
  }
  ids.add(scheme.penalty.measureId);
  return [...ids];
}

/** The history usable for `target`: months that end before it starts, oldest first, the last `window`. */
export function historyBefore(
  months: readonly MonthOfMeasures[],
  target: Period,
  model: ForecastModel = FORECAST_MODEL,
): MonthOfMeasures[] {
  return months
    .filter((m) => m.period.kind === 'month' && m.period.end < target.start)
    .sort((a, b) => (a.period.start < b.period.start ? -1 : 1))
    .slice(-model.window);
}

/** Forecast measures of `target` for every unit; null when fewer than minHistory months precede it. */
export function forecastMeasures(
  months: readonly MonthOfMeasures[],
  target: Period,
  units: readonly UnitRef[],
  scheme: Scheme,
  model: ForecastModel = FORECAST_MODEL,
): MeasureTable | null {
  const history = historyBefore(months, target, model);
  if (history.length < model.minHistory) return null;
  const ids = schemeMeasureIds(scheme);
  const table: MeasureTable = {};
  for (const u of units) {
    const unit: UnitMeasures = {};
    for (const id of ids) {
      const values = history.map((m) => m.measures[u.code]?.[id]?.value ?? null);
      unit[id] = forecastMeasure(id, values, scheme.penalty.measureId, model);
    }
    table[u.code] = unit;
  }
  return table;
}

/** The forecast ranking of `target` (no rank change: there is no "previous" forecast). */
export function forecastRanking(
  months: readonly MonthOfMeasures[],
  target: Period,
  units: readonly UnitRef[],
  scheme: Scheme,
  scope: RankingScope,
  model: ForecastModel = FORECAST_MODEL,
): { ranking: RankingResult; measures: MeasureTable } | null {
  const measures = forecastMeasures(months, target, units, scheme, model);
  if (!measures) return null;
  return { ranking: computeRanking({ period: target, scheme, units, measures, scope }), measures };
}
