/**
 * The scoring rules of SPEC §5, each mapping a measure value to 0–100.
 *
 * Formulas are written in the order SPEC writes them (e.g. `100 · (v − floor) / (target − floor)`)
 * so that an independent implementation gets bit-identical floats, which matters when composites are
 * rounded to two decimals for ranking.
 *
 * Degenerate parameters (rejected by validateScheme, but a draft may hold them) still give a defined
 * score instead of NaN: band floor ≥ target acts as a step at the floor; scale hi ≤ lo is a step at
 * hi; logTarget with T·m ≤ 0 gives 100 for any v ≥ 0; NaN scores 0.
 */
import type { ScoringRule } from '../model/scheme.js';

export interface RuleContext {
  /** Months in the period (1, 3 or 12): the m of logTarget. */
  months: number;
  /** minmax: the smallest and largest value among units of the same period and ranking scope. */
  min?: number;
  max?: number;
}

export function clampScore(x: number): number {
  if (Number.isNaN(x)) return 0;
  return x < 0 ? 0 : x > 100 ? 100 : x;
}

export function scoreRule(rule: ScoringRule, value: number, ctx: RuleContext): number {
  if (Number.isNaN(value)) return 0;
  switch (rule.kind) {
    case 'band':
      if (value <= rule.floor) return 0;
      if (value >= rule.target) return 100;
      return clampScore((100 * (value - rule.floor)) / (rule.target - rule.floor));
    case 'logTarget': {
      const denominator = Math.log10(1 + rule.targetPerMonth * ctx.months);
      if (!(denominator > 0)) return value >= 0 ? 100 : 0;
      // v ≤ −1 gives log10 of ≤ 0 (−Infinity or NaN): clampScore maps both to 0.
      return clampScore(100 * Math.min(1, Math.log10(1 + value) / denominator));
    }
    case 'scale':
      if (!(rule.hi > rule.lo)) return value >= rule.hi ? 100 : 0;
      return clampScore(100 * Math.min(1, Math.max(0, (value - rule.lo) / (rule.hi - rule.lo))));
    case 'binary':
      return clampScore(100 * value);
    case 'minmax': {
      const { min, max } = ctx;
      // No peer values (or all equal): SPEC says 100 for all when max = min.
      if (min === undefined || max === undefined || max <= min) return 100;
      return clampScore((100 * (value - min)) / (max - min));
    }
  }
}

/** Human-readable rule, as the GraphQL contract shows it: `band(0.6, 0.95)`, `logTarget(10000)`. */
export function formatRule(rule: ScoringRule): string {
  switch (rule.kind) {
    case 'band':
      return `band(${rule.floor}, ${rule.target})`;
    case 'logTarget':
      return `logTarget(${rule.targetPerMonth})`;
    case 'scale':
      return `scale(${rule.lo}, ${rule.hi})`;
    case 'binary':
      return 'binary';
    case 'minmax':
      return 'minmax';
  }
}
