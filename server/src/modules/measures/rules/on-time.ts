import { addDays } from '@scorecard/shared';
import type { DateRule } from './date-rule.js';

/** SPEC §4 R2: a bad rating must be rectified within this many days of its date. */
export const R2_RECTIFY_WITHIN_DAYS = 15;

/** The last day a rating dated `ratedOn` is rectified on time (stored at import as ratings.rectify_due_on). */
export function rectifyDueOn(ratedOn: string): string {
  return addDays(ratedOn, R2_RECTIFY_WITHIN_DAYS);
}

/**
 * SPEC §4 R2: on time when rectified_at is non-empty and its date ≤ rating date + 15 days
 * (rectify_due_on, computed once at import by rectifyDueOn: day 15 is on time, day 16 late).
 */
export const R2_RECTIFIED_ON_TIME: DateRule<'not-rectified' | 'rectified-late'> = {
  name: 'R2 rectified on time',
  conditions: [
    { column: 'rectified_on', op: '<=', bound: { column: 'rectify_due_on' }, empty: { fails: 'not-rectified' }, failure: 'rectified-late' },
  ],
};

/** SPEC §4 E2: a demand is on time when fulfilled_on is non-empty and ≤ due_on. */
export const E2_FULFILLED_ON_TIME: DateRule<'unfulfilled' | 'late'> = {
  name: 'E2 demand fulfilled on time',
  conditions: [
    { column: 'fulfilled_on', op: '<=', bound: { column: 'due_on' }, empty: { fails: 'unfulfilled' }, failure: 'late' },
  ],
};
