/**
 * Decimal rounding of the numbers people see. Ranking and grades use the two-decimal score (SPEC §6), so
 * it must be robust: `Math.round(1.005 * 100) / 100` gives 1 because 1.005 is stored as
 * 1.00499999999999989…, and a sum of weighted scores that is mathematically 80.005 may land on either
 * side of the half. We round half away from zero, treating anything within 1e-9 of a half (in units of
 * the last decimal kept) as the half. Scores are ≤ 100, so float error in x·100 is ~1e-12: far below that
 * tolerance, and far above any genuine difference a weighting can produce at the ninth decimal of a
 * hundredth. Measure values (counts up to millions, ratios as percentages) keep the same margin.
 *
 * The browser formats with these functions too, so a screen never shows 89.99 for a score that ranks
 * and grades as 90.00.
 */
const HALF_TOLERANCE = 1e-9;

/** `x` rounded half away from zero to `decimals` (0–10) decimals; non-finite values pass through. */
export function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const scale = 10 ** decimals;
  const sign = x < 0 ? -1 : 1;
  const n = Math.abs(x) * scale;
  const floor = Math.floor(n);
  const rounded = n - floor >= 0.5 - HALF_TOLERANCE ? floor + 1 : floor;
  // Dividing the integer by 10^d gives the nearest double to the decimal value; `+ 0` folds −0.
  return (sign * rounded) / scale + 0;
}

/** A score to two decimals: the value that ranks and grades (SPEC §6). */
export function roundScore(x: number): number {
  return roundTo(x, 2);
}

/** `x` with exactly `decimals` decimals (`12.50`), or `na` for a missing value or NaN. */
export function formatDecimal(x: number | null | undefined, decimals: number, na = '—'): string {
  if (x == null || Number.isNaN(x)) return na;
  // toFixed of the nearest double to a d-decimal value prints that value exactly.
  return roundTo(x, decimals).toFixed(decimals);
}

/** Two-decimal display of a score, e.g. `90.00`; `na` (default `—`) when there is none. */
export function formatScore(x: number | null | undefined, na = '—'): string {
  return formatDecimal(x, 2, na);
}

/**
 * Rounds parts of a change to two decimals so that the rounded parts add up exactly to the change
 * people see, roundScore(to) − roundScore(from) (largest remainder: each part is first cut down to
 * whole hundredths, then the hundredths still missing go to the parts that lost the most). A part
 * is never moved by more than 0.01 from its exact value while the total allows it.
 */
export function apportionScores(parts: readonly number[], from: number, to: number): number[] {
  const target = Math.round((roundScore(to) - roundScore(from)) * 100);
  // roundScore on the hundredths absorbs float noise such as 12.3 × 100 = 1229.9999….
  const exact = parts.map((p) => roundScore(p * 100));
  const cents = exact.map((x) => Math.floor(x));
  const n = cents.length;
  if (n === 0) return [];
  // Indices by how much flooring took away, most first (ties: earlier part first).
  const order = exact.map((_, i) => i).sort((a, b) => exact[b]! - cents[b]! - (exact[a]! - cents[a]!) || a - b);
  let missing = target - cents.reduce((a, b) => a + b, 0);
  for (let k = 0; missing > 0; k++, missing--) cents[order[k % n]!]! += 1;
  for (let k = 0; missing < 0; k++, missing++) cents[order[n - 1 - (k % n)]!]! -= 1;
  return cents.map((c) => c / 100 + 0);
}
