import { sql, type Sql } from '../sql.js';
import { ruleFailure, ruleSql, type DateRecord, type DateRule } from './date-rule.js';

/**
 * SPEC §4 S1/S2: an officer is valid at the period end E when appointed_on ≤ E, ended_on is empty
 * or > E, and certified_until ≥ E (a certificate expiring on E still counts). The failures are in
 * the order the evidence explains them.
 */
export const OFFICER_VALID_AT_E: DateRule<'not-yet-appointed' | 'ended' | 'certificate-expired'> = {
  name: 'officer valid at E',
  conditions: [
    { column: 'appointed_on', op: '<=', bound: { value: 'E' }, failure: 'not-yet-appointed' },
    { column: 'ended_on', op: '>', bound: { value: 'E' }, empty: { passes: true }, failure: 'ended' },
    { column: 'certified_until', op: '>=', bound: { value: 'E' }, failure: 'certificate-expired' },
  ],
};

/** SPEC §4 S2: a system is active at E when commissioned_on ≤ E and retired_on is empty or > E. */
export const SYSTEM_ACTIVE_AT_E: DateRule<'not-yet-commissioned' | 'retired'> = {
  name: 'system active at E',
  conditions: [
    { column: 'commissioned_on', op: '<=', bound: { value: 'E' }, failure: 'not-yet-commissioned' },
    { column: 'retired_on', op: '>', bound: { value: 'E' }, empty: { passes: true }, failure: 'retired' },
  ],
};

/** SPEC §4 D1/D2: an item version is active at E when effective_from ≤ E and effective_to is empty or > E. */
export const ITEM_ACTIVE_AT_E: DateRule<'not-yet-effective' | 'expired'> = {
  name: 'item version active at E',
  conditions: [
    { column: 'effective_from', op: '<=', bound: { value: 'E' }, failure: 'not-yet-effective' },
    { column: 'effective_to', op: '>', bound: { value: 'E' }, empty: { passes: true }, failure: 'expired' },
  ],
};

/** SQL: the record aliased `alias` satisfies `rule` at the period end `e` (a parameter). */
export function atPeriodEndSql(rule: DateRule, alias: string, e: string): Sql {
  return ruleSql(rule, alias, { E: sql`${e}` });
}

/** TypeScript: why the record fails `rule` at the period end `e`, or null when it satisfies it. */
export function failureAtPeriodEnd<F extends string>(rule: DateRule<F>, record: DateRecord, e: string): F | null {
  return ruleFailure(rule, record, { E: e });
}
