/**
 * THE permission matrix of the API: for every Query and Mutation field, what each audience may do.
 *
 *   'allow'    — may call it (it may still fail for other reasons: bad input, not found…)
 *   'deny'     — refused: UNAUTHENTICATED for anonymous callers, FORBIDDEN for signed-in roles
 *   'own-unit' — allowed for the caller's own unit, FORBIDDEN for any other unit (UNIT role only)
 *
 * permissions.test.ts enumerates the schema and calls every field as every audience over HTTP. It
 * FAILS when a field has no rule here. Whoever adds a Query or Mutation field (schemes, imports,
 * publications, remediation…) adds its row here, with sample arguments that pass validation
 * (`args` gets a unit code — the caller's own unit, or another unit for 'own-unit' rows — and a
 * period id). Keep `@Authorized(...)` on the resolver and the service-level check in step with it.
 */
import type { Role } from './context.js';

export type Outcome = 'allow' | 'deny' | 'own-unit';
/** INGEST (service accounts) is not an audience: it cannot sign in and authChecker refuses it every field. */
export type Audience = 'anonymous' | Exclude<Role, 'INGEST'>;

export interface SampleValues {
  unitCode: string;
  period: string;
  /** An existing user that is none of the callers (admin mutations act on it). */
  userId: string;
  /** A fresh string for each call (usernames that must not collide). */
  unique: string;
}

export interface FieldRule {
  anonymous: 'allow' | 'deny';
  LEADER: Outcome;
  UNIT: Outcome;
  ASSESSOR: Outcome;
  ADMIN: Outcome;
  /** The arguments of a minimal valid call, without parentheses. */
  args?: (s: SampleValues) => string;
  /** The call ends the caller's session: the test runs it last. */
  endsSession?: true;
}

const PUBLIC: Omit<FieldRule, 'args'> = { anonymous: 'allow', LEADER: 'allow', UNIT: 'allow', ASSESSOR: 'allow', ADMIN: 'allow' };
const SIGNED_IN: Omit<FieldRule, 'args'> = { anonymous: 'deny', LEADER: 'allow', UNIT: 'allow', ASSESSOR: 'allow', ADMIN: 'allow' };
const UNIT_DETAILS: Omit<FieldRule, 'args'> = { anonymous: 'deny', LEADER: 'allow', UNIT: 'own-unit', ASSESSOR: 'allow', ADMIN: 'allow' };
const ADMIN_ONLY: Omit<FieldRule, 'args'> = { anonymous: 'deny', LEADER: 'deny', UNIT: 'deny', ASSESSOR: 'deny', ADMIN: 'allow' };
const ADMIN_AND_ASSESSOR: Omit<FieldRule, 'args'> = { anonymous: 'deny', LEADER: 'deny', UNIT: 'deny', ASSESSOR: 'allow', ADMIN: 'allow' };
/** Only assessors edit schemes, type in manual values and publish (SPEC §1, §7). */
const ASSESSOR_ONLY: Omit<FieldRule, 'args'> = { anonymous: 'deny', LEADER: 'deny', UNIT: 'deny', ASSESSOR: 'allow', ADMIN: 'deny' };
/** Every unit's raw values: the what-if (assessors) and stability views (leaders, read-only). */
/** Units work on their items; assessors add notes too. */
const UNIT_AND_ASSESSOR: Omit<FieldRule, 'args'> = { anonymous: 'deny', LEADER: 'deny', UNIT: 'allow', ASSESSOR: 'allow', ADMIN: 'deny' };
/** Only a unit appeals (its own results). */
const UNIT_ONLY: Omit<FieldRule, 'args'> = { anonymous: 'deny', LEADER: 'deny', UNIT: 'allow', ASSESSOR: 'deny', ADMIN: 'deny' };
const ASSESSOR_AND_LEADER: Omit<FieldRule, 'args'> = { anonymous: 'deny', LEADER: 'allow', UNIT: 'deny', ASSESSOR: 'allow', ADMIN: 'deny' };

export const QUERY_RULES: Record<string, FieldRule> = {
  /** Public: the login page shows whether this is a demo installation. */
  appInfo: PUBLIC,
  /** Public: null when signed out. */
  me: PUBLIC,
  periods: SIGNED_IN,
  units: SIGNED_IN,
  /** Every unit's composite, grade, rank and dimension scores; RankingRow.subIndicators is checked per row. */
  ranking: { ...SIGNED_IN, args: (s) => `period: "${s.period}"` },
  cityTrend: { ...SIGNED_IN, args: () => 'from: "2023-01", to: "2023-03"' },
  unitScorecard: { ...UNIT_DETAILS, args: (s) => `unitCode: "${s.unitCode}", period: "${s.period}"` },
  unitTrend: { ...UNIT_DETAILS, args: (s) => `unitCode: "${s.unitCode}", from: "2023-01", to: "2023-03"` },
  evidence: { ...UNIT_DETAILS, args: (s) => `unitCode: "${s.unitCode}", period: "${s.period}", indicatorId: "U1"` },
  /** Same access as unitScorecard (the contract of issue 15). */
  scoreChange: { ...UNIT_DETAILS, args: (s) => `unitCode: "${s.unitCode}", period: "${s.period}"` },
  /** Every signed-in user; a UNIT user's answer lists its own unit only (insights.http.test.ts). */
  earlyWarning: SIGNED_IN,
  users: ADMIN_ONLY,
  /** Service accounts' tokens (issue 13): administrators only. */
  apiTokens: ADMIN_ONLY,
  auditLog: ADMIN_AND_ASSESSOR,
  /** The methodology page (评分细则) renders any version for every signed-in role. */
  scheme: SIGNED_IN,
  schemes: SIGNED_IN,
  schemeDiff: { ...SIGNED_IN, args: () => 'from: 1, to: 1' },
  /** Publication labels and earlier snapshots are part of every results view. */
  publications: SIGNED_IN,
  measureValues: { ...ASSESSOR_AND_LEADER, args: (s) => `period: "${s.period}"` },
  manualValues: { ...ASSESSOR_AND_LEADER, args: () => 'indicatorId: "M1"' },
  /** Each user's own views only (saved-views.http.test.ts: another user's id is NOT_FOUND). */
  savedViews: SIGNED_IN,
  /** Every signed-in role; a UNIT user's answer holds its own unit's items only (remediation.http.test.ts). */
  remediationItems: SIGNED_IN,
  /** A missing id: REMEDIATION_NOT_FOUND for everyone signed in (ownership: remediation.http.test.ts). */
  remediationItem: { ...SIGNED_IN, args: () => 'id: "00000000-0000-0000-0000-000000000000"' },
  remediationSummary: SIGNED_IN,
  appeals: SIGNED_IN,
  appeal: { ...SIGNED_IN, args: () => 'id: "00000000-0000-0000-0000-000000000000"' },
  appealWindow: { ...SIGNED_IN, args: (s) => `period: "${s.period}"` },
  notifications: SIGNED_IN,
  workdayYear: { ...ADMIN_ONLY, args: () => 'year: 2026' },
  workdayExceptions: { ...SIGNED_IN, args: () => 'from: "2026-01-01", to: "2026-12-31"' },
};

export const MUTATION_RULES: Record<string, FieldRule> = {
  /** Public: the only way in (counted and locked, see accounts/login-throttle.ts). */
  login: { ...PUBLIC, args: () => 'username: "nobody", password: "wrong-password"' },
  logout: { ...SIGNED_IN, endsSession: true },
  changePassword: { ...SIGNED_IN, args: () => 'currentPassword: "wrong-password", newPassword: "new-password-1"' },
  createUser: {
    ...ADMIN_ONLY,
    args: (s) => `input: { username: "m-${s.unique}", role: LEADER, password: "password-123" }`,
  },
  updateUser: { ...ADMIN_ONLY, args: (s) => `id: "${s.userId}", input: { displayName: "Changed" }, expectedVersion: 999` },
  resetUserPassword: { ...ADMIN_ONLY, args: (s) => `id: "${s.userId}", newPassword: "password-456"` },
  disableUser: { ...ADMIN_ONLY, args: (s) => `id: "${s.userId}"` },
  createApiToken: { ...ADMIN_ONLY, args: (s) => `userId: "${s.userId}", name: "t-${s.unique}"` },
  revokeApiToken: { ...ADMIN_ONLY, args: () => 'id: "no-such-token"' },
  createSchemeDraft: { ...ASSESSOR_ONLY, args: () => 'fromVersion: 1' },
  updateSchemeDraft: { ...ASSESSOR_ONLY, args: () => 'version: 999, expectedRevision: 1, json: "{}"' },
  publishPeriod: { ...ASSESSOR_ONLY, args: (s) => `period: "${s.period}", schemeVersion: 999` },
  setManualValues: { ...ASSESSOR_ONLY, args: (s) => `indicatorId: "M-${s.unique}", period: "${s.period}", values: []` },
  createSavedView: { ...SIGNED_IN, args: (s) => `input: { name: "v-${s.unique}", url: "/ranking?period=${s.period}" }` },
  updateSavedView: { ...SIGNED_IN, args: () => 'id: "no-such-view", expectedVersion: 1, input: { name: "x", url: "/ranking" }' },
  setStartView: SIGNED_IN,
  deleteSavedView: { ...SIGNED_IN, args: () => 'id: "no-such-view"' },
  /** Role and ownership per state: remediation.http.test.ts walks the whole transition table. */
  remediationAction: { ...SIGNED_IN, args: () => 'id: "00000000-0000-0000-0000-000000000000", action: START, expectedVersion: 1' },
  addRemediationNote: { ...UNIT_AND_ASSESSOR, args: () => 'id: "00000000-0000-0000-0000-000000000000", note: "x"' },
  openRemediationItem: { ...ASSESSOR_ONLY, args: () => 'input: { unitCode: "NOPE", topic: "t", description: "d" }' },
  createAppeal: { ...UNIT_ONLY, args: () => 'input: { period: "1999-01", indicatorId: "U1", reason: "r" }' },
  decideAppeal: { ...ASSESSOR_ONLY, args: () => 'id: "00000000-0000-0000-0000-000000000000", decision: REJECT, expectedVersion: 1, note: "n"' },
  markNotificationsRead: { ...SIGNED_IN, args: () => 'ids: []' },
  setWorkday: { ...ADMIN_ONLY, args: () => 'date: "not-a-date", working: true' },
};
