import { scoreRule, type ScoringRule } from '@scorecard/shared';

/**
 * The score curve of a rule over a value range, as an SVG path: the shared engine's `scoreRule` gives
 * every point, so the picture is the rule itself. minmax is drawn relative to the range's ends
 * (the real ends are the lowest and highest unit of the period). Months: 1 (logTarget per month).
 */
export function ruleCurvePath(
  rule: ScoringRule,
  range: [number, number],
  width: number,
  height: number,
  steps = 48,
): string {
  const [lo, hi] = range[1] > range[0] ? range : [range[0], range[0] + 1];
  const ctx = { months: 1, min: lo, max: hi };
  const points: string[] = [];
  for (let i = 0; i <= steps; i++) {
    const v = lo + ((hi - lo) * i) / steps;
    const score = rule.kind === 'binary' ? scoreRule(rule, v >= (lo + hi) / 2 ? 1 : 0, ctx) : scoreRule(rule, v, ctx);
    const x = (width * i) / steps;
    const y = height - (height * score) / 100;
    points.push(`${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`);
  }
  return points.join(' ');
}
