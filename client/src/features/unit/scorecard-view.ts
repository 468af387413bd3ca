import type { UnitScorecardQuery } from '@/api/generated/graphql';
import { round2 } from '@/lib/format';

export type Scorecard = UnitScorecardQuery['unitScorecard'];
export type ScorecardDimension = Scorecard['dimensions'][number];
export type SubIndicator = ScorecardDimension['subIndicators'][number];

export interface LostRow extends SubIndicator {
  dimensionName: string;
  dimensionNameEn: string;
}

/** Every sub-indicator with its dimension, most points lost first ("where we lost points"); ties by id. */
export function lostPointsRows(scorecard: Scorecard): LostRow[] {
  return scorecard.dimensions
    .flatMap((d) => d.subIndicators.map((s) => ({ ...s, dimensionName: d.name, dimensionNameEn: d.nameEn })))
    .sort((a, b) => b.pointsLost - a.pointsLost || a.id.localeCompare(b.id));
}

export function totalPointsLost(rows: readonly LostRow[]): number {
  return round2(rows.reduce((sum, r) => sum + r.pointsLost, 0));
}

/** Ratio measures are shown as percentages, the rest as plain numbers. */
export function isRatio(row: Pick<SubIndicator, 'numerator' | 'denominator'>): boolean {
  return row.numerator != null && row.denominator != null;
}
