/**
 * The what-if comparison: the same measure values ranked under the baseline scheme and under the
 * draft, by the shared engine (the one the server ranks with), row by row.
 */
import type { MeasureTable, RankingResult, UnitKind, UnitRef } from '@scorecard/shared';
import type { MeasureValuesQuery } from '@/api/generated/graphql';

export interface WhatIfRow {
  code: string;
  name: string;
  baselineRank: number | null;
  draftRank: number | null;
  /** baseline rank − draft rank: positive = the draft moves the unit up; null when unranked in either. */
  change: number | null;
  baselineComposite: number | null;
  draftComposite: number | null;
}

/** The GraphQL measureValues answer as the engine's input. */
export function toEngineInput(values: MeasureValuesQuery['measureValues']): {
  units: UnitRef[];
  measures: MeasureTable;
} {
  const units: UnitRef[] = [];
  const measures: MeasureTable = {};
  for (const u of values.units) {
    units.push({ code: u.unit.code, name: u.unit.name, kind: u.unit.kind.toLowerCase() as UnitKind });
    const table: MeasureTable[string] = {};
    for (const v of u.values)
      table[v.measureId] = { value: v.value, numerator: v.numerator, denominator: v.denominator };
    measures[u.unit.code] = table;
  }
  return { units, measures };
}

/** Rows in the draft's ranking order (unranked last), with the baseline beside them. */
export function compareRankings(
  baseline: RankingResult,
  draft: RankingResult,
  names: ReadonlyMap<string, string>,
): WhatIfRow[] {
  const before = new Map(baseline.rows.map((r) => [r.unitCode, r]));
  return draft.rows.map((r) => {
    const b = before.get(r.unitCode);
    const baselineRank = b?.rank ?? null;
    return {
      code: r.unitCode,
      name: names.get(r.unitCode) ?? r.unitCode,
      baselineRank,
      draftRank: r.rank,
      change: baselineRank !== null && r.rank !== null ? baselineRank - r.rank : null,
      baselineComposite: b?.composite ?? null,
      draftComposite: r.composite,
    };
  });
}

/** The units the draft moves most, up and down (largest |change| first, ties by draft rank). */
export function topMovers(rows: readonly WhatIfRow[], n = 5): { up: WhatIfRow[]; down: WhatIfRow[] } {
  const moved = rows.filter((r) => r.change !== null && r.change !== 0);
  const by = (sign: 1 | -1) =>
    moved
      .filter((r) => Math.sign(r.change!) === sign)
      .sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!) || (a.draftRank ?? 0) - (b.draftRank ?? 0))
      .slice(0, n);
  return { up: by(1), down: by(-1) };
}

/** How many units change rank at all. */
export function movedCount(rows: readonly WhatIfRow[]): number {
  return rows.filter((r) => r.change !== null && r.change !== 0).length;
}
