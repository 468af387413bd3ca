/**
 * Rank stability (敏感性分析): how much a rank means when the dimension weights are uncertain.
 *
 * Monte Carlo: each sample multiplies every dimension weight by 1 + u, u uniform in [−spread, +spread],
 * renormalises them to the original total (the composite is a weighted mean, so this changes nothing
 * but keeps the weights readable as points) and re-ranks by re-weighting the baseline's dimension
 * scores (reweight.ts). Per ranked unit: the nominal rank, the median and the 5th–95th percentile
 * interval of its sampled ranks (nearest-rank percentiles: the k-th smallest with k = ⌈p·N⌉, so each
 * bound is a rank that actually occurred). Seeded: the same input and seed give the same result.
 *
 * One-at-a-time: a unit's rank as one dimension weight runs from 0 to twice its value, the others fixed.
 */
import { seededRandom } from './random.js';
import { type ReweightRow, reweightedRanks } from './reweight.js';

export interface StabilityOptions {
  /** 0.25 = each weight perturbed by ±25 %. */
  spread: number;
  samples: number;
  seed: number;
  /** An interval at least this wide (p95 − p5, in ranks) flags the unit as unstable; default max(3, ⌈10 % of ranked units⌉). */
  unstableWidth?: number;
}

export const DEFAULT_STABILITY: StabilityOptions = { spread: 0.25, samples: 1000, seed: 1 };

export interface UnitStability {
  unitCode: string;
  nominalRank: number;
  medianRank: number;
  p5Rank: number;
  p95Rank: number;
  unstable: boolean;
}

export interface StabilityRow extends ReweightRow {
  dimensions: ReadonlyArray<{ score: number | null; weight: number }>;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Int32Array, p: number): number {
  const k = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[k - 1]!;
}

/** Rows must list the same dimensions in the same order (computeRanking's rows do); unranked rows are left out. */
export function rankStability(
  rows: readonly StabilityRow[],
  options: StabilityOptions = DEFAULT_STABILITY,
): UnitStability[] {
  const ranked = rows.filter((r) => r.rank !== null);
  const first = ranked[0];
  if (!first || options.samples < 1) return [];
  const base = first.dimensions.map((d) => d.weight);
  const total = base.reduce((a, b) => a + b, 0);
  const random = seededRandom(options.seed);
  const weights = new Float64Array(base.length);
  // samples[unit * N + s]: the unit's rank in sample s.
  const n = options.samples;
  const sampled = new Int32Array(ranked.length * n);
  for (let s = 0; s < n; s++) {
    let sum = 0;
    for (let k = 0; k < base.length; k++) {
      weights[k] = base[k]! * (1 + (2 * random() - 1) * options.spread);
      sum += weights[k]!;
    }
    // With spread 0 the factor is exactly 1: the nominal weights, hence the nominal ranks, bit for bit.
    const factor = sum > 0 ? total / sum : 1;
    for (let k = 0; k < base.length; k++) weights[k] = weights[k]! * factor;
    const ranks = reweightedRanks(ranked, weights);
    for (let u = 0; u < ranked.length; u++) sampled[u * n + s] = ranks[u] ?? ranked.length;
  }
  const unstableWidth = options.unstableWidth ?? Math.max(3, Math.ceil(ranked.length / 10));
  return ranked.map((row, u) => {
    const mine = sampled.subarray(u * n, (u + 1) * n).sort();
    const p5Rank = percentile(mine, 0.05);
    const p95Rank = percentile(mine, 0.95);
    return {
      unitCode: row.unitCode,
      nominalRank: row.rank!,
      medianRank: percentile(mine, 0.5),
      p5Rank,
      p95Rank,
      unstable: p95Rank - p5Rank >= unstableWidth,
    };
  });
}

export interface RankSweep {
  dimensionId: string;
  /** The swept weights, 0 … 2 × nominal, `steps` values. */
  weights: number[];
  /** unit code → its rank at each weight (null = unranked there, e.g. when the only weight is 0). */
  ranks: Record<string, (number | null)[]>;
}

/** One-at-a-time: ranks as dimension `dimensionIndex` runs from 0 to twice its weight. */
export function rankSweep(
  rows: readonly StabilityRow[],
  dimensionIndex: number,
  dimensionId: string,
  steps = 21,
): RankSweep {
  const first = rows[0];
  const out: RankSweep = { dimensionId, weights: [], ranks: {} };
  if (!first || steps < 2) return out;
  const base = first.dimensions.map((d) => d.weight);
  const nominal = base[dimensionIndex] ?? 0;
  for (const row of rows) out.ranks[row.unitCode] = [];
  for (let i = 0; i < steps; i++) {
    const w = (2 * nominal * i) / (steps - 1);
    out.weights.push(w);
    const ranks = reweightedRanks(
      rows,
      base.map((b, k) => (k === dimensionIndex ? w : b)),
    );
    rows.forEach((row, u) => out.ranks[row.unitCode]!.push(ranks[u] ?? null));
  }
  return out;
}
