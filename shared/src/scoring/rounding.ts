/**
 * Two-decimal rounding of scores, as users see them. Ranking and grades use this value (SPEC §6), so
 * it must be robust: `Math.round(1.005 * 100) / 100` gives 1 because 1.005 is stored as
 * 1.00499999999999989…, and a sum of weighted scores that is mathematically 80.005 may land on either
 * side of the half. We round half away from zero, treating anything within 1e-9 hundredths of a half
 * as the half. Scores are ≤ 100, so float error in x·100 is ~1e-12: far below that tolerance, and far
 * above any genuine difference a weighting can produce at the ninth decimal of a hundredth.
 */
const HALF_TOLERANCE = 1e-9;

export function roundScore(x: number): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const n = Math.abs(x) * 100;
  const floor = Math.floor(n);
  const rounded = n - floor >= 0.5 - HALF_TOLERANCE ? floor + 1 : floor;
  // Dividing the integer by 100 gives the nearest double to the two-decimal value; `+ 0` folds −0.
  return (sign * rounded) / 100 + 0;
}

/** Two-decimal display string, e.g. `90.00`. */
export function formatScore(x: number | null): string {
  return x === null ? '—' : roundScore(x).toFixed(2);
}
