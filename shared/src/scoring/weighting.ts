/**
 * The weighted mean of SPEC §6, the one place it is computed: a dimension over its sub-indicators, the
 * composite over the dimensions (aggregate.ts), and the re-weighted composites of the sensitivity
 * analysis (sensitivity.ts).
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

export interface WeightedMean {
  /** Σ wᵢ·sᵢ / Σ wᵢ; null when no item counts. */
  mean: number | null;
  /** Σ wᵢ over the items that count: the denominator of points lost. */
  weightSum: number;
}

/**
 * Σ wᵢ·sᵢ / Σ wᵢ over the items with a score and a positive weight. `weightOf` replaces an item's weight
 * (the sensitivity analysis tries other dimension weights on the same scores).
 */
export function weightedMean<T extends Weighted>(
  items: readonly T[],
  weightOf?: (item: T, index: number) => number,
): WeightedMean {
  let weightSum = 0;
  let weighted = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const w = weightOf ? weightOf(item, i) : item.weight;
    if (item.score !== null && w > 0) {
      weightSum += w;
      weighted += w * item.score;
    }
  }
  return { mean: weightSum > 0 ? weighted / weightSum : null, weightSum };
}

/** SPEC §6: the weighted dimensions minus the penalty, clamped to [0, 100]; null (unranked) stays null. */
export function compositeAfterPenalty(beforePenalty: number | null, penalty: number): number | null {
  return beforePenalty === null ? null : clampScore(beforePenalty - penalty);
}
