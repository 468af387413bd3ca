/**
 * The share of the composite each sub-indicator carries (SPEC §6): (Wₖ / ΣW) · (wᵢ / Σw) over the
 * weights actually used — what takes part in weighting.ts's means.
 * The composite before the penalty is Σ shareᵢ · sᵢ, and points lost are shareᵢ · (100 − sᵢ); the
 * engine (aggregate.ts) and the score-change attribution (insights/attribution.ts) both read the
 * shares from here, so "which weights count" has one home.
 */
import type { DimensionScore, SubIndicatorScore } from '../model/score.js';
import { appliedWeight, takesPart } from './weighting.js';

/** Calls `visit` for every sub-indicator that counts, with its share of the composite. */
export function forEachUsedShare(
  dimensions: readonly DimensionScore[],
  visit: (sub: SubIndicatorScore, share: number, dimension: DimensionScore) => void,
): void {
  const total = appliedWeight(dimensions);
  if (!(total > 0)) return;
  for (const d of dimensions) {
    if (!takesPart(d.score, d.weight)) continue;
    const w = appliedWeight(d.subIndicators);
    const dimensionShare = d.weight / total;
    for (const s of d.subIndicators) if (takesPart(s.score, s.weight)) visit(s, dimensionShare * (s.weight / w), d);
  }
}

/** sub-indicator id → share of the composite; sub-indicators that do not count are absent. */
export function subIndicatorShares(dimensions: readonly DimensionScore[]): Map<string, number> {
  const shares = new Map<string, number>();
  forEachUsedShare(dimensions, (s, share) => shares.set(s.id, share));
  return shares;
}
