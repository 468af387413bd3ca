/**
 * Scores one unit against a scheme (SPEC §6): sub-indicator scores, dimension scores with N/A
 * re-weighting, composite, penalty and points lost. Rank fields are left null (ranking.ts).
 *
 * Decisions where SPEC is silent:
 * - Disabled dimensions and sub-indicators are skipped entirely: not scored, not listed.
 * - A weight ≤ 0 (only reachable in a draft; validateScheme flags negatives) takes no part in the
 *   weighted means; the item is still scored and shown. If the applicable weights of a dimension
 *   (or of the composite) sum to 0 there is nothing to average, so it is N/A like "all N/A".
 * - The penalty counts the P measure's value (missing or N/A → 0 incidents; negatives → 0).
 */
import type { MeasureValue, UnitMeasures } from '../model/measure.js';
import type { Scheme, SubIndicatorDef } from '../model/scheme.js';
import type { DimensionScore, SubIndicatorScore, UnitResult } from '../model/score.js';
import type { UnitRef } from '../model/unit.js';
import { gradeOf } from './grades.js';
import { type RuleContext, scoreRule } from './rules.js';
import { forEachUsedShare } from './shares.js';
import { compositeAfterPenalty, weightedMean } from './weighting.js';

export interface MinMax {
  min: number;
  max: number;
}

export interface UnitScoreContext {
  /** Months in the period (logTarget's m). */
  months: number;
  /** measure id → min/max over the units being ranked together; only needed for minmax rules. */
  minmax?: ReadonlyMap<string, MinMax>;
}

export function penaltyPoints(incidents: number, scheme: Scheme): number {
  const points = Math.max(0, incidents) * scheme.penalty.pointsPerIncident;
  return Math.max(0, Math.min(scheme.penalty.maxPoints, points));
}

/** A sub-indicator ready to score: its rule context is built once per ranking, not per unit. */
interface PlannedSub {
  id: string;
  measureId: string;
  weight: number;
  rule: SubIndicatorDef['rule'];
  ctx: RuleContext;
}

interface PlannedDimension {
  id: string;
  weight: number;
  subs: PlannedSub[];
}

/** The enabled part of a scheme with per-sub-indicator rule contexts, for scoring many units. */
export interface ScoringPlan {
  scheme: Scheme;
  dimensions: PlannedDimension[];
}

export function planScoring(scheme: Scheme, ctx: UnitScoreContext): ScoringPlan {
  const base: RuleContext = { months: ctx.months };
  const dimensions: PlannedDimension[] = [];
  for (const d of scheme.dimensions) {
    if (!d.enabled) continue;
    const subs: PlannedSub[] = [];
    for (const s of d.subIndicators) {
      if (!s.enabled) continue;
      const mm = s.rule.kind === 'minmax' ? ctx.minmax?.get(s.measureId) : undefined;
      const ruleCtx = mm ? { months: ctx.months, min: mm.min, max: mm.max } : base;
      subs.push({ id: s.id, measureId: s.measureId, weight: s.weight, rule: s.rule, ctx: ruleCtx });
    }
    dimensions.push({ id: d.id, weight: d.weight, subs });
  }
  return { scheme, dimensions };
}

export function scoreUnit(
  scheme: Scheme,
  unit: UnitRef,
  measures: UnitMeasures | undefined,
  ctx: UnitScoreContext,
): UnitResult {
  return scoreUnitWithPlan(planScoring(scheme, ctx), unit, measures);
}

/** The value of a measure, null when it is N/A, missing or NaN. */
function applicableValue(mv: MeasureValue | undefined): number | null {
  return mv === undefined || mv.value === null || Number.isNaN(mv.value) ? null : mv.value;
}

function scoreSubIndicator(sub: PlannedSub, measures: UnitMeasures | undefined): SubIndicatorScore {
  const mv = measures?.[sub.measureId];
  const value = applicableValue(mv);
  const score = value === null ? null : scoreRule(sub.rule, value, sub.ctx);
  return {
    id: sub.id,
    measureId: sub.measureId,
    weight: sub.weight,
    value,
    numerator: mv?.numerator ?? null,
    denominator: mv?.denominator ?? null,
    score,
    applicable: score !== null,
    pointsLost: 0,
  };
}

function scoreDimension(dim: PlannedDimension, measures: UnitMeasures | undefined): DimensionScore {
  // Sized up front: this runs once per unit for 5,000 units in the what-if preview.
  const subs = new Array<SubIndicatorScore>(dim.subs.length);
  for (let i = 0; i < subs.length; i++) subs[i] = scoreSubIndicator(dim.subs[i]!, measures);
  const score = weightedMean(subs);
  return { id: dim.id, weight: dim.weight, score, applicable: score !== null, subIndicators: subs };
}

/**
 * Points lost = (Wₖ/ΣW)·(wᵢ/Σw)·(100 − sᵢ) over the weights actually used (the shares of shares.ts);
 * these sum to 100 − compositeBeforePenalty, which is how a department reads "where did my points go".
 */
function assignPointsLost(dimensions: readonly DimensionScore[]): void {
  forEachUsedShare(dimensions, (s, share) => {
    s.pointsLost = share * (100 - (s.score as number));
  });
}

/** Incidents counted by the penalty measure: missing or N/A → 0, negatives → 0. */
function incidentCount(measures: UnitMeasures | undefined, scheme: Scheme): number {
  const value = measures?.[scheme.penalty.measureId]?.value;
  return value === undefined || value === null ? 0 : Math.max(0, value);
}

export function scoreUnitWithPlan(plan: ScoringPlan, unit: UnitRef, measures: UnitMeasures | undefined): UnitResult {
  const dimensions = new Array<DimensionScore>(plan.dimensions.length);
  for (let k = 0; k < dimensions.length; k++) dimensions[k] = scoreDimension(plan.dimensions[k]!, measures);
  const compositeBeforePenalty = weightedMean(dimensions);
  if (compositeBeforePenalty !== null) assignPointsLost(dimensions);

  const incidents = incidentCount(measures, plan.scheme);
  const penalty = penaltyPoints(incidents, plan.scheme);
  const composite = compositeAfterPenalty(compositeBeforePenalty, penalty);
  return {
    unitCode: unit.code,
    kind: unit.kind,
    composite,
    compositeBeforePenalty,
    penalty,
    incidents,
    grade: gradeOf(composite),
    rank: null,
    rankChange: null,
    previousRank: null,
    previousComposite: null,
    dimensions,
  };
}
