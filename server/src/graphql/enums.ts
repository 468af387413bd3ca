import {
  GRADES,
  MEASURE_UNITS,
  MEASURE_VALUE_KINDS,
  PERIOD_KINDS,
  RANKING_SCOPES,
  UNIT_KINDS,
  WARNING_FLAGS,
} from '@scorecard/shared';
import { ROLES } from './context.js';
import { defineEnum, type EnumValue } from './define-enum.js';

/** What each enum means, as the schema describes it. */
const ABOUT = {
  unitKind: 'municipal department, district, or public-service unit',
  rankingScope: 'all units, or one kind of unit',
  grade: 'Of the composite rounded to two decimals: ≥90 excellent, ≥80 good, ≥60 pass, else fail',
  measureValueKind:
    'What kind of number a measure is: a ratio 0–1 (shown as %), a count, a mean of a scale, a 0/1 flag, or a number entered directly (manual measure)',
  measureUnit:
    'What one unit of a count or mean is: calls (E1), incidents (P), satisfaction 1–5 (E3), depth level 1–4 (D1)',
  role: 'LEADER and ASSESSOR read everything; UNIT reads the ranking and its own unit; ADMIN manages users; INGEST is a service account that only delivers files (API token, no sign-in).',
  warningFlag: 'BELOW_PASS: the expected composite grades 不合格 (below 60); GRADE_DROP: a grade lower than last month',
};

/** GraphQL enum names are upper case; their values are the domain's words, listed once in shared. */
export const UnitKindEnum = defineEnum('UnitKind', UNIT_KINDS, ABOUT.unitKind);
export const PeriodKindEnum = defineEnum('PeriodKind', PERIOD_KINDS);
export const RankingScopeEnum = defineEnum('RankingScope', RANKING_SCOPES, ABOUT.rankingScope);
export const GradeEnum = defineEnum('Grade', GRADES, ABOUT.grade);
export const MeasureValueKindEnum = defineEnum('MeasureValueKind', MEASURE_VALUE_KINDS, ABOUT.measureValueKind);
export const MeasureUnitEnum = defineEnum('MeasureUnit', MEASURE_UNITS, ABOUT.measureUnit);
export const RoleEnum = defineEnum('Role', ROLES, ABOUT.role);
export const WarningFlagEnum = defineEnum('WarningFlag', WARNING_FLAGS, ABOUT.warningFlag);

export type UnitKindEnum = EnumValue<typeof UnitKindEnum>;
export type PeriodKindEnum = EnumValue<typeof PeriodKindEnum>;
export type RankingScopeEnum = EnumValue<typeof RankingScopeEnum>;
export type GradeEnum = EnumValue<typeof GradeEnum>;
export type MeasureValueKindEnum = EnumValue<typeof MeasureValueKindEnum>;
export type MeasureUnitEnum = EnumValue<typeof MeasureUnitEnum>;
export type RoleEnum = EnumValue<typeof RoleEnum>;
export type WarningFlagEnum = EnumValue<typeof WarningFlagEnum>;
