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

/** Shows numerator / denominator when the server gives them (ratios, and the sum / count of a mean). */
export function hasFraction(row: Pick<SubIndicator, 'numerator' | 'denominator'>): boolean {
  return row.numerator != null && row.denominator != null;
}

/**
 * Ratio measures (0–1) read best as percentages. The API has no measure type, so: a fraction whose value
 * is at most 1 and that is not scored on a `scale` (means such as D1 depth 1–4 or E3 satisfaction 1–5).
 */
export function isRatio(row: Pick<SubIndicator, 'numerator' | 'denominator' | 'value' | 'ruleKind'>): boolean {
  return hasFraction(row) && row.value != null && row.value <= 1 && row.ruleKind !== 'scale';
}
