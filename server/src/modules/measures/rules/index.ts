/**
 * The date rules of SPEC §4, one definition each: the SQL of the measures, roll-ups and evidence and
 * the TypeScript of the evidence are both generated from it (README.md, "Rules").
 */
export { ruleSql, ruleFailure, conditionSql, type DateRule, type DateCondition, type DateRecord } from './date-rule.js';
export {
  OFFICER_VALID_AT_E, SYSTEM_ACTIVE_AT_E, ITEM_ACTIVE_AT_E, atPeriodEndSql, failureAtPeriodEnd,
} from './validity-at-e.js';
export { R2_RECTIFIED_ON_TIME, R2_RECTIFY_WITHIN_DAYS, rectifyDueOn, E2_FULFILLED_ON_TIME } from './on-time.js';
export {
  U1_RESOURCE_DUE, resourceDueSql, windowsInPeriodCte, dueWindowsFrom, u1DueByUnit, earliestDueWindowStart,
} from './u1-due.js';
