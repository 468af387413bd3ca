/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AppealDecision =
  | 'ACCEPT'
  | 'REJECT';

export type AppealInput = {
  indicatorId: string;
  period: string;
  reason: string;
  recordId?: string | null | undefined;
};

export type AppealState =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

export type CreateUserInput = {
  displayName?: string | null | undefined;
  password: string;
  role: Role;
  /** Required for UNIT users, refused for others. */
  unitCode?: string | null | undefined;
  username: string;
};

export type DeadlineStatus =
  | 'DONE'
  | 'DUE_SOON'
  | 'ON_TRACK'
  | 'OVERDUE';

/** Of the composite rounded to two decimals: ≥90 excellent, ≥80 good, ≥60 pass, else fail */
export type Grade =
  | 'EXCELLENT'
  | 'FAIL'
  | 'GOOD'
  | 'PASS';

export type ManualValueInput = {
  unitCode: string;
  /** null removes the value (N/A). */
  value?: number | null | undefined;
};

/** What one unit of a count or mean is: calls (E1), incidents (P), satisfaction 1–5 (E3), depth level 1–4 (D1) */
export type MeasureUnit =
  | 'CALLS'
  | 'DEPTH_LEVEL'
  | 'INCIDENTS'
  | 'SATISFACTION';

/** What kind of number a measure is: a ratio 0–1 (shown as %), a count, a mean of a scale, a 0/1 flag, or a number entered directly (manual measure) */
export type MeasureValueKind =
  | 'BINARY'
  | 'COUNT'
  | 'MEAN'
  | 'NUMBER'
  | 'RATIO';

export type OpenRemediationInput = {
  description: string;
  /** A sub-indicator id, or leave empty and give a topic. */
  indicatorId?: string | null | undefined;
  period?: string | null | undefined;
  topic?: string | null | undefined;
  unitCode: string;
};

export type PeriodKind =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

/** all units, or one kind of unit */
export type RankingScope =
  | 'ALL'
  | 'DISTRICT'
  | 'MUNICIPAL'
  | 'PUBLIC_SERVICE';

/** START and SUBMIT (the unit), VERIFY and REJECT (an assessor; REJECT needs a note). */
export type RemediationAction =
  | 'REJECT'
  | 'START'
  | 'SUBMIT'
  | 'VERIFY';

/** OPEN → IN_PROGRESS → SUBMITTED → VERIFIED; SUBMITTED → REJECTED → IN_PROGRESS. */
export type RemediationState =
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'VERIFIED';

/** LEADER and ASSESSOR read everything; UNIT reads the ranking and its own unit; ADMIN manages users; INGEST is a service account that only delivers files (API token, no sign-in). */
export type Role =
  | 'ADMIN'
  | 'ASSESSOR'
  | 'INGEST'
  | 'LEADER'
  | 'UNIT';

export type SavedViewInput = {
  /** 1–80 characters, unique among the user’s views. */
  name: string;
  /** The page address relative to the app (ranking, a unit, compare, early warning). */
  url: string;
};

export type ScoreChangePartKind =
  | 'NA_REWEIGHT'
  | 'PENALTY'
  | 'SCHEME'
  | 'SUB_INDICATOR';

/** municipal department, district, or public-service unit */
export type UnitKind =
  | 'DISTRICT'
  | 'MUNICIPAL'
  | 'PUBLIC_SERVICE';

/** Only the fields given change. */
export type UpdateUserInput = {
  disabled?: boolean | null | undefined;
  displayName?: string | null | undefined;
  role?: Role | null | undefined;
  unitCode?: string | null | undefined;
};

/** BELOW_PASS: the expected composite grades 不合格 (below 60); GRADE_DROP: a grade lower than last month */
export type WarningFlag =
  | 'BELOW_PASS'
  | 'GRADE_DROP';

export type AdminUserFragment = { id: string, username: string, displayName: string, role: Role, disabled: boolean, version: number, unit: { code: string, name: string } | null };

export type AdminApiTokenFragment = { id: string, name: string, prefix: string, username: string, userId: string, createdAt: string, createdBy: string | null, lastUsedAt: string | null, revokedAt: string | null };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, username: string, userId: string, createdAt: string, createdBy: string | null, lastUsedAt: string | null, revokedAt: string | null }> };

export type AppInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type AppInfoQuery = { appInfo: { demoData: boolean, version: string, today: string } };

export type AppealInfoFragment = { id: string, period: string, indicatorId: string, recordId: string | null, reason: string, state: AppealState, decisionNote: string | null, decidedAt: string | null, decidedBy: string | null, version: number, createdAt: string, createdBy: string | null, unit: { code: string, name: string } };

export type AppealsQueryVariables = Exact<{
  period?: string | null | undefined;
  unitCode?: string | null | undefined;
  state?: AppealState | null | undefined;
}>;


export type AppealsQuery = { appeals: Array<{ id: string, period: string, indicatorId: string, recordId: string | null, reason: string, state: AppealState, decisionNote: string | null, decidedAt: string | null, decidedBy: string | null, version: number, createdAt: string, createdBy: string | null, unit: { code: string, name: string } }> };

export type AppealQueryVariables = Exact<{
  id: string | number;
}>;


export type AppealQuery = { appeal: { id: string, period: string, indicatorId: string, recordId: string | null, reason: string, state: AppealState, decisionNote: string | null, decidedAt: string | null, decidedBy: string | null, version: number, createdAt: string, createdBy: string | null, timeline: Array<{ id: string, at: string, actor: string | null, kind: string, fromState: string | null, toState: string | null, note: string | null, fileId: string | null }>, files: Array<{ id: string, name: string, contentType: string, size: number, uploadedAt: string, uploadedBy: string | null, url: string }>, unit: { code: string, name: string } } };

export type AppealWindowQueryVariables = Exact<{
  period: string;
}>;


export type AppealWindowQuery = { appealWindow: { period: string, publishedOn: string, appealsCloseOn: string, open: boolean } | null };

export type CreateAppealMutationVariables = Exact<{
  input: AppealInput;
}>;


export type CreateAppealMutation = { createAppeal: { id: string, period: string, indicatorId: string, recordId: string | null, reason: string, state: AppealState, decisionNote: string | null, decidedAt: string | null, decidedBy: string | null, version: number, createdAt: string, createdBy: string | null, unit: { code: string, name: string } } };

export type DecideAppealMutationVariables = Exact<{
  id: string | number;
  decision: AppealDecision;
  expectedVersion: number;
  note?: string | null | undefined;
}>;


export type DecideAppealMutation = { decideAppeal: { id: string, period: string, indicatorId: string, recordId: string | null, reason: string, state: AppealState, decisionNote: string | null, decidedAt: string | null, decidedBy: string | null, version: number, createdAt: string, createdBy: string | null, unit: { code: string, name: string } } };

export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  action?: string | null | undefined;
  actor?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, entries: Array<{ id: string, at: string, actorUsername: string | null, actorName: string | null, action: string, entityType: string | null, entityId: string | null, entityName: string | null, before: string | null, after: string | null, ip: string | null }> } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type CityTrendQueryVariables = Exact<{
  from: string;
  to: string;
  scope?: RankingScope | null | undefined;
}>;


export type CityTrendQuery = { cityTrend: Array<{ period: string, average: number | null, excellent: number, good: number, pass: number, fail: number, ranked: number }> };

export type CreateApiTokenMutationVariables = Exact<{
  userId: string;
  name: string;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, name: string, prefix: string, username: string, userId: string, createdAt: string, createdBy: string | null, lastUsedAt: string | null, revokedAt: string | null } } };

export type CreateSavedViewMutationVariables = Exact<{
  input: SavedViewInput;
  start?: boolean | null | undefined;
}>;


export type CreateSavedViewMutation = { createSavedView: { id: string, name: string, url: string, isStart: boolean, version: number, updatedAt: string } };

export type CreateSchemeDraftMutationVariables = Exact<{
  fromVersion: number;
}>;


export type CreateSchemeDraftMutation = { createSchemeDraft: { version: number, revision: number, frozen: boolean, basedOn: number | null, name: string, json: string, createdAt: string, createdBy: string | null, updatedAt: string, updatedBy: string | null } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string, displayName: string, role: Role, disabled: boolean, version: number, unit: { code: string, name: string } | null } };

export type DeleteSavedViewMutationVariables = Exact<{
  id: string;
}>;


export type DeleteSavedViewMutation = { deleteSavedView: boolean };

export type DisableUserMutationVariables = Exact<{
  id: string;
}>;


export type DisableUserMutation = { disableUser: { id: string, username: string, displayName: string, role: Role, disabled: boolean, version: number, unit: { code: string, name: string } | null } };

export type EarlyWarningQueryVariables = Exact<{
  scope?: RankingScope | null | undefined;
  unitCode?: string | null | undefined;
  withHistory: boolean;
}>;


export type EarlyWarningQuery = { earlyWarning: { scope: RankingScope, today: string, basedOn: string | null, historyMonths: number, target: { id: string, asOf: string | null } | null, model: { alpha: number, beta: number, phi: number, window: number, minHistory: number, penaltyWindow: number, rangeLow: number, rangeHigh: number }, units: Array<{ lastComposite: number | null, lastGrade: Grade | null, expected: number | null, low: number | null, high: number | null, expectedGrade: Grade | null, flag: WarningFlag | null, monthToDate: number | null, monthToDateGrade: Grade | null, unit: { code: string, name: string, kind: UnitKind }, drivers: Array<{ indicatorId: string, label: string, shownPoints: number, text: string }>, history?: Array<{ period: string, expected: number | null, low: number | null, high: number | null, actual: number | null }> }>, backtest: { overall: { forecasts: number, mae: number | null, naiveMae: number | null, gradeHits: number, gradeHitRate: number | null, ranged: number, covered: number, coverage: number | null, predictedFlags: number, actualFlags: number, truePositives: number, precision: number | null, recall: number | null }, months: Array<{ period: string, forecasts: number, mae: number | null, naiveMae: number | null, gradeHits: number, gradeHitRate: number | null, ranged: number, covered: number, coverage: number | null, predictedFlags: number, actualFlags: number, truePositives: number, precision: number | null, recall: number | null }> } } };

type BacktestFigures_BacktestMonth_Fragment = { forecasts: number, mae: number | null, naiveMae: number | null, gradeHits: number, gradeHitRate: number | null, ranged: number, covered: number, coverage: number | null, predictedFlags: number, actualFlags: number, truePositives: number, precision: number | null, recall: number | null };

type BacktestFigures_BacktestSummary_Fragment = { forecasts: number, mae: number | null, naiveMae: number | null, gradeHits: number, gradeHitRate: number | null, ranged: number, covered: number, coverage: number | null, predictedFlags: number, actualFlags: number, truePositives: number, precision: number | null, recall: number | null };

export type BacktestFiguresFragment =
  | BacktestFigures_BacktestMonth_Fragment
  | BacktestFigures_BacktestSummary_Fragment
;

export type EvidenceQueryVariables = Exact<{
  unitCode: string;
  period: string;
  indicatorId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  onlyAgainst?: boolean | null | undefined;
}>;


export type EvidenceQuery = { evidence: { totalCount: number, againstCount: number, liveTotalCount: number, liveAgainstCount: number, changedSincePublication: boolean, pageInfo: { endCursor: string | null, hasNextPage: boolean }, rows: Array<{ recordId: string, recordKind: string, date: string | null, countedAgainst: boolean, reasonCode: string, reason: string, fields: Array<{ name: string, value: string | null }> }> } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, role: Role, unit: { code: string, name: string, kind: UnitKind } | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ManualValuesQueryVariables = Exact<{
  indicatorId: string;
}>;


export type ManualValuesQuery = { manualValues: Array<{ unitCode: string, period: string, value: number }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, role: Role, unit: { code: string, name: string, kind: UnitKind } | null } | null };

export type MeasureValuesQueryVariables = Exact<{
  period: string;
}>;


export type MeasureValuesQuery = { measureValues: { period: string, units: Array<{ unit: { code: string, name: string, kind: UnitKind }, values: Array<{ measureId: string, value: number | null, numerator: number | null, denominator: number | null }> }> } };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NotificationsQuery = { notifications: { unreadCount: number, items: Array<{ id: string, kind: string, subjectType: string, subjectId: string, unitCode: string, indicatorId: string | null, period: string | null, createdAt: string, read: boolean }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type PeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type PeriodsQuery = { periods: Array<{ id: string, kind: PeriodKind, start: string, end: string, hasData: boolean, published: boolean, asOf: string | null }> };

export type PublicationsQueryVariables = Exact<{
  period?: string | null | undefined;
}>;


export type PublicationsQuery = { publications: Array<{ id: string, period: string, seq: number, schemeVersion: number, reason: string | null, publishedAt: string, publishedBy: string | null, latest: boolean }> };

export type PublicationInfoFragment = { id: string, period: string, seq: number, schemeVersion: number, reason: string | null, publishedAt: string, publishedBy: string | null, latest: boolean };

export type PublishPeriodMutationVariables = Exact<{
  period: string;
  schemeVersion: number;
  reason?: string | null | undefined;
}>;


export type PublishPeriodMutation = { publishPeriod: { id: string, period: string, seq: number, schemeVersion: number, reason: string | null, publishedAt: string, publishedBy: string | null, latest: boolean } };

export type PublishPreviewQueryVariables = Exact<{
  period: string;
  schemeVersion: number;
}>;


export type PublishPreviewQuery = { ranking: { schemeVersion: number, rows: Array<{ rank: number | null, composite: number | null, grade: Grade | null, unit: { code: string, name: string } }> } };

export type RankingQueryVariables = Exact<{
  period: string;
  scope?: RankingScope | null | undefined;
  publication?: string | null | undefined;
}>;


export type RankingQuery = { ranking: { scope: RankingScope, previousPeriod: string | null, schemeVersion: number, published: boolean, publishedAt: string | null, average: number | null, period: { id: string, kind: PeriodKind, start: string, end: string, hasData: boolean, asOf: string | null }, publication: { id: string, period: string, seq: number, schemeVersion: number, reason: string | null, publishedAt: string, publishedBy: string | null, latest: boolean } | null, dimensionAverages: Array<{ id: string, name: string, nameEn: string, average: number | null }>, rows: Array<{ rank: number | null, previousRank: number | null, rankChange: number | null, composite: number | null, grade: Grade | null, penalty: number, incidents: number, unit: { code: string, name: string, kind: UnitKind }, dimensions: Array<{ id: string, name: string, nameEn: string, weight: number, score: number | null, applicable: boolean }> }> } };

export type RankingHeatmapQueryVariables = Exact<{
  period: string;
  scope?: RankingScope | null | undefined;
}>;


export type RankingHeatmapQuery = { ranking: { period: { id: string }, rows: Array<{ unit: { code: string }, subIndicators: Array<{ id: string, dimensionId: string, name: string, nameEn: string, score: number | null, applicable: boolean, value: number | null, valueKind: MeasureValueKind, valueDecimals: number, valueUnit: MeasureUnit | null, numerator: number | null, denominator: number | null, pointsLost: number }> | null }> } };

export type RemediationItemInfoFragment = { id: string, period: string | null, source: string, dimensionId: string | null, indicatorId: string | null, measureId: string | null, topic: string | null, description: string | null, scoreAtOpen: number | null, pointsLost: number | null, threshold: number | null, state: RemediationState, openedOn: string, deadline: string, overdue: boolean, dueSoon: boolean, deadlineStatus: DeadlineStatus, workingDaysLeft: number, verifiedOn: string | null, version: number, updatedAt: string, unit: { code: string, name: string } };

export type RemediationItemsQueryVariables = Exact<{
  period?: string | null | undefined;
  unitCode?: string | null | undefined;
  state?: RemediationState | null | undefined;
}>;


export type RemediationItemsQuery = { remediationItems: Array<{ id: string, period: string | null, source: string, dimensionId: string | null, indicatorId: string | null, measureId: string | null, topic: string | null, description: string | null, scoreAtOpen: number | null, pointsLost: number | null, threshold: number | null, state: RemediationState, openedOn: string, deadline: string, overdue: boolean, dueSoon: boolean, deadlineStatus: DeadlineStatus, workingDaysLeft: number, verifiedOn: string | null, version: number, updatedAt: string, unit: { code: string, name: string } }> };

export type RemediationItemQueryVariables = Exact<{
  id: string | number;
}>;


export type RemediationItemQuery = { remediationItem: { id: string, period: string | null, source: string, dimensionId: string | null, indicatorId: string | null, measureId: string | null, topic: string | null, description: string | null, scoreAtOpen: number | null, pointsLost: number | null, threshold: number | null, state: RemediationState, openedOn: string, deadline: string, overdue: boolean, dueSoon: boolean, deadlineStatus: DeadlineStatus, workingDaysLeft: number, verifiedOn: string | null, version: number, updatedAt: string, timeline: Array<{ id: string, at: string, actor: string | null, kind: string, fromState: string | null, toState: string | null, note: string | null, fileId: string | null }>, files: Array<{ id: string, name: string, contentType: string, size: number, uploadedAt: string, uploadedBy: string | null, url: string }>, unit: { code: string, name: string } } };

export type RemediationActionMutationVariables = Exact<{
  id: string | number;
  action: RemediationAction;
  expectedVersion: number;
  note?: string | null | undefined;
}>;


export type RemediationActionMutation = { remediationAction: { id: string, period: string | null, source: string, dimensionId: string | null, indicatorId: string | null, measureId: string | null, topic: string | null, description: string | null, scoreAtOpen: number | null, pointsLost: number | null, threshold: number | null, state: RemediationState, openedOn: string, deadline: string, overdue: boolean, dueSoon: boolean, deadlineStatus: DeadlineStatus, workingDaysLeft: number, verifiedOn: string | null, version: number, updatedAt: string, unit: { code: string, name: string } } };

export type AddRemediationNoteMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type AddRemediationNoteMutation = { addRemediationNote: { id: string } };

export type OpenRemediationItemMutationVariables = Exact<{
  input: OpenRemediationInput;
}>;


export type OpenRemediationItemMutation = { openRemediationItem: { id: string, period: string | null, source: string, dimensionId: string | null, indicatorId: string | null, measureId: string | null, topic: string | null, description: string | null, scoreAtOpen: number | null, pointsLost: number | null, threshold: number | null, state: RemediationState, openedOn: string, deadline: string, overdue: boolean, dueSoon: boolean, deadlineStatus: DeadlineStatus, workingDaysLeft: number, verifiedOn: string | null, version: number, updatedAt: string, unit: { code: string, name: string } } };

export type RemediationSummaryQueryVariables = Exact<{
  period?: string | null | undefined;
}>;


export type RemediationSummaryQuery = { remediationSummary: { units: Array<{ total: number, open: number, overdue: number, verified: number, verifiedOnTime: number, onTimeRate: number | null, averageDaysToVerify: number | null, unit: { code: string, name: string } }>, periods: Array<{ period: string, total: number, open: number, overdue: number, verified: number, onTimeRate: number | null, averageDaysToVerify: number | null }> } };

export type WorkdayExceptionsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type WorkdayExceptionsQuery = { workdayExceptions: Array<{ date: string, working: boolean }> };

export type ResetUserPasswordMutationVariables = Exact<{
  id: string;
  newPassword: string;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: boolean };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, name: string, prefix: string, username: string, userId: string, createdAt: string, createdBy: string | null, lastUsedAt: string | null, revokedAt: string | null } };

export type SavedViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedViewsQuery = { savedViews: Array<{ id: string, name: string, url: string, isStart: boolean, version: number, updatedAt: string }> };

export type SavedViewInfoFragment = { id: string, name: string, url: string, isStart: boolean, version: number, updatedAt: string };

export type SchemesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemesQuery = { schemes: Array<{ version: number, revision: number, frozen: boolean, basedOn: number | null, name: string, json: string, createdAt: string, createdBy: string | null, updatedAt: string, updatedBy: string | null }> };

export type SchemeVersionFragment = { version: number, revision: number, frozen: boolean, basedOn: number | null, name: string, json: string, createdAt: string, createdBy: string | null, updatedAt: string, updatedBy: string | null };

export type ScoreChangeQueryVariables = Exact<{
  unitCode: string;
  period: string;
  scope?: RankingScope | null | undefined;
}>;


export type ScoreChangeQuery = { scoreChange: { previousPeriod: string | null, from: number | null, to: number | null, locale: string, unit: { code: string, name: string }, period: { id: string, asOf: string | null }, parts: Array<{ indicatorId: string, kind: ScoreChangePartKind, points: number, shownPoints: number, label: string, text: string, hasRecords: boolean }> } };

export type SetManualValuesMutationVariables = Exact<{
  indicatorId: string;
  period: string;
  values: Array<ManualValueInput> | ManualValueInput;
}>;


export type SetManualValuesMutation = { setManualValues: Array<{ unitCode: string, value: number | null }> };

export type SetStartViewMutationVariables = Exact<{
  id?: string | null | undefined;
}>;


export type SetStartViewMutation = { setStartView: { id: string, name: string, url: string, isStart: boolean, version: number, updatedAt: string } | null };

export type TimelineEventInfoFragment = { id: string, at: string, actor: string | null, kind: string, fromState: string | null, toState: string | null, note: string | null, fileId: string | null };

export type EvidenceFileInfoFragment = { id: string, name: string, contentType: string, size: number, uploadedAt: string, uploadedBy: string | null, url: string };

export type UnitScorecardQueryVariables = Exact<{
  unitCode: string;
  period: string;
  scope?: RankingScope | null | undefined;
  publication?: string | null | undefined;
}>;


export type UnitScorecardQuery = { unitScorecard: { scope: RankingScope, schemeVersion: number, published: boolean, publishedAt: string | null, rank: number | null, previousRank: number | null, rankChange: number | null, rankedCount: number, composite: number | null, compositeBeforePenalty: number | null, grade: Grade | null, penalty: number, incidents: number, unit: { code: string, name: string, kind: UnitKind }, period: { id: string, kind: PeriodKind, start: string, end: string, hasData: boolean, asOf: string | null }, publication: { id: string, period: string, seq: number, schemeVersion: number, reason: string | null, publishedAt: string, publishedBy: string | null, latest: boolean } | null, dimensions: Array<{ id: string, name: string, nameEn: string, weight: number, score: number | null, applicable: boolean, cityAverage: number | null, subIndicators: Array<{ id: string, dimensionId: string, name: string, nameEn: string, measureId: string, weight: number, rule: string, ruleKind: string, value: number | null, valueKind: MeasureValueKind, valueDecimals: number, valueUnit: MeasureUnit | null, numerator: number | null, denominator: number | null, score: number | null, pointsLost: number, applicable: boolean }> }> } };

export type UnitTrendQueryVariables = Exact<{
  unitCode: string;
  from: string;
  to: string;
  scope?: RankingScope | null | undefined;
}>;


export type UnitTrendQuery = { unitTrend: Array<{ rank: number | null, rankedCount: number, composite: number | null, grade: Grade | null, period: { id: string }, dimensions: Array<{ id: string, score: number | null }> }> };

export type UnitsQueryVariables = Exact<{
  kind?: UnitKind | null | undefined;
}>;


export type UnitsQuery = { units: Array<{ code: string, name: string, kind: UnitKind }> };

export type UpdateSavedViewMutationVariables = Exact<{
  id: string;
  input: SavedViewInput;
  expectedVersion: number;
}>;


export type UpdateSavedViewMutation = { updateSavedView: { id: string, name: string, url: string, isStart: boolean, version: number, updatedAt: string } };

export type UpdateSchemeDraftMutationVariables = Exact<{
  version: number;
  expectedRevision: number;
  json: string;
}>;


export type UpdateSchemeDraftMutation = { updateSchemeDraft: { version: number, revision: number, frozen: boolean, basedOn: number | null, name: string, json: string, createdAt: string, createdBy: string | null, updatedAt: string, updatedBy: string | null } };

export type UpdateUserMutationVariables = Exact<{
  id: string;
  input: UpdateUserInput;
  expectedVersion: number;
}>;


export type UpdateUserMutation = { updateUser: { id: string, username: string, displayName: string, role: Role, disabled: boolean, version: number, unit: { code: string, name: string } | null } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, username: string, displayName: string, role: Role, disabled: boolean, version: number, unit: { code: string, name: string } | null }> };

export type WorkdayYearInfoFragment = { year: number, covered: boolean, newestCoveredYear: number, days: Array<{ date: string, working: boolean, source: string, note: string | null, libraryWorking: boolean | null }> };

export type WorkdayYearQueryVariables = Exact<{
  year: number;
}>;


export type WorkdayYearQuery = { workdayYear: { year: number, covered: boolean, newestCoveredYear: number, days: Array<{ date: string, working: boolean, source: string, note: string | null, libraryWorking: boolean | null }> } };

export type SetWorkdayMutationVariables = Exact<{
  date: string;
  working?: boolean | null | undefined;
  note?: string | null | undefined;
}>;


export type SetWorkdayMutation = { setWorkday: { year: number, covered: boolean, newestCoveredYear: number, days: Array<{ date: string, working: boolean, source: string, note: string | null, libraryWorking: boolean | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AdminUserFragmentDoc = new TypedDocumentString(`
    fragment AdminUser on User {
  id
  username
  displayName
  role
  unit {
    code
    name
  }
  disabled
  version
}
    `, {"fragmentName":"AdminUser"}) as unknown as TypedDocumentString<AdminUserFragment, unknown>;
export const AdminApiTokenFragmentDoc = new TypedDocumentString(`
    fragment AdminApiToken on ApiToken {
  id
  name
  prefix
  username
  userId
  createdAt
  createdBy
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"AdminApiToken"}) as unknown as TypedDocumentString<AdminApiTokenFragment, unknown>;
export const AppealInfoFragmentDoc = new TypedDocumentString(`
    fragment AppealInfo on Appeal {
  id
  unit {
    code
    name
  }
  period
  indicatorId
  recordId
  reason
  state
  decisionNote
  decidedAt
  decidedBy
  version
  createdAt
  createdBy
}
    `, {"fragmentName":"AppealInfo"}) as unknown as TypedDocumentString<AppealInfoFragment, unknown>;
export const BacktestFiguresFragmentDoc = new TypedDocumentString(`
    fragment BacktestFigures on BacktestFigures {
  forecasts
  mae
  naiveMae
  gradeHits
  gradeHitRate
  ranged
  covered
  coverage
  predictedFlags
  actualFlags
  truePositives
  precision
  recall
}
    `, {"fragmentName":"BacktestFigures"}) as unknown as TypedDocumentString<BacktestFiguresFragment, unknown>;
export const PublicationInfoFragmentDoc = new TypedDocumentString(`
    fragment PublicationInfo on Publication {
  id
  period
  seq
  schemeVersion
  reason
  publishedAt
  publishedBy
  latest
}
    `, {"fragmentName":"PublicationInfo"}) as unknown as TypedDocumentString<PublicationInfoFragment, unknown>;
export const RemediationItemInfoFragmentDoc = new TypedDocumentString(`
    fragment RemediationItemInfo on RemediationItem {
  id
  unit {
    code
    name
  }
  period
  source
  dimensionId
  indicatorId
  measureId
  topic
  description
  scoreAtOpen
  pointsLost
  threshold
  state
  openedOn
  deadline
  overdue
  dueSoon
  deadlineStatus
  workingDaysLeft
  verifiedOn
  version
  updatedAt
}
    `, {"fragmentName":"RemediationItemInfo"}) as unknown as TypedDocumentString<RemediationItemInfoFragment, unknown>;
export const SavedViewInfoFragmentDoc = new TypedDocumentString(`
    fragment SavedViewInfo on SavedView {
  id
  name
  url
  isStart
  version
  updatedAt
}
    `, {"fragmentName":"SavedViewInfo"}) as unknown as TypedDocumentString<SavedViewInfoFragment, unknown>;
export const SchemeVersionFragmentDoc = new TypedDocumentString(`
    fragment SchemeVersion on Scheme {
  version
  revision
  frozen
  basedOn
  name
  json
  createdAt
  createdBy
  updatedAt
  updatedBy
}
    `, {"fragmentName":"SchemeVersion"}) as unknown as TypedDocumentString<SchemeVersionFragment, unknown>;
export const TimelineEventInfoFragmentDoc = new TypedDocumentString(`
    fragment TimelineEventInfo on TimelineEvent {
  id
  at
  actor
  kind
  fromState
  toState
  note
  fileId
}
    `, {"fragmentName":"TimelineEventInfo"}) as unknown as TypedDocumentString<TimelineEventInfoFragment, unknown>;
export const EvidenceFileInfoFragmentDoc = new TypedDocumentString(`
    fragment EvidenceFileInfo on EvidenceFile {
  id
  name
  contentType
  size
  uploadedAt
  uploadedBy
  url
}
    `, {"fragmentName":"EvidenceFileInfo"}) as unknown as TypedDocumentString<EvidenceFileInfoFragment, unknown>;
export const WorkdayYearInfoFragmentDoc = new TypedDocumentString(`
    fragment WorkdayYearInfo on WorkdayYear {
  year
  covered
  newestCoveredYear
  days {
    date
    working
    source
    note
    libraryWorking
  }
}
    `, {"fragmentName":"WorkdayYearInfo"}) as unknown as TypedDocumentString<WorkdayYearInfoFragment, unknown>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    ...AdminApiToken
  }
}
    fragment AdminApiToken on ApiToken {
  id
  name
  prefix
  username
  userId
  createdAt
  createdBy
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const AppInfoDocument = new TypedDocumentString(`
    query AppInfo {
  appInfo {
    demoData
    version
    today
  }
}
    `) as unknown as TypedDocumentString<AppInfoQuery, AppInfoQueryVariables>;
export const AppealsDocument = new TypedDocumentString(`
    query Appeals($period: String, $unitCode: String, $state: AppealState) {
  appeals(period: $period, unitCode: $unitCode, state: $state) {
    ...AppealInfo
  }
}
    fragment AppealInfo on Appeal {
  id
  unit {
    code
    name
  }
  period
  indicatorId
  recordId
  reason
  state
  decisionNote
  decidedAt
  decidedBy
  version
  createdAt
  createdBy
}`) as unknown as TypedDocumentString<AppealsQuery, AppealsQueryVariables>;
export const AppealDocument = new TypedDocumentString(`
    query Appeal($id: ID!) {
  appeal(id: $id) {
    ...AppealInfo
    timeline {
      ...TimelineEventInfo
    }
    files {
      ...EvidenceFileInfo
    }
  }
}
    fragment AppealInfo on Appeal {
  id
  unit {
    code
    name
  }
  period
  indicatorId
  recordId
  reason
  state
  decisionNote
  decidedAt
  decidedBy
  version
  createdAt
  createdBy
}
fragment TimelineEventInfo on TimelineEvent {
  id
  at
  actor
  kind
  fromState
  toState
  note
  fileId
}
fragment EvidenceFileInfo on EvidenceFile {
  id
  name
  contentType
  size
  uploadedAt
  uploadedBy
  url
}`) as unknown as TypedDocumentString<AppealQuery, AppealQueryVariables>;
export const AppealWindowDocument = new TypedDocumentString(`
    query AppealWindow($period: String!) {
  appealWindow(period: $period) {
    period
    publishedOn
    appealsCloseOn
    open
  }
}
    `) as unknown as TypedDocumentString<AppealWindowQuery, AppealWindowQueryVariables>;
export const CreateAppealDocument = new TypedDocumentString(`
    mutation CreateAppeal($input: AppealInput!) {
  createAppeal(input: $input) {
    ...AppealInfo
  }
}
    fragment AppealInfo on Appeal {
  id
  unit {
    code
    name
  }
  period
  indicatorId
  recordId
  reason
  state
  decisionNote
  decidedAt
  decidedBy
  version
  createdAt
  createdBy
}`) as unknown as TypedDocumentString<CreateAppealMutation, CreateAppealMutationVariables>;
export const DecideAppealDocument = new TypedDocumentString(`
    mutation DecideAppeal($id: ID!, $decision: AppealDecision!, $expectedVersion: Int!, $note: String) {
  decideAppeal(
    id: $id
    decision: $decision
    expectedVersion: $expectedVersion
    note: $note
  ) {
    ...AppealInfo
  }
}
    fragment AppealInfo on Appeal {
  id
  unit {
    code
    name
  }
  period
  indicatorId
  recordId
  reason
  state
  decisionNote
  decidedAt
  decidedBy
  version
  createdAt
  createdBy
}`) as unknown as TypedDocumentString<DecideAppealMutation, DecideAppealMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int!, $after: String, $action: String, $actor: String, $from: String, $to: String) {
  auditLog(
    first: $first
    after: $after
    action: $action
    actor: $actor
    from: $from
    to: $to
  ) {
    pageInfo {
      endCursor
      hasNextPage
    }
    entries {
      id
      at
      actorUsername
      actorName
      action
      entityType
      entityId
      entityName
      before
      after
      ip
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CityTrendDocument = new TypedDocumentString(`
    query CityTrend($from: String!, $to: String!, $scope: RankingScope) {
  cityTrend(from: $from, to: $to, scope: $scope) {
    period
    average
    excellent
    good
    pass
    fail
    ranked
  }
}
    `) as unknown as TypedDocumentString<CityTrendQuery, CityTrendQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($userId: String!, $name: String!) {
  createApiToken(userId: $userId, name: $name) {
    token
    apiToken {
      ...AdminApiToken
    }
  }
}
    fragment AdminApiToken on ApiToken {
  id
  name
  prefix
  username
  userId
  createdAt
  createdBy
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const CreateSavedViewDocument = new TypedDocumentString(`
    mutation CreateSavedView($input: SavedViewInput!, $start: Boolean) {
  createSavedView(input: $input, start: $start) {
    ...SavedViewInfo
  }
}
    fragment SavedViewInfo on SavedView {
  id
  name
  url
  isStart
  version
  updatedAt
}`) as unknown as TypedDocumentString<CreateSavedViewMutation, CreateSavedViewMutationVariables>;
export const CreateSchemeDraftDocument = new TypedDocumentString(`
    mutation CreateSchemeDraft($fromVersion: Int!) {
  createSchemeDraft(fromVersion: $fromVersion) {
    ...SchemeVersion
  }
}
    fragment SchemeVersion on Scheme {
  version
  revision
  frozen
  basedOn
  name
  json
  createdAt
  createdBy
  updatedAt
  updatedBy
}`) as unknown as TypedDocumentString<CreateSchemeDraftMutation, CreateSchemeDraftMutationVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  username
  displayName
  role
  unit {
    code
    name
  }
  disabled
  version
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const DeleteSavedViewDocument = new TypedDocumentString(`
    mutation DeleteSavedView($id: String!) {
  deleteSavedView(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSavedViewMutation, DeleteSavedViewMutationVariables>;
export const DisableUserDocument = new TypedDocumentString(`
    mutation DisableUser($id: String!) {
  disableUser(id: $id) {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  username
  displayName
  role
  unit {
    code
    name
  }
  disabled
  version
}`) as unknown as TypedDocumentString<DisableUserMutation, DisableUserMutationVariables>;
export const EarlyWarningDocument = new TypedDocumentString(`
    query EarlyWarning($scope: RankingScope, $unitCode: String, $withHistory: Boolean!) {
  earlyWarning(scope: $scope, unitCode: $unitCode) {
    scope
    today
    target {
      id
      asOf
    }
    basedOn
    historyMonths
    model {
      alpha
      beta
      phi
      window
      minHistory
      penaltyWindow
      rangeLow
      rangeHigh
    }
    units {
      unit {
        code
        name
        kind
      }
      lastComposite
      lastGrade
      expected
      low
      high
      expectedGrade
      flag
      monthToDate
      monthToDateGrade
      drivers {
        indicatorId
        label
        shownPoints
        text
      }
      history @include(if: $withHistory) {
        period
        expected
        low
        high
        actual
      }
    }
    backtest {
      overall {
        ...BacktestFigures
      }
      months {
        period
        ...BacktestFigures
      }
    }
  }
}
    fragment BacktestFigures on BacktestFigures {
  forecasts
  mae
  naiveMae
  gradeHits
  gradeHitRate
  ranged
  covered
  coverage
  predictedFlags
  actualFlags
  truePositives
  precision
  recall
}`) as unknown as TypedDocumentString<EarlyWarningQuery, EarlyWarningQueryVariables>;
export const EvidenceDocument = new TypedDocumentString(`
    query Evidence($unitCode: String!, $period: String!, $indicatorId: String!, $first: Int, $after: String, $onlyAgainst: Boolean) {
  evidence(
    unitCode: $unitCode
    period: $period
    indicatorId: $indicatorId
    first: $first
    after: $after
    onlyAgainst: $onlyAgainst
  ) {
    totalCount
    againstCount
    liveTotalCount
    liveAgainstCount
    changedSincePublication
    pageInfo {
      endCursor
      hasNextPage
    }
    rows {
      recordId
      recordKind
      date
      countedAgainst
      reasonCode
      reason
      fields {
        name
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceQuery, EvidenceQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    expiresAt
    user {
      id
      username
      displayName
      role
      unit {
        code
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ManualValuesDocument = new TypedDocumentString(`
    query ManualValues($indicatorId: String!) {
  manualValues(indicatorId: $indicatorId) {
    unitCode
    period
    value
  }
}
    `) as unknown as TypedDocumentString<ManualValuesQuery, ManualValuesQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    displayName
    role
    unit {
      code
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MeasureValuesDocument = new TypedDocumentString(`
    query MeasureValues($period: String!) {
  measureValues(period: $period) {
    period
    units {
      unit {
        code
        name
        kind
      }
      values {
        measureId
        value
        numerator
        denominator
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureValuesQuery, MeasureValuesQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int) {
  notifications(first: $first) {
    unreadCount
    items {
      id
      kind
      subjectType
      subjectId
      unitCode
      indicatorId
      period
      createdAt
      read
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const PeriodsDocument = new TypedDocumentString(`
    query Periods {
  periods {
    id
    kind
    start
    end
    hasData
    published
    asOf
  }
}
    `) as unknown as TypedDocumentString<PeriodsQuery, PeriodsQueryVariables>;
export const PublicationsDocument = new TypedDocumentString(`
    query Publications($period: String) {
  publications(period: $period) {
    ...PublicationInfo
  }
}
    fragment PublicationInfo on Publication {
  id
  period
  seq
  schemeVersion
  reason
  publishedAt
  publishedBy
  latest
}`) as unknown as TypedDocumentString<PublicationsQuery, PublicationsQueryVariables>;
export const PublishPeriodDocument = new TypedDocumentString(`
    mutation PublishPeriod($period: String!, $schemeVersion: Int!, $reason: String) {
  publishPeriod(period: $period, schemeVersion: $schemeVersion, reason: $reason) {
    ...PublicationInfo
  }
}
    fragment PublicationInfo on Publication {
  id
  period
  seq
  schemeVersion
  reason
  publishedAt
  publishedBy
  latest
}`) as unknown as TypedDocumentString<PublishPeriodMutation, PublishPeriodMutationVariables>;
export const PublishPreviewDocument = new TypedDocumentString(`
    query PublishPreview($period: String!, $schemeVersion: Int!) {
  ranking(period: $period, scope: ALL, schemeVersion: $schemeVersion) {
    schemeVersion
    rows {
      unit {
        code
        name
      }
      rank
      composite
      grade
    }
  }
}
    `) as unknown as TypedDocumentString<PublishPreviewQuery, PublishPreviewQueryVariables>;
export const RankingDocument = new TypedDocumentString(`
    query Ranking($period: String!, $scope: RankingScope, $publication: String) {
  ranking(period: $period, scope: $scope, publication: $publication) {
    period {
      id
      kind
      start
      end
      hasData
      asOf
    }
    scope
    previousPeriod
    schemeVersion
    published
    publishedAt
    publication {
      ...PublicationInfo
    }
    average
    dimensionAverages {
      id
      name
      nameEn
      average
    }
    rows {
      unit {
        code
        name
        kind
      }
      rank
      previousRank
      rankChange
      composite
      grade
      penalty
      incidents
      dimensions {
        id
        name
        nameEn
        weight
        score
        applicable
      }
    }
  }
}
    fragment PublicationInfo on Publication {
  id
  period
  seq
  schemeVersion
  reason
  publishedAt
  publishedBy
  latest
}`) as unknown as TypedDocumentString<RankingQuery, RankingQueryVariables>;
export const RankingHeatmapDocument = new TypedDocumentString(`
    query RankingHeatmap($period: String!, $scope: RankingScope) {
  ranking(period: $period, scope: $scope) {
    period {
      id
    }
    rows {
      unit {
        code
      }
      subIndicators {
        id
        dimensionId
        name
        nameEn
        score
        applicable
        value
        valueKind
        valueDecimals
        valueUnit
        numerator
        denominator
        pointsLost
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RankingHeatmapQuery, RankingHeatmapQueryVariables>;
export const RemediationItemsDocument = new TypedDocumentString(`
    query RemediationItems($period: String, $unitCode: String, $state: RemediationState) {
  remediationItems(period: $period, unitCode: $unitCode, state: $state) {
    ...RemediationItemInfo
  }
}
    fragment RemediationItemInfo on RemediationItem {
  id
  unit {
    code
    name
  }
  period
  source
  dimensionId
  indicatorId
  measureId
  topic
  description
  scoreAtOpen
  pointsLost
  threshold
  state
  openedOn
  deadline
  overdue
  dueSoon
  deadlineStatus
  workingDaysLeft
  verifiedOn
  version
  updatedAt
}`) as unknown as TypedDocumentString<RemediationItemsQuery, RemediationItemsQueryVariables>;
export const RemediationItemDocument = new TypedDocumentString(`
    query RemediationItem($id: ID!) {
  remediationItem(id: $id) {
    ...RemediationItemInfo
    timeline {
      ...TimelineEventInfo
    }
    files {
      ...EvidenceFileInfo
    }
  }
}
    fragment RemediationItemInfo on RemediationItem {
  id
  unit {
    code
    name
  }
  period
  source
  dimensionId
  indicatorId
  measureId
  topic
  description
  scoreAtOpen
  pointsLost
  threshold
  state
  openedOn
  deadline
  overdue
  dueSoon
  deadlineStatus
  workingDaysLeft
  verifiedOn
  version
  updatedAt
}
fragment TimelineEventInfo on TimelineEvent {
  id
  at
  actor
  kind
  fromState
  toState
  note
  fileId
}
fragment EvidenceFileInfo on EvidenceFile {
  id
  name
  contentType
  size
  uploadedAt
  uploadedBy
  url
}`) as unknown as TypedDocumentString<RemediationItemQuery, RemediationItemQueryVariables>;
export const RemediationActionDocument = new TypedDocumentString(`
    mutation RemediationAction($id: ID!, $action: RemediationAction!, $expectedVersion: Int!, $note: String) {
  remediationAction(
    id: $id
    action: $action
    expectedVersion: $expectedVersion
    note: $note
  ) {
    ...RemediationItemInfo
  }
}
    fragment RemediationItemInfo on RemediationItem {
  id
  unit {
    code
    name
  }
  period
  source
  dimensionId
  indicatorId
  measureId
  topic
  description
  scoreAtOpen
  pointsLost
  threshold
  state
  openedOn
  deadline
  overdue
  dueSoon
  deadlineStatus
  workingDaysLeft
  verifiedOn
  version
  updatedAt
}`) as unknown as TypedDocumentString<RemediationActionMutation, RemediationActionMutationVariables>;
export const AddRemediationNoteDocument = new TypedDocumentString(`
    mutation AddRemediationNote($id: ID!, $note: String!) {
  addRemediationNote(id: $id, note: $note) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddRemediationNoteMutation, AddRemediationNoteMutationVariables>;
export const OpenRemediationItemDocument = new TypedDocumentString(`
    mutation OpenRemediationItem($input: OpenRemediationInput!) {
  openRemediationItem(input: $input) {
    ...RemediationItemInfo
  }
}
    fragment RemediationItemInfo on RemediationItem {
  id
  unit {
    code
    name
  }
  period
  source
  dimensionId
  indicatorId
  measureId
  topic
  description
  scoreAtOpen
  pointsLost
  threshold
  state
  openedOn
  deadline
  overdue
  dueSoon
  deadlineStatus
  workingDaysLeft
  verifiedOn
  version
  updatedAt
}`) as unknown as TypedDocumentString<OpenRemediationItemMutation, OpenRemediationItemMutationVariables>;
export const RemediationSummaryDocument = new TypedDocumentString(`
    query RemediationSummary($period: String) {
  remediationSummary(period: $period) {
    units {
      unit {
        code
        name
      }
      total
      open
      overdue
      verified
      verifiedOnTime
      onTimeRate
      averageDaysToVerify
    }
    periods {
      period
      total
      open
      overdue
      verified
      onTimeRate
      averageDaysToVerify
    }
  }
}
    `) as unknown as TypedDocumentString<RemediationSummaryQuery, RemediationSummaryQueryVariables>;
export const WorkdayExceptionsDocument = new TypedDocumentString(`
    query WorkdayExceptions($from: String!, $to: String!) {
  workdayExceptions(from: $from, to: $to) {
    date
    working
  }
}
    `) as unknown as TypedDocumentString<WorkdayExceptionsQuery, WorkdayExceptionsQueryVariables>;
export const ResetUserPasswordDocument = new TypedDocumentString(`
    mutation ResetUserPassword($id: String!, $newPassword: String!) {
  resetUserPassword(id: $id, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: String!) {
  revokeApiToken(id: $id) {
    ...AdminApiToken
  }
}
    fragment AdminApiToken on ApiToken {
  id
  name
  prefix
  username
  userId
  createdAt
  createdBy
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const SavedViewsDocument = new TypedDocumentString(`
    query SavedViews {
  savedViews {
    ...SavedViewInfo
  }
}
    fragment SavedViewInfo on SavedView {
  id
  name
  url
  isStart
  version
  updatedAt
}`) as unknown as TypedDocumentString<SavedViewsQuery, SavedViewsQueryVariables>;
export const SchemesDocument = new TypedDocumentString(`
    query Schemes {
  schemes {
    ...SchemeVersion
  }
}
    fragment SchemeVersion on Scheme {
  version
  revision
  frozen
  basedOn
  name
  json
  createdAt
  createdBy
  updatedAt
  updatedBy
}`) as unknown as TypedDocumentString<SchemesQuery, SchemesQueryVariables>;
export const ScoreChangeDocument = new TypedDocumentString(`
    query ScoreChange($unitCode: String!, $period: String!, $scope: RankingScope) {
  scoreChange(unitCode: $unitCode, period: $period, scope: $scope) {
    unit {
      code
      name
    }
    period {
      id
      asOf
    }
    previousPeriod
    from
    to
    locale
    parts {
      indicatorId
      kind
      points
      shownPoints
      label
      text
      hasRecords
    }
  }
}
    `) as unknown as TypedDocumentString<ScoreChangeQuery, ScoreChangeQueryVariables>;
export const SetManualValuesDocument = new TypedDocumentString(`
    mutation SetManualValues($indicatorId: String!, $period: String!, $values: [ManualValueInput!]!) {
  setManualValues(indicatorId: $indicatorId, period: $period, values: $values) {
    unitCode
    value
  }
}
    `) as unknown as TypedDocumentString<SetManualValuesMutation, SetManualValuesMutationVariables>;
export const SetStartViewDocument = new TypedDocumentString(`
    mutation SetStartView($id: String) {
  setStartView(id: $id) {
    ...SavedViewInfo
  }
}
    fragment SavedViewInfo on SavedView {
  id
  name
  url
  isStart
  version
  updatedAt
}`) as unknown as TypedDocumentString<SetStartViewMutation, SetStartViewMutationVariables>;
export const UnitScorecardDocument = new TypedDocumentString(`
    query UnitScorecard($unitCode: String!, $period: String!, $scope: RankingScope, $publication: String) {
  unitScorecard(
    unitCode: $unitCode
    period: $period
    scope: $scope
    publication: $publication
  ) {
    unit {
      code
      name
      kind
    }
    period {
      id
      kind
      start
      end
      hasData
      asOf
    }
    scope
    schemeVersion
    published
    publishedAt
    publication {
      ...PublicationInfo
    }
    rank
    previousRank
    rankChange
    rankedCount
    composite
    compositeBeforePenalty
    grade
    penalty
    incidents
    dimensions {
      id
      name
      nameEn
      weight
      score
      applicable
      cityAverage
      subIndicators {
        id
        dimensionId
        name
        nameEn
        measureId
        weight
        rule
        ruleKind
        value
        valueKind
        valueDecimals
        valueUnit
        numerator
        denominator
        score
        pointsLost
        applicable
      }
    }
  }
}
    fragment PublicationInfo on Publication {
  id
  period
  seq
  schemeVersion
  reason
  publishedAt
  publishedBy
  latest
}`) as unknown as TypedDocumentString<UnitScorecardQuery, UnitScorecardQueryVariables>;
export const UnitTrendDocument = new TypedDocumentString(`
    query UnitTrend($unitCode: String!, $from: String!, $to: String!, $scope: RankingScope) {
  unitTrend(unitCode: $unitCode, from: $from, to: $to, scope: $scope) {
    period {
      id
    }
    rank
    rankedCount
    composite
    grade
    dimensions {
      id
      score
    }
  }
}
    `) as unknown as TypedDocumentString<UnitTrendQuery, UnitTrendQueryVariables>;
export const UnitsDocument = new TypedDocumentString(`
    query Units($kind: UnitKind) {
  units(kind: $kind) {
    code
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<UnitsQuery, UnitsQueryVariables>;
export const UpdateSavedViewDocument = new TypedDocumentString(`
    mutation UpdateSavedView($id: String!, $input: SavedViewInput!, $expectedVersion: Int!) {
  updateSavedView(id: $id, input: $input, expectedVersion: $expectedVersion) {
    ...SavedViewInfo
  }
}
    fragment SavedViewInfo on SavedView {
  id
  name
  url
  isStart
  version
  updatedAt
}`) as unknown as TypedDocumentString<UpdateSavedViewMutation, UpdateSavedViewMutationVariables>;
export const UpdateSchemeDraftDocument = new TypedDocumentString(`
    mutation UpdateSchemeDraft($version: Int!, $expectedRevision: Int!, $json: String!) {
  updateSchemeDraft(
    version: $version
    expectedRevision: $expectedRevision
    json: $json
  ) {
    ...SchemeVersion
  }
}
    fragment SchemeVersion on Scheme {
  version
  revision
  frozen
  basedOn
  name
  json
  createdAt
  createdBy
  updatedAt
  updatedBy
}`) as unknown as TypedDocumentString<UpdateSchemeDraftMutation, UpdateSchemeDraftMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: String!, $input: UpdateUserInput!, $expectedVersion: Int!) {
  updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  username
  displayName
  role
  unit {
    code
    name
  }
  disabled
  version
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users {
    ...AdminUser
  }
}
    fragment AdminUser on User {
  id
  username
  displayName
  role
  unit {
    code
    name
  }
  disabled
  version
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const WorkdayYearDocument = new TypedDocumentString(`
    query WorkdayYear($year: Int!) {
  workdayYear(year: $year) {
    ...WorkdayYearInfo
  }
}
    fragment WorkdayYearInfo on WorkdayYear {
  year
  covered
  newestCoveredYear
  days {
    date
    working
    source
    note
    libraryWorking
  }
}`) as unknown as TypedDocumentString<WorkdayYearQuery, WorkdayYearQueryVariables>;
export const SetWorkdayDocument = new TypedDocumentString(`
    mutation SetWorkday($date: String!, $working: Boolean, $note: String) {
  setWorkday(date: $date, working: $working, note: $note) {
    ...WorkdayYearInfo
  }
}
    fragment WorkdayYearInfo on WorkdayYear {
  year
  covered
  newestCoveredYear
  days {
    date
    working
    source
    note
    libraryWorking
  }
}`) as unknown as TypedDocumentString<SetWorkdayMutation, SetWorkdayMutationVariables>;