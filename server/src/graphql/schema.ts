import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { PeriodResolver } from '../modules/periods/period.resolver.js';
import { RankingRowResolver, ScorecardResolver } from '../modules/scoring/scorecard.resolver.js';
import { UnitResolver } from '../modules/units/unit.resolver.js';
import { EvidenceResolver } from '../modules/evidence/evidence.resolver.js';
import { AppInfoResolver } from '../modules/app-info/app-info.resolver.js';
import { AuthResolver } from '../modules/accounts/auth.resolver.js';
import { UsersResolver } from '../modules/accounts/users.resolver.js';
import { ApiTokensResolver } from '../modules/accounts/api-tokens.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { InsightsResolver } from '../modules/insights/insights.resolver.js';
import { SchemeResolver } from '../modules/schemes/scheme.resolver.js';
import { PublicationResolver } from '../modules/publications/publication.resolver.js';
import { MeasureValuesResolver } from '../modules/measures/measure-values.resolver.js';
import { ManualValuesResolver } from '../modules/manual-values/manual-values.resolver.js';
import { SavedViewResolver } from '../modules/saved-views/saved-view.resolver.js';
import { RemediationResolver } from '../modules/remediation/remediation.resolver.js';
import { AppealResolver } from '../modules/remediation/appeals.resolver.js';
import { NotificationResolver } from '../modules/remediation/notifications.resolver.js';
import { WorkdaysResolver } from '../modules/workdays/workdays.resolver.js';
import { authChecker } from './authorization.js';

/** Every resolver of the API. The emitted schema.graphql is committed (pnpm --filter server schema). */
export const resolvers = [
  AppInfoResolver,
  UnitResolver,
  PeriodResolver,
  ScorecardResolver,
  RankingRowResolver,
  EvidenceResolver,
  AuthResolver,
  UsersResolver,
  ApiTokensResolver,
  AuditResolver,
  InsightsResolver,
  SchemeResolver,
  PublicationResolver,
  MeasureValuesResolver,
  ManualValuesResolver,
  SavedViewResolver,
  RemediationResolver,
  AppealResolver,
  NotificationResolver,
  WorkdaysResolver,
] as const;

export async function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    authChecker,
    authMode: 'error',
    validate: false,
  });
}
