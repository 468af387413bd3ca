/**
 * Weights as people read them: an enabled item's share of its siblings, and points out of 100
 * (Wₖ / ΣW × wᵢ / Σw × 100) when every indicator applies. N/A re-weighting (the engine's) changes
 * these per unit; the methodology page says so.
 */
import type { Scheme } from '@scorecard/shared';

interface Weighted {
  weight: number;
  enabled: boolean;
}

/** Sum of the weights of the enabled items (what the engine divides by when nothing is N/A). */
export function enabledWeightSum(items: readonly Weighted[]): number {
  return items.reduce((sum, x) => (x.enabled && x.weight > 0 ? sum + x.weight : sum), 0);
}

/** An enabled item's share of its siblings' enabled weight (0–1); null when disabled or nothing is weighted. */
export function shareOf(item: Weighted, siblings: readonly Weighted[]): number | null {
  const total = enabledWeightSum(siblings);
  return item.enabled && item.weight > 0 && total > 0 ? item.weight / total : null;
}

/** Points out of 100 a dimension is worth: Wₖ / ΣW × 100. */
export function dimensionPoints(scheme: Scheme, k: number): number | null {
  const d = scheme.dimensions[k];
  const share = d ? shareOf(d, scheme.dimensions) : null;
  return share === null ? null : 100 * share;
}

/** Points of a sub-indicator: its dimension's points × wᵢ / Σw (null when it or its dimension is off). */
export function subIndicatorPoints(scheme: Scheme, k: number, i: number): number | null {
  const d = scheme.dimensions[k];
  const s = d?.subIndicators[i];
  const dim = dimensionPoints(scheme, k);
  const share = s && d ? shareOf(s, d.subIndicators) : null;
  return dim === null || share === null ? null : dim * share;
}
