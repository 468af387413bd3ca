/**
 * The weighted mean of SPEC §6, the one place it is computed: a dimension over its sub-indicators, the
 * composite over the dimensions (aggregate.ts), and the re-weighted composites of the sensitivity,
 * rank-stability and one-at-a-time analyses (reweight.ts).
 *
 * N/A re-weighting: items without a score drop out and the others share their weight. An item with a
 * weight ≤ 0 (only reachable in a draft) is scored but takes no part. When no weight is left there is
 * nothing to average: the mean is null, like "all N/A".
 */
import { clampScore } from './rules.js';

export interface Weighted {
  weight: number;
  score: number | null;
}

/** Whether an item takes part in its weighted mean: it has a score and a positive weight. */
export function takesPart(score: number | null, weight: number): score is number {
  return score !== null && weight > 0;
}

/** Σ wᵢ·sᵢ / Σ wᵢ over the items that count; null when none does. */
export function weightedMean(items: readonly Weighted[]): number | null {
  let weightSum = 0;
  let weighted = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const w = item.weight;
    if (takesPart(item.score, w)) {
      weightSum += w;
      weighted += w * item.score;
    }
  }
  return weightSum > 0 ? weighted / weightSum : null;
}

/** Σ wᵢ over the items that count: the weights "actually used", the denominators of points lost. */
export function appliedWeight(items: readonly Weighted[]): number {
  let weightSum = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (takesPart(item.score, item.weight)) weightSum += item.weight;
  }
  return weightSum;
}

/** SPEC §6: the weighted dimensions minus the penalty, clamped to [0, 100]; null (unranked) stays null. */
export function compositeAfterPenalty(beforePenalty: number | null, penalty: number): number | null {
  return beforePenalty === null ? null : clampScore(beforePenalty - penalty);
}
