import { registerEnumType } from 'type-graphql';

/** GraphQL enum names are upper case; their values are the domain's lower-case words. */
export enum UnitKindEnum {
  MUNICIPAL = 'municipal',
  DISTRICT = 'district',
  PUBLIC_SERVICE = 'public_service',
}
export enum PeriodKindEnum {
  MONTH = 'month',
  QUARTER = 'quarter',
  YEAR = 'year',
}
export enum RankingScopeEnum {
  ALL = 'all',
  MUNICIPAL = 'municipal',
  DISTRICT = 'district',
  PUBLIC_SERVICE = 'public_service',
}
export enum GradeEnum {
  EXCELLENT = 'excellent',
  GOOD = 'good',
  PASS = 'pass',
  FAIL = 'fail',
}
export enum MeasureValueKindEnum {
  RATIO = 'ratio',
  COUNT = 'count',
  MEAN = 'mean',
  BINARY = 'binary',
  NUMBER = 'number',
}
export enum MeasureUnitEnum {
  CALLS = 'calls',
  INCIDENTS = 'incidents',
  SATISFACTION = 'satisfaction',
  DEPTH_LEVEL = 'depthLevel',
}

registerEnumType(UnitKindEnum, { name: 'UnitKind', description: 'municipal department, district, or public-service unit' });
registerEnumType(PeriodKindEnum, { name: 'PeriodKind' });
registerEnumType(RankingScopeEnum, { name: 'RankingScope', description: 'all units, or one kind of unit' });
registerEnumType(GradeEnum, {
  name: 'Grade',
  description: 'Of the composite rounded to two decimals: ≥90 excellent, ≥80 good, ≥60 pass, else fail',
});
registerEnumType(MeasureValueKindEnum, {
  name: 'MeasureValueKind',
  description: 'What kind of number a measure is: a ratio 0–1 (shown as %), a count, a mean of a scale, a 0/1 flag, or a number entered directly (manual measure)',
});
registerEnumType(MeasureUnitEnum, {
  name: 'MeasureUnit',
  description: 'What one unit of a count or mean is: calls (E1), incidents (P), satisfaction 1–5 (E3), depth level 1–4 (D1)',
});
