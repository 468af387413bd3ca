/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment AdminUser on User {\n  id\n  username\n  displayName\n  role\n  unit {\n    code\n    name\n  }\n  disabled\n  version\n}": typeof types.AdminUserFragmentDoc,
    "fragment AdminApiToken on ApiToken {\n  id\n  name\n  prefix\n  username\n  userId\n  createdAt\n  createdBy\n  lastUsedAt\n  revokedAt\n}\n\nquery ApiTokens {\n  apiTokens {\n    ...AdminApiToken\n  }\n}": typeof types.AdminApiTokenFragmentDoc,
    "query AppInfo {\n  appInfo {\n    demoData\n    version\n    today\n  }\n}": typeof types.AppInfoDocument,
    "fragment AppealInfo on Appeal {\n  id\n  unit {\n    code\n    name\n  }\n  period\n  indicatorId\n  recordId\n  reason\n  state\n  decisionNote\n  decidedAt\n  decidedBy\n  version\n  createdAt\n  createdBy\n}\n\nquery Appeals($period: String, $unitCode: String, $state: AppealState) {\n  appeals(period: $period, unitCode: $unitCode, state: $state) {\n    ...AppealInfo\n  }\n}\n\nquery Appeal($id: ID!) {\n  appeal(id: $id) {\n    ...AppealInfo\n    timeline {\n      ...TimelineEventInfo\n    }\n    files {\n      ...EvidenceFileInfo\n    }\n  }\n}\n\nquery AppealWindow($period: String!) {\n  appealWindow(period: $period) {\n    period\n    publishedOn\n    appealsCloseOn\n    open\n  }\n}\n\nmutation CreateAppeal($input: AppealInput!) {\n  createAppeal(input: $input) {\n    ...AppealInfo\n  }\n}\n\nmutation DecideAppeal($id: ID!, $decision: AppealDecision!, $expectedVersion: Int!, $note: String) {\n  decideAppeal(\n    id: $id\n    decision: $decision\n    expectedVersion: $expectedVersion\n    note: $note\n  ) {\n    ...AppealInfo\n  }\n}": typeof types.AppealInfoFragmentDoc,
    "query AuditLog($first: Int!, $after: String, $action: String, $actor: String, $from: String, $to: String) {\n  auditLog(\n    first: $first\n    after: $after\n    action: $action\n    actor: $actor\n    from: $from\n    to: $to\n  ) {\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    entries {\n      id\n      at\n      actorUsername\n      actorName\n      action\n      entityType\n      entityId\n      entityName\n      before\n      after\n      ip\n    }\n  }\n}": typeof types.AuditLogDocument,
    "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}": typeof types.ChangePasswordDocument,
    "query CityTrend($from: String!, $to: String!, $scope: RankingScope) {\n  cityTrend(from: $from, to: $to, scope: $scope) {\n    period\n    average\n    excellent\n    good\n    pass\n    fail\n    ranked\n  }\n}": typeof types.CityTrendDocument,
    "mutation CreateApiToken($userId: String!, $name: String!) {\n  createApiToken(userId: $userId, name: $name) {\n    token\n    apiToken {\n      ...AdminApiToken\n    }\n  }\n}": typeof types.CreateApiTokenDocument,
    "mutation CreateSavedView($input: SavedViewInput!, $start: Boolean) {\n  createSavedView(input: $input, start: $start) {\n    ...SavedViewInfo\n  }\n}": typeof types.CreateSavedViewDocument,
    "mutation CreateSchemeDraft($fromVersion: Int!) {\n  createSchemeDraft(fromVersion: $fromVersion) {\n    ...SchemeVersion\n  }\n}": typeof types.CreateSchemeDraftDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...AdminUser\n  }\n}": typeof types.CreateUserDocument,
    "mutation DeleteSavedView($id: String!) {\n  deleteSavedView(id: $id)\n}": typeof types.DeleteSavedViewDocument,
    "mutation DisableUser($id: String!) {\n  disableUser(id: $id) {\n    ...AdminUser\n  }\n}": typeof types.DisableUserDocument,
    "query EarlyWarning($scope: RankingScope, $unitCode: String, $withHistory: Boolean!) {\n  earlyWarning(scope: $scope, unitCode: $unitCode) {\n    scope\n    today\n    target {\n      id\n      asOf\n    }\n    basedOn\n    historyMonths\n    model {\n      alpha\n      beta\n      phi\n      window\n      minHistory\n      penaltyWindow\n      rangeLow\n      rangeHigh\n    }\n    units {\n      unit {\n        code\n        name\n        kind\n      }\n      lastComposite\n      lastGrade\n      expected\n      low\n      high\n      expectedGrade\n      flag\n      monthToDate\n      monthToDateGrade\n      drivers {\n        indicatorId\n        label\n        shownPoints\n        text\n      }\n      history @include(if: $withHistory) {\n        period\n        expected\n        low\n        high\n        actual\n      }\n    }\n    backtest {\n      overall {\n        ...BacktestFigures\n      }\n      months {\n        period\n        ...BacktestFigures\n      }\n    }\n  }\n}\n\nfragment BacktestFigures on BacktestFigures {\n  forecasts\n  mae\n  naiveMae\n  gradeHits\n  gradeHitRate\n  ranged\n  covered\n  coverage\n  predictedFlags\n  actualFlags\n  truePositives\n  precision\n  recall\n}": typeof types.EarlyWarningDocument,
    "query Evidence($unitCode: String!, $period: String!, $indicatorId: String!, $first: Int, $after: String, $onlyAgainst: Boolean) {\n  evidence(\n    unitCode: $unitCode\n    period: $period\n    indicatorId: $indicatorId\n    first: $first\n    after: $after\n    onlyAgainst: $onlyAgainst\n  ) {\n    totalCount\n    againstCount\n    liveTotalCount\n    liveAgainstCount\n    changedSincePublication\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    rows {\n      recordId\n      recordKind\n      date\n      countedAgainst\n      reasonCode\n      reason\n      fields {\n        name\n        value\n      }\n    }\n  }\n}": typeof types.EvidenceDocument,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      id\n      username\n      displayName\n      role\n      unit {\n        code\n        name\n        kind\n      }\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query ManualValues($indicatorId: String!) {\n  manualValues(indicatorId: $indicatorId) {\n    unitCode\n    period\n    value\n  }\n}": typeof types.ManualValuesDocument,
    "query Me {\n  me {\n    id\n    username\n    displayName\n    role\n    unit {\n      code\n      name\n      kind\n    }\n  }\n}": typeof types.MeDocument,
    "query MeasureValues($period: String!) {\n  measureValues(period: $period) {\n    period\n    units {\n      unit {\n        code\n        name\n        kind\n      }\n      values {\n        measureId\n        value\n        numerator\n        denominator\n      }\n    }\n  }\n}": typeof types.MeasureValuesDocument,
    "query Notifications($first: Int) {\n  notifications(first: $first) {\n    unreadCount\n    items {\n      id\n      kind\n      subjectType\n      subjectId\n      unitCode\n      indicatorId\n      period\n      createdAt\n      read\n    }\n  }\n}\n\nmutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}": typeof types.NotificationsDocument,
    "query Periods {\n  periods {\n    id\n    kind\n    start\n    end\n    hasData\n    published\n    asOf\n  }\n}": typeof types.PeriodsDocument,
    "query Publications($period: String) {\n  publications(period: $period) {\n    ...PublicationInfo\n  }\n}\n\nfragment PublicationInfo on Publication {\n  id\n  period\n  seq\n  schemeVersion\n  reason\n  publishedAt\n  publishedBy\n  latest\n}": typeof types.PublicationsDocument,
    "mutation PublishPeriod($period: String!, $schemeVersion: Int!, $reason: String) {\n  publishPeriod(period: $period, schemeVersion: $schemeVersion, reason: $reason) {\n    ...PublicationInfo\n  }\n}": typeof types.PublishPeriodDocument,
    "query PublishPreview($period: String!, $schemeVersion: Int!) {\n  ranking(period: $period, scope: ALL, schemeVersion: $schemeVersion) {\n    schemeVersion\n    rows {\n      unit {\n        code\n        name\n      }\n      rank\n      composite\n      grade\n    }\n  }\n}": typeof types.PublishPreviewDocument,
    "query Ranking($period: String!, $scope: RankingScope, $publication: String) {\n  ranking(period: $period, scope: $scope, publication: $publication) {\n    period {\n      id\n      kind\n      start\n      end\n      hasData\n      asOf\n    }\n    scope\n    previousPeriod\n    schemeVersion\n    published\n    publishedAt\n    publication {\n      ...PublicationInfo\n    }\n    average\n    dimensionAverages {\n      id\n      name\n      nameEn\n      average\n    }\n    rows {\n      unit {\n        code\n        name\n        kind\n      }\n      rank\n      previousRank\n      rankChange\n      composite\n      grade\n      penalty\n      incidents\n      dimensions {\n        id\n        name\n        nameEn\n        weight\n        score\n        applicable\n      }\n    }\n  }\n}": typeof types.RankingDocument,
    "query RankingHeatmap($period: String!, $scope: RankingScope) {\n  ranking(period: $period, scope: $scope) {\n    period {\n      id\n    }\n    rows {\n      unit {\n        code\n      }\n      subIndicators {\n        id\n        dimensionId\n        name\n        nameEn\n        score\n        applicable\n        value\n        valueKind\n        valueDecimals\n        valueUnit\n        numerator\n        denominator\n        pointsLost\n      }\n    }\n  }\n}": typeof types.RankingHeatmapDocument,
    "fragment RemediationItemInfo on RemediationItem {\n  id\n  unit {\n    code\n    name\n  }\n  period\n  source\n  dimensionId\n  indicatorId\n  measureId\n  topic\n  description\n  scoreAtOpen\n  pointsLost\n  threshold\n  state\n  openedOn\n  deadline\n  overdue\n  dueSoon\n  deadlineStatus\n  workingDaysLeft\n  verifiedOn\n  version\n  updatedAt\n}\n\nquery RemediationItems($period: String, $unitCode: String, $state: RemediationState) {\n  remediationItems(period: $period, unitCode: $unitCode, state: $state) {\n    ...RemediationItemInfo\n  }\n}\n\nquery RemediationItem($id: ID!) {\n  remediationItem(id: $id) {\n    ...RemediationItemInfo\n    timeline {\n      ...TimelineEventInfo\n    }\n    files {\n      ...EvidenceFileInfo\n    }\n  }\n}\n\nmutation RemediationAction($id: ID!, $action: RemediationAction!, $expectedVersion: Int!, $note: String) {\n  remediationAction(\n    id: $id\n    action: $action\n    expectedVersion: $expectedVersion\n    note: $note\n  ) {\n    ...RemediationItemInfo\n  }\n}\n\nmutation AddRemediationNote($id: ID!, $note: String!) {\n  addRemediationNote(id: $id, note: $note) {\n    id\n  }\n}\n\nmutation OpenRemediationItem($input: OpenRemediationInput!) {\n  openRemediationItem(input: $input) {\n    ...RemediationItemInfo\n  }\n}\n\nquery RemediationSummary($period: String) {\n  remediationSummary(period: $period) {\n    units {\n      unit {\n        code\n        name\n      }\n      total\n      open\n      overdue\n      verified\n      verifiedOnTime\n      onTimeRate\n      averageDaysToVerify\n    }\n    periods {\n      period\n      total\n      open\n      overdue\n      verified\n      onTimeRate\n      averageDaysToVerify\n    }\n  }\n}\n\nquery WorkdayExceptions($from: String!, $to: String!) {\n  workdayExceptions(from: $from, to: $to) {\n    date\n    working\n  }\n}": typeof types.RemediationItemInfoFragmentDoc,
    "mutation ResetUserPassword($id: String!, $newPassword: String!) {\n  resetUserPassword(id: $id, newPassword: $newPassword)\n}": typeof types.ResetUserPasswordDocument,
    "mutation RevokeApiToken($id: String!) {\n  revokeApiToken(id: $id) {\n    ...AdminApiToken\n  }\n}": typeof types.RevokeApiTokenDocument,
    "query SavedViews {\n  savedViews {\n    ...SavedViewInfo\n  }\n}\n\nfragment SavedViewInfo on SavedView {\n  id\n  name\n  url\n  isStart\n  version\n  updatedAt\n}": typeof types.SavedViewsDocument,
    "query Schemes {\n  schemes {\n    ...SchemeVersion\n  }\n}\n\nfragment SchemeVersion on Scheme {\n  version\n  revision\n  frozen\n  basedOn\n  name\n  json\n  createdAt\n  createdBy\n  updatedAt\n  updatedBy\n}": typeof types.SchemesDocument,
    "query ScoreChange($unitCode: String!, $period: String!, $scope: RankingScope) {\n  scoreChange(unitCode: $unitCode, period: $period, scope: $scope) {\n    unit {\n      code\n      name\n    }\n    period {\n      id\n      asOf\n    }\n    previousPeriod\n    from\n    to\n    locale\n    parts {\n      indicatorId\n      kind\n      points\n      shownPoints\n      label\n      text\n      hasRecords\n    }\n  }\n}": typeof types.ScoreChangeDocument,
    "mutation SetManualValues($indicatorId: String!, $period: String!, $values: [ManualValueInput!]!) {\n  setManualValues(indicatorId: $indicatorId, period: $period, values: $values) {\n    unitCode\n    value\n  }\n}": typeof types.SetManualValuesDocument,
    "mutation SetStartView($id: String) {\n  setStartView(id: $id) {\n    ...SavedViewInfo\n  }\n}": typeof types.SetStartViewDocument,
    "fragment TimelineEventInfo on TimelineEvent {\n  id\n  at\n  actor\n  kind\n  fromState\n  toState\n  note\n  fileId\n}\n\nfragment EvidenceFileInfo on EvidenceFile {\n  id\n  name\n  contentType\n  size\n  uploadedAt\n  uploadedBy\n  url\n}": typeof types.TimelineEventInfoFragmentDoc,
    "query UnitScorecard($unitCode: String!, $period: String!, $scope: RankingScope, $publication: String) {\n  unitScorecard(\n    unitCode: $unitCode\n    period: $period\n    scope: $scope\n    publication: $publication\n  ) {\n    unit {\n      code\n      name\n      kind\n    }\n    period {\n      id\n      kind\n      start\n      end\n      hasData\n      asOf\n    }\n    scope\n    schemeVersion\n    published\n    publishedAt\n    publication {\n      ...PublicationInfo\n    }\n    rank\n    previousRank\n    rankChange\n    rankedCount\n    composite\n    compositeBeforePenalty\n    grade\n    penalty\n    incidents\n    dimensions {\n      id\n      name\n      nameEn\n      weight\n      score\n      applicable\n      cityAverage\n      subIndicators {\n        id\n        dimensionId\n        name\n        nameEn\n        measureId\n        weight\n        rule\n        ruleKind\n        value\n        valueKind\n        valueDecimals\n        valueUnit\n        numerator\n        denominator\n        score\n        pointsLost\n        applicable\n      }\n    }\n  }\n}": typeof types.UnitScorecardDocument,
    "query UnitTrend($unitCode: String!, $from: String!, $to: String!, $scope: RankingScope) {\n  unitTrend(unitCode: $unitCode, from: $from, to: $to, scope: $scope) {\n    period {\n      id\n    }\n    rank\n    rankedCount\n    composite\n    grade\n    dimensions {\n      id\n      score\n    }\n  }\n}": typeof types.UnitTrendDocument,
    "query Units($kind: UnitKind) {\n  units(kind: $kind) {\n    code\n    name\n    kind\n  }\n}": typeof types.UnitsDocument,
    "mutation UpdateSavedView($id: String!, $input: SavedViewInput!, $expectedVersion: Int!) {\n  updateSavedView(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...SavedViewInfo\n  }\n}": typeof types.UpdateSavedViewDocument,
    "mutation UpdateSchemeDraft($version: Int!, $expectedRevision: Int!, $json: String!) {\n  updateSchemeDraft(\n    version: $version\n    expectedRevision: $expectedRevision\n    json: $json\n  ) {\n    ...SchemeVersion\n  }\n}": typeof types.UpdateSchemeDraftDocument,
    "mutation UpdateUser($id: String!, $input: UpdateUserInput!, $expectedVersion: Int!) {\n  updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...AdminUser\n  }\n}": typeof types.UpdateUserDocument,
    "query Users {\n  users {\n    ...AdminUser\n  }\n}": typeof types.UsersDocument,
    "fragment WorkdayYearInfo on WorkdayYear {\n  year\n  covered\n  newestCoveredYear\n  days {\n    date\n    working\n    source\n    note\n    libraryWorking\n  }\n}\n\nquery WorkdayYear($year: Int!) {\n  workdayYear(year: $year) {\n    ...WorkdayYearInfo\n  }\n}\n\nmutation SetWorkday($date: String!, $working: Boolean, $note: String) {\n  setWorkday(date: $date, working: $working, note: $note) {\n    ...WorkdayYearInfo\n  }\n}": typeof types.WorkdayYearInfoFragmentDoc,
};
const documents: Documents = {
    "fragment AdminUser on User {\n  id\n  username\n  displayName\n  role\n  unit {\n    code\n    name\n  }\n  disabled\n  version\n}": types.AdminUserFragmentDoc,
    "fragment AdminApiToken on ApiToken {\n  id\n  name\n  prefix\n  username\n  userId\n  createdAt\n  createdBy\n  lastUsedAt\n  revokedAt\n}\n\nquery ApiTokens {\n  apiTokens {\n    ...AdminApiToken\n  }\n}": types.AdminApiTokenFragmentDoc,
    "query AppInfo {\n  appInfo {\n    demoData\n    version\n    today\n  }\n}": types.AppInfoDocument,
    "fragment AppealInfo on Appeal {\n  id\n  unit {\n    code\n    name\n  }\n  period\n  indicatorId\n  recordId\n  reason\n  state\n  decisionNote\n  decidedAt\n  decidedBy\n  version\n  createdAt\n  createdBy\n}\n\nquery Appeals($period: String, $unitCode: String, $state: AppealState) {\n  appeals(period: $period, unitCode: $unitCode, state: $state) {\n    ...AppealInfo\n  }\n}\n\nquery Appeal($id: ID!) {\n  appeal(id: $id) {\n    ...AppealInfo\n    timeline {\n      ...TimelineEventInfo\n    }\n    files {\n      ...EvidenceFileInfo\n    }\n  }\n}\n\nquery AppealWindow($period: String!) {\n  appealWindow(period: $period) {\n    period\n    publishedOn\n    appealsCloseOn\n    open\n  }\n}\n\nmutation CreateAppeal($input: AppealInput!) {\n  createAppeal(input: $input) {\n    ...AppealInfo\n  }\n}\n\nmutation DecideAppeal($id: ID!, $decision: AppealDecision!, $expectedVersion: Int!, $note: String) {\n  decideAppeal(\n    id: $id\n    decision: $decision\n    expectedVersion: $expectedVersion\n    note: $note\n  ) {\n    ...AppealInfo\n  }\n}": types.AppealInfoFragmentDoc,
    "query AuditLog($first: Int!, $after: String, $action: String, $actor: String, $from: String, $to: String) {\n  auditLog(\n    first: $first\n    after: $after\n    action: $action\n    actor: $actor\n    from: $from\n    to: $to\n  ) {\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    entries {\n      id\n      at\n      actorUsername\n      actorName\n      action\n      entityType\n      entityId\n      entityName\n      before\n      after\n      ip\n    }\n  }\n}": types.AuditLogDocument,
    "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}": types.ChangePasswordDocument,
    "query CityTrend($from: String!, $to: String!, $scope: RankingScope) {\n  cityTrend(from: $from, to: $to, scope: $scope) {\n    period\n    average\n    excellent\n    good\n    pass\n    fail\n    ranked\n  }\n}": types.CityTrendDocument,
    "mutation CreateApiToken($userId: String!, $name: String!) {\n  createApiToken(userId: $userId, name: $name) {\n    token\n    apiToken {\n      ...AdminApiToken\n    }\n  }\n}": types.CreateApiTokenDocument,
    "mutation CreateSavedView($input: SavedViewInput!, $start: Boolean) {\n  createSavedView(input: $input, start: $start) {\n    ...SavedViewInfo\n  }\n}": types.CreateSavedViewDocument,
    "mutation CreateSchemeDraft($fromVersion: Int!) {\n  createSchemeDraft(fromVersion: $fromVersion) {\n    ...SchemeVersion\n  }\n}": types.CreateSchemeDraftDocument,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...AdminUser\n  }\n}": types.CreateUserDocument,
    "mutation DeleteSavedView($id: String!) {\n  deleteSavedView(id: $id)\n}": types.DeleteSavedViewDocument,
    "mutation DisableUser($id: String!) {\n  disableUser(id: $id) {\n    ...AdminUser\n  }\n}": types.DisableUserDocument,
    "query EarlyWarning($scope: RankingScope, $unitCode: String, $withHistory: Boolean!) {\n  earlyWarning(scope: $scope, unitCode: $unitCode) {\n    scope\n    today\n    target {\n      id\n      asOf\n    }\n    basedOn\n    historyMonths\n    model {\n      alpha\n      beta\n      phi\n      window\n      minHistory\n      penaltyWindow\n      rangeLow\n      rangeHigh\n    }\n    units {\n      unit {\n        code\n        name\n        kind\n      }\n      lastComposite\n      lastGrade\n      expected\n      low\n      high\n      expectedGrade\n      flag\n      monthToDate\n      monthToDateGrade\n      drivers {\n        indicatorId\n        label\n        shownPoints\n        text\n      }\n      history @include(if: $withHistory) {\n        period\n        expected\n        low\n        high\n        actual\n      }\n    }\n    backtest {\n      overall {\n        ...BacktestFigures\n      }\n      months {\n        period\n        ...BacktestFigures\n      }\n    }\n  }\n}\n\nfragment BacktestFigures on BacktestFigures {\n  forecasts\n  mae\n  naiveMae\n  gradeHits\n  gradeHitRate\n  ranged\n  covered\n  coverage\n  predictedFlags\n  actualFlags\n  truePositives\n  precision\n  recall\n}": types.EarlyWarningDocument,
    "query Evidence($unitCode: String!, $period: String!, $indicatorId: String!, $first: Int, $after: String, $onlyAgainst: Boolean) {\n  evidence(\n    unitCode: $unitCode\n    period: $period\n    indicatorId: $indicatorId\n    first: $first\n    after: $after\n    onlyAgainst: $onlyAgainst\n  ) {\n    totalCount\n    againstCount\n    liveTotalCount\n    liveAgainstCount\n    changedSincePublication\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    rows {\n      recordId\n      recordKind\n      date\n      countedAgainst\n      reasonCode\n      reason\n      fields {\n        name\n        value\n      }\n    }\n  }\n}": types.EvidenceDocument,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      id\n      username\n      displayName\n      role\n      unit {\n        code\n        name\n        kind\n      }\n    }\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query ManualValues($indicatorId: String!) {\n  manualValues(indicatorId: $indicatorId) {\n    unitCode\n    period\n    value\n  }\n}": types.ManualValuesDocument,
    "query Me {\n  me {\n    id\n    username\n    displayName\n    role\n    unit {\n      code\n      name\n      kind\n    }\n  }\n}": types.MeDocument,
    "query MeasureValues($period: String!) {\n  measureValues(period: $period) {\n    period\n    units {\n      unit {\n        code\n        name\n        kind\n      }\n      values {\n        measureId\n        value\n        numerator\n        denominator\n      }\n    }\n  }\n}": types.MeasureValuesDocument,
    "query Notifications($first: Int) {\n  notifications(first: $first) {\n    unreadCount\n    items {\n      id\n      kind\n      subjectType\n      subjectId\n      unitCode\n      indicatorId\n      period\n      createdAt\n      read\n    }\n  }\n}\n\nmutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}": types.NotificationsDocument,
    "query Periods {\n  periods {\n    id\n    kind\n    start\n    end\n    hasData\n    published\n    asOf\n  }\n}": types.PeriodsDocument,
    "query Publications($period: String) {\n  publications(period: $period) {\n    ...PublicationInfo\n  }\n}\n\nfragment PublicationInfo on Publication {\n  id\n  period\n  seq\n  schemeVersion\n  reason\n  publishedAt\n  publishedBy\n  latest\n}": types.PublicationsDocument,
    "mutation PublishPeriod($period: String!, $schemeVersion: Int!, $reason: String) {\n  publishPeriod(period: $period, schemeVersion: $schemeVersion, reason: $reason) {\n    ...PublicationInfo\n  }\n}": types.PublishPeriodDocument,
    "query PublishPreview($period: String!, $schemeVersion: Int!) {\n  ranking(period: $period, scope: ALL, schemeVersion: $schemeVersion) {\n    schemeVersion\n    rows {\n      unit {\n        code\n        name\n      }\n      rank\n      composite\n      grade\n    }\n  }\n}": types.PublishPreviewDocument,
    "query Ranking($period: String!, $scope: RankingScope, $publication: String) {\n  ranking(period: $period, scope: $scope, publication: $publication) {\n    period {\n      id\n      kind\n      start\n      end\n      hasData\n      asOf\n    }\n    scope\n    previousPeriod\n    schemeVersion\n    published\n    publishedAt\n    publication {\n      ...PublicationInfo\n    }\n    average\n    dimensionAverages {\n      id\n      name\n      nameEn\n      average\n    }\n    rows {\n      unit {\n        code\n        name\n        kind\n      }\n      rank\n      previousRank\n      rankChange\n      composite\n      grade\n      penalty\n      incidents\n      dimensions {\n        id\n        name\n        nameEn\n        weight\n        score\n        applicable\n      }\n    }\n  }\n}": types.RankingDocument,
    "query RankingHeatmap($period: String!, $scope: RankingScope) {\n  ranking(period: $period, scope: $scope) {\n    period {\n      id\n    }\n    rows {\n      unit {\n        code\n      }\n      subIndicators {\n        id\n        dimensionId\n        name\n        nameEn\n        score\n        applicable\n        value\n        valueKind\n        valueDecimals\n        valueUnit\n        numerator\n        denominator\n        pointsLost\n      }\n    }\n  }\n}": types.RankingHeatmapDocument,
    "fragment RemediationItemInfo on RemediationItem {\n  id\n  unit {\n    code\n    name\n  }\n  period\n  source\n  dimensionId\n  indicatorId\n  measureId\n  topic\n  description\n  scoreAtOpen\n  pointsLost\n  threshold\n  state\n  openedOn\n  deadline\n  overdue\n  dueSoon\n  deadlineStatus\n  workingDaysLeft\n  verifiedOn\n  version\n  updatedAt\n}\n\nquery RemediationItems($period: String, $unitCode: String, $state: RemediationState) {\n  remediationItems(period: $period, unitCode: $unitCode, state: $state) {\n    ...RemediationItemInfo\n  }\n}\n\nquery RemediationItem($id: ID!) {\n  remediationItem(id: $id) {\n    ...RemediationItemInfo\n    timeline {\n      ...TimelineEventInfo\n    }\n    files {\n      ...EvidenceFileInfo\n    }\n  }\n}\n\nmutation RemediationAction($id: ID!, $action: RemediationAction!, $expectedVersion: Int!, $note: String) {\n  remediationAction(\n    id: $id\n    action: $action\n    expectedVersion: $expectedVersion\n    note: $note\n  ) {\n    ...RemediationItemInfo\n  }\n}\n\nmutation AddRemediationNote($id: ID!, $note: String!) {\n  addRemediationNote(id: $id, note: $note) {\n    id\n  }\n}\n\nmutation OpenRemediationItem($input: OpenRemediationInput!) {\n  openRemediationItem(input: $input) {\n    ...RemediationItemInfo\n  }\n}\n\nquery RemediationSummary($period: String) {\n  remediationSummary(period: $period) {\n    units {\n      unit {\n        code\n        name\n      }\n      total\n      open\n      overdue\n      verified\n      verifiedOnTime\n      onTimeRate\n      averageDaysToVerify\n    }\n    periods {\n      period\n      total\n      open\n      overdue\n      verified\n      onTimeRate\n      averageDaysToVerify\n    }\n  }\n}\n\nquery WorkdayExceptions($from: String!, $to: String!) {\n  workdayExceptions(from: $from, to: $to) {\n    date\n    working\n  }\n}": types.RemediationItemInfoFragmentDoc,
    "mutation ResetUserPassword($id: String!, $newPassword: String!) {\n  resetUserPassword(id: $id, newPassword: $newPassword)\n}": types.ResetUserPasswordDocument,
    "mutation RevokeApiToken($id: String!) {\n  revokeApiToken(id: $id) {\n    ...AdminApiToken\n  }\n}": types.RevokeApiTokenDocument,
    "query SavedViews {\n  savedViews {\n    ...SavedViewInfo\n  }\n}\n\nfragment SavedViewInfo on SavedView {\n  id\n  name\n  url\n  isStart\n  version\n  updatedAt\n}": types.SavedViewsDocument,
    "query Schemes {\n  schemes {\n    ...SchemeVersion\n  }\n}\n\nfragment SchemeVersion on Scheme {\n  version\n  revision\n  frozen\n  basedOn\n  name\n  json\n  createdAt\n  createdBy\n  updatedAt\n  updatedBy\n}": types.SchemesDocument,
    "query ScoreChange($unitCode: String!, $period: String!, $scope: RankingScope) {\n  scoreChange(unitCode: $unitCode, period: $period, scope: $scope) {\n    unit {\n      code\n      name\n    }\n    period {\n      id\n      asOf\n    }\n    previousPeriod\n    from\n    to\n    locale\n    parts {\n      indicatorId\n      kind\n      points\n      shownPoints\n      label\n      text\n      hasRecords\n    }\n  }\n}": types.ScoreChangeDocument,
    "mutation SetManualValues($indicatorId: String!, $period: String!, $values: [ManualValueInput!]!) {\n  setManualValues(indicatorId: $indicatorId, period: $period, values: $values) {\n    unitCode\n    value\n  }\n}": types.SetManualValuesDocument,
    "mutation SetStartView($id: String) {\n  setStartView(id: $id) {\n    ...SavedViewInfo\n  }\n}": types.SetStartViewDocument,
    "fragment TimelineEventInfo on TimelineEvent {\n  id\n  at\n  actor\n  kind\n  fromState\n  toState\n  note\n  fileId\n}\n\nfragment EvidenceFileInfo on EvidenceFile {\n  id\n  name\n  contentType\n  size\n  uploadedAt\n  uploadedBy\n  url\n}": types.TimelineEventInfoFragmentDoc,
    "query UnitScorecard($unitCode: String!, $period: String!, $scope: RankingScope, $publication: String) {\n  unitScorecard(\n    unitCode: $unitCode\n    period: $period\n    scope: $scope\n    publication: $publication\n  ) {\n    unit {\n      code\n      name\n      kind\n    }\n    period {\n      id\n      kind\n      start\n      end\n      hasData\n      asOf\n    }\n    scope\n    schemeVersion\n    published\n    publishedAt\n    publication {\n      ...PublicationInfo\n    }\n    rank\n    previousRank\n    rankChange\n    rankedCount\n    composite\n    compositeBeforePenalty\n    grade\n    penalty\n    incidents\n    dimensions {\n      id\n      name\n      nameEn\n      weight\n      score\n      applicable\n      cityAverage\n      subIndicators {\n        id\n        dimensionId\n        name\n        nameEn\n        measureId\n        weight\n        rule\n        ruleKind\n        value\n        valueKind\n        valueDecimals\n        valueUnit\n        numerator\n        denominator\n        score\n        pointsLost\n        applicable\n      }\n    }\n  }\n}": types.UnitScorecardDocument,
    "query UnitTrend($unitCode: String!, $from: String!, $to: String!, $scope: RankingScope) {\n  unitTrend(unitCode: $unitCode, from: $from, to: $to, scope: $scope) {\n    period {\n      id\n    }\n    rank\n    rankedCount\n    composite\n    grade\n    dimensions {\n      id\n      score\n    }\n  }\n}": types.UnitTrendDocument,
    "query Units($kind: UnitKind) {\n  units(kind: $kind) {\n    code\n    name\n    kind\n  }\n}": types.UnitsDocument,
    "mutation UpdateSavedView($id: String!, $input: SavedViewInput!, $expectedVersion: Int!) {\n  updateSavedView(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...SavedViewInfo\n  }\n}": types.UpdateSavedViewDocument,
    "mutation UpdateSchemeDraft($version: Int!, $expectedRevision: Int!, $json: String!) {\n  updateSchemeDraft(\n    version: $version\n    expectedRevision: $expectedRevision\n    json: $json\n  ) {\n    ...SchemeVersion\n  }\n}": types.UpdateSchemeDraftDocument,
    "mutation UpdateUser($id: String!, $input: UpdateUserInput!, $expectedVersion: Int!) {\n  updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...AdminUser\n  }\n}": types.UpdateUserDocument,
    "query Users {\n  users {\n    ...AdminUser\n  }\n}": types.UsersDocument,
    "fragment WorkdayYearInfo on WorkdayYear {\n  year\n  covered\n  newestCoveredYear\n  days {\n    date\n    working\n    source\n    note\n    libraryWorking\n  }\n}\n\nquery WorkdayYear($year: Int!) {\n  workdayYear(year: $year) {\n    ...WorkdayYearInfo\n  }\n}\n\nmutation SetWorkday($date: String!, $working: Boolean, $note: String) {\n  setWorkday(date: $date, working: $working, note: $note) {\n    ...WorkdayYearInfo\n  }\n}": types.WorkdayYearInfoFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdminUser on User {\n  id\n  username\n  displayName\n  role\n  unit {\n    code\n    name\n  }\n  disabled\n  version\n}"): typeof import('./graphql').AdminUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdminApiToken on ApiToken {\n  id\n  name\n  prefix\n  username\n  userId\n  createdAt\n  createdBy\n  lastUsedAt\n  revokedAt\n}\n\nquery ApiTokens {\n  apiTokens {\n    ...AdminApiToken\n  }\n}"): typeof import('./graphql').AdminApiTokenFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppInfo {\n  appInfo {\n    demoData\n    version\n    today\n  }\n}"): typeof import('./graphql').AppInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AppealInfo on Appeal {\n  id\n  unit {\n    code\n    name\n  }\n  period\n  indicatorId\n  recordId\n  reason\n  state\n  decisionNote\n  decidedAt\n  decidedBy\n  version\n  createdAt\n  createdBy\n}\n\nquery Appeals($period: String, $unitCode: String, $state: AppealState) {\n  appeals(period: $period, unitCode: $unitCode, state: $state) {\n    ...AppealInfo\n  }\n}\n\nquery Appeal($id: ID!) {\n  appeal(id: $id) {\n    ...AppealInfo\n    timeline {\n      ...TimelineEventInfo\n    }\n    files {\n      ...EvidenceFileInfo\n    }\n  }\n}\n\nquery AppealWindow($period: String!) {\n  appealWindow(period: $period) {\n    period\n    publishedOn\n    appealsCloseOn\n    open\n  }\n}\n\nmutation CreateAppeal($input: AppealInput!) {\n  createAppeal(input: $input) {\n    ...AppealInfo\n  }\n}\n\nmutation DecideAppeal($id: ID!, $decision: AppealDecision!, $expectedVersion: Int!, $note: String) {\n  decideAppeal(\n    id: $id\n    decision: $decision\n    expectedVersion: $expectedVersion\n    note: $note\n  ) {\n    ...AppealInfo\n  }\n}"): typeof import('./graphql').AppealInfoFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($first: Int!, $after: String, $action: String, $actor: String, $from: String, $to: String) {\n  auditLog(\n    first: $first\n    after: $after\n    action: $action\n    actor: $actor\n    from: $from\n    to: $to\n  ) {\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    entries {\n      id\n      at\n      actorUsername\n      actorName\n      action\n      entityType\n      entityId\n      entityName\n      before\n      after\n      ip\n    }\n  }\n}"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CityTrend($from: String!, $to: String!, $scope: RankingScope) {\n  cityTrend(from: $from, to: $to, scope: $scope) {\n    period\n    average\n    excellent\n    good\n    pass\n    fail\n    ranked\n  }\n}"): typeof import('./graphql').CityTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiToken($userId: String!, $name: String!) {\n  createApiToken(userId: $userId, name: $name) {\n    token\n    apiToken {\n      ...AdminApiToken\n    }\n  }\n}"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSavedView($input: SavedViewInput!, $start: Boolean) {\n  createSavedView(input: $input, start: $start) {\n    ...SavedViewInfo\n  }\n}"): typeof import('./graphql').CreateSavedViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSchemeDraft($fromVersion: Int!) {\n  createSchemeDraft(fromVersion: $fromVersion) {\n    ...SchemeVersion\n  }\n}"): typeof import('./graphql').CreateSchemeDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...AdminUser\n  }\n}"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteSavedView($id: String!) {\n  deleteSavedView(id: $id)\n}"): typeof import('./graphql').DeleteSavedViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisableUser($id: String!) {\n  disableUser(id: $id) {\n    ...AdminUser\n  }\n}"): typeof import('./graphql').DisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EarlyWarning($scope: RankingScope, $unitCode: String, $withHistory: Boolean!) {\n  earlyWarning(scope: $scope, unitCode: $unitCode) {\n    scope\n    today\n    target {\n      id\n      asOf\n    }\n    basedOn\n    historyMonths\n    model {\n      alpha\n      beta\n      phi\n      window\n      minHistory\n      penaltyWindow\n      rangeLow\n      rangeHigh\n    }\n    units {\n      unit {\n        code\n        name\n        kind\n      }\n      lastComposite\n      lastGrade\n      expected\n      low\n      high\n      expectedGrade\n      flag\n      monthToDate\n      monthToDateGrade\n      drivers {\n        indicatorId\n        label\n        shownPoints\n        text\n      }\n      history @include(if: $withHistory) {\n        period\n        expected\n        low\n        high\n        actual\n      }\n    }\n    backtest {\n      overall {\n        ...BacktestFigures\n      }\n      months {\n        period\n        ...BacktestFigures\n      }\n    }\n  }\n}\n\nfragment BacktestFigures on BacktestFigures {\n  forecasts\n  mae\n  naiveMae\n  gradeHits\n  gradeHitRate\n  ranged\n  covered\n  coverage\n  predictedFlags\n  actualFlags\n  truePositives\n  precision\n  recall\n}"): typeof import('./graphql').EarlyWarningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Evidence($unitCode: String!, $period: String!, $indicatorId: String!, $first: Int, $after: String, $onlyAgainst: Boolean) {\n  evidence(\n    unitCode: $unitCode\n    period: $period\n    indicatorId: $indicatorId\n    first: $first\n    after: $after\n    onlyAgainst: $onlyAgainst\n  ) {\n    totalCount\n    againstCount\n    liveTotalCount\n    liveAgainstCount\n    changedSincePublication\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    rows {\n      recordId\n      recordKind\n      date\n      countedAgainst\n      reasonCode\n      reason\n      fields {\n        name\n        value\n      }\n    }\n  }\n}"): typeof import('./graphql').EvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      id\n      username\n      displayName\n      role\n      unit {\n        code\n        name\n        kind\n      }\n    }\n  }\n}"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManualValues($indicatorId: String!) {\n  manualValues(indicatorId: $indicatorId) {\n    unitCode\n    period\n    value\n  }\n}"): typeof import('./graphql').ManualValuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    username\n    displayName\n    role\n    unit {\n      code\n      name\n      kind\n    }\n  }\n}"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeasureValues($period: String!) {\n  measureValues(period: $period) {\n    period\n    units {\n      unit {\n        code\n        name\n        kind\n      }\n      values {\n        measureId\n        value\n        numerator\n        denominator\n      }\n    }\n  }\n}"): typeof import('./graphql').MeasureValuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($first: Int) {\n  notifications(first: $first) {\n    unreadCount\n    items {\n      id\n      kind\n      subjectType\n      subjectId\n      unitCode\n      indicatorId\n      period\n      createdAt\n      read\n    }\n  }\n}\n\nmutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Periods {\n  periods {\n    id\n    kind\n    start\n    end\n    hasData\n    published\n    asOf\n  }\n}"): typeof import('./graphql').PeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Publications($period: String) {\n  publications(period: $period) {\n    ...PublicationInfo\n  }\n}\n\nfragment PublicationInfo on Publication {\n  id\n  period\n  seq\n  schemeVersion\n  reason\n  publishedAt\n  publishedBy\n  latest\n}"): typeof import('./graphql').PublicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishPeriod($period: String!, $schemeVersion: Int!, $reason: String) {\n  publishPeriod(period: $period, schemeVersion: $schemeVersion, reason: $reason) {\n    ...PublicationInfo\n  }\n}"): typeof import('./graphql').PublishPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublishPreview($period: String!, $schemeVersion: Int!) {\n  ranking(period: $period, scope: ALL, schemeVersion: $schemeVersion) {\n    schemeVersion\n    rows {\n      unit {\n        code\n        name\n      }\n      rank\n      composite\n      grade\n    }\n  }\n}"): typeof import('./graphql').PublishPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Ranking($period: String!, $scope: RankingScope, $publication: String) {\n  ranking(period: $period, scope: $scope, publication: $publication) {\n    period {\n      id\n      kind\n      start\n      end\n      hasData\n      asOf\n    }\n    scope\n    previousPeriod\n    schemeVersion\n    published\n    publishedAt\n    publication {\n      ...PublicationInfo\n    }\n    average\n    dimensionAverages {\n      id\n      name\n      nameEn\n      average\n    }\n    rows {\n      unit {\n        code\n        name\n        kind\n      }\n      rank\n      previousRank\n      rankChange\n      composite\n      grade\n      penalty\n      incidents\n      dimensions {\n        id\n        name\n        nameEn\n        weight\n        score\n        applicable\n      }\n    }\n  }\n}"): typeof import('./graphql').RankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RankingHeatmap($period: String!, $scope: RankingScope) {\n  ranking(period: $period, scope: $scope) {\n    period {\n      id\n    }\n    rows {\n      unit {\n        code\n      }\n      subIndicators {\n        id\n        dimensionId\n        name\n        nameEn\n        score\n        applicable\n        value\n        valueKind\n        valueDecimals\n        valueUnit\n        numerator\n        denominator\n        pointsLost\n      }\n    }\n  }\n}"): typeof import('./graphql').RankingHeatmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RemediationItemInfo on RemediationItem {\n  id\n  unit {\n    code\n    name\n  }\n  period\n  source\n  dimensionId\n  indicatorId\n  measureId\n  topic\n  description\n  scoreAtOpen\n  pointsLost\n  threshold\n  state\n  openedOn\n  deadline\n  overdue\n  dueSoon\n  deadlineStatus\n  workingDaysLeft\n  verifiedOn\n  version\n  updatedAt\n}\n\nquery RemediationItems($period: String, $unitCode: String, $state: RemediationState) {\n  remediationItems(period: $period, unitCode: $unitCode, state: $state) {\n    ...RemediationItemInfo\n  }\n}\n\nquery RemediationItem($id: ID!) {\n  remediationItem(id: $id) {\n    ...RemediationItemInfo\n    timeline {\n      ...TimelineEventInfo\n    }\n    files {\n      ...EvidenceFileInfo\n    }\n  }\n}\n\nmutation RemediationAction($id: ID!, $action: RemediationAction!, $expectedVersion: Int!, $note: String) {\n  remediationAction(\n    id: $id\n    action: $action\n    expectedVersion: $expectedVersion\n    note: $note\n  ) {\n    ...RemediationItemInfo\n  }\n}\n\nmutation AddRemediationNote($id: ID!, $note: String!) {\n  addRemediationNote(id: $id, note: $note) {\n    id\n  }\n}\n\nmutation OpenRemediationItem($input: OpenRemediationInput!) {\n  openRemediationItem(input: $input) {\n    ...RemediationItemInfo\n  }\n}\n\nquery RemediationSummary($period: String) {\n  remediationSummary(period: $period) {\n    units {\n      unit {\n        code\n        name\n      }\n      total\n      open\n      overdue\n      verified\n      verifiedOnTime\n      onTimeRate\n      averageDaysToVerify\n    }\n    periods {\n      period\n      total\n      open\n      overdue\n      verified\n      onTimeRate\n      averageDaysToVerify\n    }\n  }\n}\n\nquery WorkdayExceptions($from: String!, $to: String!) {\n  workdayExceptions(from: $from, to: $to) {\n    date\n    working\n  }\n}"): typeof import('./graphql').RemediationItemInfoFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetUserPassword($id: String!, $newPassword: String!) {\n  resetUserPassword(id: $id, newPassword: $newPassword)\n}"): typeof import('./graphql').ResetUserPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiToken($id: String!) {\n  revokeApiToken(id: $id) {\n    ...AdminApiToken\n  }\n}"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SavedViews {\n  savedViews {\n    ...SavedViewInfo\n  }\n}\n\nfragment SavedViewInfo on SavedView {\n  id\n  name\n  url\n  isStart\n  version\n  updatedAt\n}"): typeof import('./graphql').SavedViewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Schemes {\n  schemes {\n    ...SchemeVersion\n  }\n}\n\nfragment SchemeVersion on Scheme {\n  version\n  revision\n  frozen\n  basedOn\n  name\n  json\n  createdAt\n  createdBy\n  updatedAt\n  updatedBy\n}"): typeof import('./graphql').SchemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScoreChange($unitCode: String!, $period: String!, $scope: RankingScope) {\n  scoreChange(unitCode: $unitCode, period: $period, scope: $scope) {\n    unit {\n      code\n      name\n    }\n    period {\n      id\n      asOf\n    }\n    previousPeriod\n    from\n    to\n    locale\n    parts {\n      indicatorId\n      kind\n      points\n      shownPoints\n      label\n      text\n      hasRecords\n    }\n  }\n}"): typeof import('./graphql').ScoreChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetManualValues($indicatorId: String!, $period: String!, $values: [ManualValueInput!]!) {\n  setManualValues(indicatorId: $indicatorId, period: $period, values: $values) {\n    unitCode\n    value\n  }\n}"): typeof import('./graphql').SetManualValuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetStartView($id: String) {\n  setStartView(id: $id) {\n    ...SavedViewInfo\n  }\n}"): typeof import('./graphql').SetStartViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TimelineEventInfo on TimelineEvent {\n  id\n  at\n  actor\n  kind\n  fromState\n  toState\n  note\n  fileId\n}\n\nfragment EvidenceFileInfo on EvidenceFile {\n  id\n  name\n  contentType\n  size\n  uploadedAt\n  uploadedBy\n  url\n}"): typeof import('./graphql').TimelineEventInfoFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnitScorecard($unitCode: String!, $period: String!, $scope: RankingScope, $publication: String) {\n  unitScorecard(\n    unitCode: $unitCode\n    period: $period\n    scope: $scope\n    publication: $publication\n  ) {\n    unit {\n      code\n      name\n      kind\n    }\n    period {\n      id\n      kind\n      start\n      end\n      hasData\n      asOf\n    }\n    scope\n    schemeVersion\n    published\n    publishedAt\n    publication {\n      ...PublicationInfo\n    }\n    rank\n    previousRank\n    rankChange\n    rankedCount\n    composite\n    compositeBeforePenalty\n    grade\n    penalty\n    incidents\n    dimensions {\n      id\n      name\n      nameEn\n      weight\n      score\n      applicable\n      cityAverage\n      subIndicators {\n        id\n        dimensionId\n        name\n        nameEn\n        measureId\n        weight\n        rule\n        ruleKind\n        value\n        valueKind\n        valueDecimals\n        valueUnit\n        numerator\n        denominator\n        score\n        pointsLost\n        applicable\n      }\n    }\n  }\n}"): typeof import('./graphql').UnitScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnitTrend($unitCode: String!, $from: String!, $to: String!, $scope: RankingScope) {\n  unitTrend(unitCode: $unitCode, from: $from, to: $to, scope: $scope) {\n    period {\n      id\n    }\n    rank\n    rankedCount\n    composite\n    grade\n    dimensions {\n      id\n      score\n    }\n  }\n}"): typeof import('./graphql').UnitTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Units($kind: UnitKind) {\n  units(kind: $kind) {\n    code\n    name\n    kind\n  }\n}"): typeof import('./graphql').UnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSavedView($id: String!, $input: SavedViewInput!, $expectedVersion: Int!) {\n  updateSavedView(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...SavedViewInfo\n  }\n}"): typeof import('./graphql').UpdateSavedViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSchemeDraft($version: Int!, $expectedRevision: Int!, $json: String!) {\n  updateSchemeDraft(\n    version: $version\n    expectedRevision: $expectedRevision\n    json: $json\n  ) {\n    ...SchemeVersion\n  }\n}"): typeof import('./graphql').UpdateSchemeDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUser($id: String!, $input: UpdateUserInput!, $expectedVersion: Int!) {\n  updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...AdminUser\n  }\n}"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users {\n  users {\n    ...AdminUser\n  }\n}"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WorkdayYearInfo on WorkdayYear {\n  year\n  covered\n  newestCoveredYear\n  days {\n    date\n    working\n    source\n    note\n    libraryWorking\n  }\n}\n\nquery WorkdayYear($year: Int!) {\n  workdayYear(year: $year) {\n    ...WorkdayYearInfo\n  }\n}\n\nmutation SetWorkday($date: String!, $working: Boolean, $note: String) {\n  setWorkday(date: $date, working: $working, note: $note) {\n    ...WorkdayYearInfo\n  }\n}"): typeof import('./graphql').WorkdayYearInfoFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
