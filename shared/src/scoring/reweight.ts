/**
 * Composites under other dimension weights, without re-scoring: a dimension's score does not depend
 * on the dimension weights (minmax bounds and N/A are per sub-indicator), so sensitivity, Monte
 * Carlo and one-at-a-time views only re-weigh the baseline's dimension scores and re-rank.
 *
 * The arithmetic is weighting.ts's, the one the composite is computed with, so the baseline weights
 * give the baseline composites bit for bit and the nominal ranks are reproduced exactly.
 */
import type { UnitResult } from '../model/score.js';
import { rankOrder } from './ranking.js';
import { compositeAfterPenalty, weightedMean } from './weighting.js';

/** The part of a ranked row re-weighting needs. */
export type ReweightRow = Pick<UnitResult, 'unitCode' | 'penalty' | 'rank'> & {
  dimensions: ReadonlyArray<{ score: number | null }>;
};

/** `weights[k]` replaces the weight of the rows' k-th dimension (rows list the same enabled dimensions). */
export function reweightedComposite(row: ReweightRow, weights: ArrayLike<number>): number | null {
  const items = row.dimensions.map((d, k) => ({ weight: weights[k]!, score: d.score }));
  return compositeAfterPenalty(weightedMean(items), row.penalty);
}

/** Competition ranks (SPEC §6) of `rows` under `weights`, by position in `rows`; null = unranked. */
export function reweightedRanks(rows: readonly ReweightRow[], weights: ArrayLike<number>): (number | null)[] {
  const entries = rows.map((row, i) => ({ unitCode: row.unitCode, composite: reweightedComposite(row, weights), i }));
  const { rows: sorted, ranks } = rankOrder(entries);
  const out = new Array<number | null>(rows.length);
  for (let pos = 0; pos < sorted.length; pos++) out[sorted[pos]!.i] = ranks[pos]!;
  return out;
}
