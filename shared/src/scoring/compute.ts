/**
 * One period's ranking in one scope: the function both the server and the browser's what-if preview
 * call, so they always agree.
 */
import type { MeasureTable } from '../model/measure.js';
import type { Period } from '../model/period.js';
import type { Scheme } from '../model/scheme.js';
import type { RankingResult, UnitResult } from '../model/score.js';
import { type RankingScope, type UnitRef, unitInScope } from '../model/unit.js';
import { previousPeriod } from '../periods/period.js';
import { type MinMax, planScoring, scoreUnitWithPlan } from './aggregate.js';
import { applyPreviousRanks, assignRanks } from './ranking.js';

export interface ComputeRankingInput {
  period: Period;
  scheme: Scheme;
  /** All known units; those outside `scope` are dropped before anything is scored. */
  units: readonly UnitRef[];
  measures: MeasureTable;
  scope: RankingScope;
  /** The previous period's ranking in the same scope, for rank change (SPEC §6). */
  previous?: RankingResult | null;
}

/** Measure ids that some enabled sub-indicator scores with minmax. */
function minmaxMeasureIds(scheme: Scheme): string[] {
  const ids = new Set<string>();
  for (const d of scheme.dimensions) {
    if (!d.enabled) continue;
    for (const s of d.subIndicators) if (s.enabled && s.rule.kind === 'minmax') ids.add(s.measureId);
  }
  return [...ids];
}

/**
 * minmax is relative to "the other units with a value in the same period and ranking scope"
 * (SPEC §5), so the bounds come from the in-scope units only. Measures with no value anywhere get no
 * entry (no unit needs one).
 */
export function minmaxBounds(scheme: Scheme, units: readonly UnitRef[], measures: MeasureTable): Map<string, MinMax> {
  const out = new Map<string, MinMax>();
  for (const id of minmaxMeasureIds(scheme)) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const u of units) {
      const v = measures[u.code]?.[id]?.value;
      if (v === undefined || v === null || Number.isNaN(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (min <= max) out.set(id, { min, max });
  }
  return out;
}

/**
 * Throws when `previous` is not the previous period of the same kind in the same scope: comparing a
 * district-only ranking with the all-units one would report meaningless rank changes.
 */
export function computeRanking(input: ComputeRankingInput): RankingResult {
  const { period, scheme, measures, scope, previous } = input;
  if (previous) {
    const expected = previousPeriod(period).id;
    if (previous.scope !== scope || previous.periodId !== expected) {
      throw new Error(
        `previous ranking is ${previous.periodId}/${previous.scope}, expected ${expected}/${scope}`,
      );
    }
  }
  const units = input.units.filter((u) => unitInScope(u.kind, scope));
  const plan = planScoring(scheme, { months: period.months, minmax: minmaxBounds(scheme, units, measures) });
  const rows: UnitResult[] = new Array<UnitResult>(units.length);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    rows[i] = scoreUnitWithPlan(plan, u, measures[u.code]);
  }
  assignRanks(rows);
  applyPreviousRanks(rows, previous);
  return { periodId: period.id, scope, schemeId: scheme.id, schemeVersion: scheme.version, rows };
}
