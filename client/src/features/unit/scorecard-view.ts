import { formatMeasureValue, roundScore, type MeasureValueKind } from '@scorecard/shared';
import type { MeasureValueKind as ApiMeasureValueKind, UnitScorecardQuery } from '@/api/generated/graphql';

export type Scorecard = UnitScorecardQuery['unitScorecard'];
export type ScorecardDimension = Scorecard['dimensions'][number];
export type SubIndicator = ScorecardDimension['subIndicators'][number];

export interface LostRow extends SubIndicator {
  dimensionName: string;
  dimensionNameEn: string;
  /** the nominal share of the composite, in % (weight within the dimension × the dimension's share) */
  weightOfTotal: number;
}

const sumOf = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Every sub-indicator with its dimension, most points lost first ("where we lost points"); ties by id. */
export function lostPointsRows(scorecard: Scorecard): LostRow[] {
  const dimensionTotal = sumOf(scorecard.dimensions.map((d) => d.weight)) || 1;
  return scorecard.dimensions
    .flatMap((d) => {
      const subTotal = sumOf(d.subIndicators.map((s) => s.weight)) || 1;
      return d.subIndicators.map((s) => ({
        ...s,
        dimensionName: d.name,
        dimensionNameEn: d.nameEn,
        weightOfTotal: roundScore(((s.weight / subTotal) * d.weight * 100) / dimensionTotal),
      }));
    })
    .sort((a, b) => b.pointsLost - a.pointsLost || a.id.localeCompare(b.id));
}

/** Points lost over all sub-indicators, as the engine rounds a score. */
export function totalPointsLost(rows: readonly LostRow[]): number {
  return roundScore(rows.reduce((sum, r) => sum + r.pointsLost, 0));
}

type MeasureRow = Pick<
  SubIndicator,
  'value' | 'numerator' | 'denominator' | 'valueKind' | 'valueDecimals' | 'valueUnit'
>;
type Translate = (key: string, named?: Record<string, unknown>) => string;

/** The engine's word for the kind of number the API says a measure is (`RATIO` → `ratio`). */
export function measureKind(kind: ApiMeasureValueKind): MeasureValueKind {
  return kind.toLowerCase() as MeasureValueKind;
}

/**
 * A measure value as the unit reads it: `56.25%` for a ratio, `121 次` for calls, `3.67 分` for a mean
 * satisfaction, 是/否 for a 0/1 flag; the number from shared's formatMeasureValue, the words from i18n.
 */
export function measureValueText(row: MeasureRow, t: Translate): string {
  if (row.value == null) return t('common.na');
  if (row.valueKind === 'BINARY') return t(row.value >= 1 ? 'measure.yes' : 'measure.no');
  const number = formatMeasureValue(row.value, { kind: measureKind(row.valueKind), decimals: row.valueDecimals });
  return row.valueUnit ? `${number} ${t(`measure.unit.${row.valueUnit}`)}` : number;
}

/** What the value was computed from: `9 / 16` for a ratio, "3 records" for a mean; null otherwise. */
export function measureBasisText(row: MeasureRow, t: Translate): string | null {
  if (row.numerator == null || row.denominator == null) return null;
  const count = (x: number): string => formatMeasureValue(x, { kind: 'count', decimals: 0 });
  if (row.valueKind === 'RATIO') return `${count(row.numerator)} / ${count(row.denominator)}`;
  if (row.valueKind === 'MEAN') return t('measure.records', { n: count(row.denominator) });
  return null;
}
