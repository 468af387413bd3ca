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

registerEnumType(UnitKindEnum, { name: 'UnitKind', description: 'municipal department, district, or public-service unit' });
registerEnumType(PeriodKindEnum, { name: 'PeriodKind' });
registerEnumType(RankingScopeEnum, { name: 'RankingScope', description: 'all units, or one kind of unit' });
registerEnumType(GradeEnum, { name: 'Grade', description: '≥90 excellent, ≥80 good, ≥60 pass, else fail' });
