/**
 * Rank sensitivity (SPEC §1, assessors): how much the ranking moves when one dimension's weight moves
 * by ±delta points with the others unchanged. Dimension scores do not depend on dimension weights, so
 * each variant only re-weights the baseline's dimension scores and re-ranks — no re-scoring.
 *
 * A unit's shift is |rank in variant − baseline rank|, over units ranked in both (a weight change never
 * makes a unit ranked or unranked unless it zeroes the only weight; those units are not counted).
 * The lowered weight stops at 0.
 */
import { type ComputeRankingInput, computeRanking } from './compute.js';
import { reweightedRanks } from './reweight.js';

export interface DimensionSensitivity {
  dimensionId: string;
  /** Largest |rank change| of any unit over the +delta and −delta variants. */
  maxRankShift: number;
  /** Units whose rank changes in at least one of the two variants. */
  unitsMoved: number;
}

export function rankSensitivity(input: ComputeRankingInput, deltaPoints = 5): DimensionSensitivity[] {
  const base = computeRanking({ ...input, previous: null });
  const first = base.rows[0];
  if (!first) {
    return input.scheme.dimensions
      .filter((d) => d.enabled)
      .map((d) => ({ dimensionId: d.id, maxRankShift: 0, unitsMoved: 0 }));
  }
  // Every row lists the same enabled dimensions in scheme order.
  return first.dimensions.map((dim, k) => {
    const moved = new Set<string>();
    let maxRankShift = 0;
    for (const weight of [dim.weight + deltaPoints, Math.max(0, dim.weight - deltaPoints)]) {
      const weights = first.dimensions.map((d, j) => (j === k ? weight : d.weight));
      const ranks = reweightedRanks(base.rows, weights);
      base.rows.forEach((row, i) => {
        const r = ranks[i];
        if (row.rank === null || r === null || r === undefined || r === row.rank) return;
        moved.add(row.unitCode);
        maxRankShift = Math.max(maxRankShift, Math.abs(r - row.rank));
      });
    }
    return { dimensionId: dim.id, maxRankShift, unitsMoved: moved.size };
  });
}
