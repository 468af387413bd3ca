import { GRADES, MEASURE_UNITS, MEASURE_VALUE_KINDS, PERIOD_KINDS, RANKING_SCOPES, UNIT_KINDS } from '@scorecard/shared';
import { defineEnum, type EnumValue } from './define-enum.js';

/** GraphQL enum names are upper case; their values are the domain's lower-case words (from shared). */
export const UnitKindEnum = defineEnum('UnitKind', UNIT_KINDS, 'municipal department, district, or public-service unit');
export const PeriodKindEnum = defineEnum('PeriodKind', PERIOD_KINDS);
export const RankingScopeEnum = defineEnum('RankingScope', RANKING_SCOPES, 'all units, or one kind of unit');
export const GradeEnum = defineEnum(
  'Grade',
  GRADES,
  'Of the composite rounded to two decimals: ≥90 excellent, ≥80 good, ≥60 pass, else fail',
);
export const MeasureValueKindEnum = defineEnum(
  'MeasureValueKind',
  MEASURE_VALUE_KINDS,
  'What kind of number a measure is: a ratio 0–1 (shown as %), a count, a mean of a scale, a 0/1 flag, or a number entered directly (manual measure)',
);
export const MeasureUnitEnum = defineEnum(
  'MeasureUnit',
  MEASURE_UNITS,
  'What one unit of a count or mean is: calls (E1), incidents (P), satisfaction 1–5 (E3), depth level 1–4 (D1)',
);

export type UnitKindEnum = EnumValue<typeof UnitKindEnum>;
export type PeriodKindEnum = EnumValue<typeof PeriodKindEnum>;
export type RankingScopeEnum = EnumValue<typeof RankingScopeEnum>;
export type GradeEnum = EnumValue<typeof GradeEnum>;
export type MeasureValueKindEnum = EnumValue<typeof MeasureValueKindEnum>;
export type MeasureUnitEnum = EnumValue<typeof MeasureUnitEnum>;
