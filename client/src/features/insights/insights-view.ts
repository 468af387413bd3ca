import { roundScore } from '@scorecard/shared';
import type { EarlyWarningQuery, ScoreChangeQuery } from '@/api/generated/graphql';

export type ScoreChange = ScoreChangeQuery['scoreChange'];
export type ScoreChangePart = ScoreChange['parts'][number];
export type EarlyWarning = EarlyWarningQuery['earlyWarning'];
export type UnitForecast = EarlyWarning['units'][number];
export type BacktestFigures = EarlyWarning['backtest']['overall'];

/** What the panel says: nothing to compare, nothing moved, or the shown change (two decimals). */
export type ChangeState =
  | { kind: 'no-previous' }
  | { kind: 'unchanged' }
  | { kind: 'changed'; from: number; to: number; points: number };

export function changeState(change: ScoreChange): ChangeState {
  if (change.from == null || change.to == null) return { kind: 'no-previous' };
  if (change.parts.length === 0) return { kind: 'unchanged' };
  return {
    kind: 'changed',
    from: change.from,
    to: change.to,
    points: roundScore(roundScore(change.to) - roundScore(change.from)),
  };
}

/** Pixel height giving each waterfall bar (two totals and the parts) a readable row. */
export function waterfallHeight(parts: number): number {
  return Math.max(160, (parts + 2) * 30 + 24);
}

const FLAG_ORDER: Record<string, number> = { BELOW_PASS: 0, GRADE_DROP: 1 };

/** Flagged units first (expected to fail, then to drop a grade), lowest expected composite first; then the rest by expected. */
export function warningRows(units: readonly UnitForecast[], onlyFlagged: boolean): UnitForecast[] {
  const rank = (u: UnitForecast) => (u.flag ? (FLAG_ORDER[u.flag] ?? 2) : 3);
  return units
    .filter((u) => !onlyFlagged || u.flag != null)
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.expected ?? Number.POSITIVE_INFINITY) - (b.expected ?? Number.POSITIVE_INFINITY) ||
        (a.unit.code < b.unit.code ? -1 : a.unit.code > b.unit.code ? 1 : 0),
    );
}

/** A 0–1 rate as a percentage with one decimal: 0.7762 → "77.6%"; null → the N/A text. */
export function fmtRate(rate: number | null | undefined, na: string): string {
  return rate == null ? na : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
