/**
 * Score-change attribution (得分变动归因): the change of a unit's composite from one period to the
 * next, split exactly into
 *
 *   - one part per sub-indicator that counts in both periods: its score change weighted by its share
 *     of the composite this period, eᵢ¹ · (sᵢ¹ − sᵢ⁰);
 *   - NA_REWEIGHT, the effect of which sub-indicators count (N/A re-weighting, SPEC §6): the change of
 *     shares at last period's scores, Σ (eᵢ¹ − eᵢ⁰) · sᵢ⁰, plus the whole term of a sub-indicator that
 *     counts in one period only (+eᵢ¹ · sᵢ¹ when it became applicable, −eᵢ⁰ · sᵢ⁰ when it became N/A);
 *   - P, the change of the penalty actually taken off: −(ε¹ − ε⁰) with ε = composite before the
 *     penalty − composite, which is the penalty unless the composite was clamped at 0;
 *   - SCHEME, when the two periods were scored with different schemes (versions): the previous
 *     period's composite under the current scheme minus its composite as it was shown. Everything
 *     else is then measured from the previous period rescored under the current scheme, so weights,
 *     rules and targets that changed never pose as a unit's own improvement or decline.
 *
 * With eᵢ the shares of scoring/shares.ts (Σ eᵢ · sᵢ = composite before the penalty), the parts add up
 * to `to − from` exactly in real arithmetic, and to within float rounding (~1e-13) here. Sub-indicators
 * whose score did not move are left out; NA_REWEIGHT is there only when some share changed.
 */
import type { DimensionScore, UnitResult } from '../model/score.js';
import { subIndicatorShares } from '../scoring/shares.js';

export const PENALTY_PART = 'P';
export const NA_REWEIGHT_PART = 'NA_REWEIGHT';
export const SCHEME_PART = 'SCHEME';

export type ChangePartKind = 'subIndicator' | 'penalty' | 'reweight' | 'scheme';

export interface ChangePart {
  /** A sub-indicator id, `P`, `NA_REWEIGHT` or `SCHEME`. */
  id: string;
  kind: ChangePartKind;
  /** Composite points, full precision. */
  points: number;
}

/** A dimension or sub-indicator that counts in one of the two periods only. */
export interface ApplicabilityChange {
  level: 'dimension' | 'subIndicator';
  id: string;
  /** true: became applicable; false: became N/A. */
  applicableNow: boolean;
}

export interface ScoreChangeBreakdown {
  from: number | null;
  to: number | null;
  /** Empty when either composite is missing (nothing to explain). */
  parts: ChangePart[];
  applicability: ApplicabilityChange[];
}

export interface AttributionInput {
  /** The previous period's result as it was shown (its own scheme). */
  previous: UnitResult | null;
  current: UnitResult | null;
  /** The previous period's measures scored with the current period's scheme; give it when the schemes differ. */
  previousUnderCurrentScheme?: UnitResult | null;
}

function subScores(dimensions: readonly DimensionScore[]): Map<string, number> {
  const scores = new Map<string, number>();
  for (const d of dimensions) for (const s of d.subIndicators) if (s.score !== null) scores.set(s.id, s.score);
  return scores;
}

const counts = (d: DimensionScore): boolean => d.score !== null && d.weight > 0;

/** Dimensions that became N/A or applicable, and inside dimensions that count in both, sub-indicators. */
export function applicabilityChanges(before: UnitResult, after: UnitResult): ApplicabilityChange[] {
  const changes: ApplicabilityChange[] = [];
  const was = new Map(before.dimensions.map((d) => [d.id, d]));
  const is = new Map(after.dimensions.map((d) => [d.id, d]));
  const sharesBefore = subIndicatorShares(before.dimensions);
  const sharesAfter = subIndicatorShares(after.dimensions);
  for (const id of new Set([...is.keys(), ...was.keys()])) {
    const d0 = was.get(id);
    const d1 = is.get(id);
    const a0 = d0 !== undefined && counts(d0);
    const a1 = d1 !== undefined && counts(d1);
    if (a0 !== a1) {
      changes.push({ level: 'dimension', id, applicableNow: a1 });
      continue;
    }
    if (!a1) continue;
    const subIds = new Set([...(d1?.subIndicators ?? []), ...(d0?.subIndicators ?? [])].map((s) => s.id));
    for (const sub of subIds) {
      const c0 = sharesBefore.has(sub);
      const c1 = sharesAfter.has(sub);
      if (c0 !== c1) changes.push({ level: 'subIndicator', id: sub, applicableNow: c1 });
    }
  }
  return changes;
}

/** Sub-indicator ids in display order: the current result's, then those only the earlier one has. */
function subIds(after: UnitResult, before: UnitResult): string[] {
  const ids = after.dimensions.flatMap((d) => d.subIndicators.map((s) => s.id));
  for (const d of before.dimensions) for (const s of d.subIndicators) if (!ids.includes(s.id)) ids.push(s.id);
  return ids;
}

/** The parts between two results scored with the same scheme (no SCHEME part). */
function sameSchemeParts(before: UnitResult, after: UnitResult): ChangePart[] {
  const e0 = subIndicatorShares(before.dimensions);
  const e1 = subIndicatorShares(after.dimensions);
  const s0 = subScores(before.dimensions);
  const s1 = subScores(after.dimensions);
  const parts: ChangePart[] = [];
  let reweight = 0;
  let sharesMoved = false;
  for (const id of subIds(after, before)) {
    const w0 = e0.get(id);
    const w1 = e1.get(id);
    if (w0 !== undefined && w1 !== undefined) {
      const old = s0.get(id) as number;
      const points = w1 * ((s1.get(id) as number) - old);
      if (points !== 0) parts.push({ id, kind: 'subIndicator', points });
      if (w1 !== w0) {
        sharesMoved = true;
        reweight += (w1 - w0) * old;
      }
    } else if (w1 !== undefined) {
      sharesMoved = true;
      reweight += w1 * (s1.get(id) as number);
    } else if (w0 !== undefined) {
      sharesMoved = true;
      reweight -= w0 * (s0.get(id) as number);
    }
  }
  if (sharesMoved) parts.push({ id: NA_REWEIGHT_PART, kind: 'reweight', points: reweight });
  const taken = (r: UnitResult): number => (r.compositeBeforePenalty as number) - (r.composite as number);
  const penalty = taken(before) - taken(after);
  if (penalty !== 0) parts.push({ id: PENALTY_PART, kind: 'penalty', points: penalty });
  return parts;
}

export function attributeScoreChange(input: AttributionInput): ScoreChangeBreakdown {
  const { previous, current } = input;
  const from = previous?.composite ?? null;
  const to = current?.composite ?? null;
  if (previous === null || current === null || from === null || to === null) {
    return { from, to, parts: [], applicability: [] };
  }
  const rescored = input.previousUnderCurrentScheme;
  if (rescored === undefined || rescored === null) {
    return {
      from,
      to,
      parts: sameSchemeParts(previous, current),
      applicability: applicabilityChanges(previous, current),
    };
  }
  if (rescored.composite === null) {
    // Nothing of the previous period counts under the current scheme: the scheme explains it all.
    return { from, to, parts: [{ id: SCHEME_PART, kind: 'scheme', points: to - from }], applicability: [] };
  }
  const scheme = rescored.composite - from;
  const parts = sameSchemeParts(rescored, current);
  return {
    from,
    to,
    parts: scheme === 0 ? parts : [{ id: SCHEME_PART, kind: 'scheme', points: scheme }, ...parts],
    applicability: applicabilityChanges(rescored, current),
  };
}
