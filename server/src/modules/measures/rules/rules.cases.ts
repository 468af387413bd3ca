/**
 * The one table per rule (hand-computed from SPEC §4). rules.test.ts checks each rule's TypeScript
 * and SQL forms against it; rules-callers.test.ts loads the same rows through the importer and
 * checks every caller: measures, roll-ups and evidence. No test holds a second copy of a rule.
 *
 * Every case is evaluated in March 2023 (E = 2023-03-31) unless it names a period.
 */

/** SPEC §4 S1/S2: officer valid at E. `failure` null = valid. */
export const OFFICER_CASES = [
  { appointed: '2023-03-31', ended: null, certified: '2023-03-31', failure: null }, // appointed on E, certificate expires on E
  { appointed: '2023-04-01', ended: null, certified: '2025-12-31', failure: 'not-yet-appointed' },
  { appointed: '2022-01-01', ended: '2023-03-31', certified: '2025-12-31', failure: 'ended' }, // ended on E: not > E
  { appointed: '2022-01-01', ended: '2023-04-01', certified: '2025-12-31', failure: null },
  { appointed: '2022-01-01', ended: null, certified: '2023-03-30', failure: 'certificate-expired' },
  { appointed: '2023-04-01', ended: null, certified: '2023-03-01', failure: 'not-yet-appointed' }, // the first failure is named
  { appointed: '2022-01-01', ended: '2023-03-01', certified: '2023-03-01', failure: 'ended' },
] as const;

/** SPEC §4 S2: system active at E. */
export const SYSTEM_CASES = [
  { commissioned: '2023-03-31', retired: null, failure: null },
  { commissioned: '2023-04-01', retired: null, failure: 'not-yet-commissioned' },
  { commissioned: '2020-01-01', retired: '2023-03-31', failure: 'retired' },
  { commissioned: '2020-01-01', retired: '2023-04-01', failure: null },
] as const;

/** SPEC §4 D1/D2: item version active at E. */
export const ITEM_CASES = [
  { from: '2023-03-31', to: null, failure: null },
  { from: '2023-04-01', to: null, failure: 'not-yet-effective' },
  { from: '2020-01-01', to: '2023-03-31', failure: 'expired' },
  { from: '2020-01-01', to: '2023-04-01', failure: null },
] as const;

/** SPEC §4 R2: a bad rating rectified within 15 days (the Asia/Shanghai dates count, SPEC §2). */
export const R2_CASES = [
  { ratedAt: '2023-03-10 09:00', rectifiedAt: '2023-03-25 23:59', failure: null }, // day 15
  { ratedAt: '2023-03-10 09:00', rectifiedAt: '2023-03-26 00:00', failure: 'rectified-late' }, // day 16
  { ratedAt: '2023-03-10 09:00', rectifiedAt: null, failure: 'not-rectified' },
  { ratedAt: '2023-03-31 23:30', rectifiedAt: '2023-04-15 10:00', failure: null }, // across the month end
  { ratedAt: '2023-03-09T17:00:00Z', rectifiedAt: '2023-03-25T15:59:59Z', failure: null }, // 03-10 01:00 → 03-25 23:59:59 Shanghai
  { ratedAt: '2023-03-09T15:00:00Z', rectifiedAt: '2023-03-24T16:00:00Z', failure: 'rectified-late' }, // 03-09 23:00 → 03-25 00:00
  { ratedAt: '2023-03-20 08:00', rectifiedAt: '2023-03-20 09:00', failure: null },
] as const;

/** SPEC §4 E2: a demand due in the period, fulfilled on or before its due date. */
export const E2_CASES = [
  { due: '2023-03-15', fulfilled: '2023-03-15', failure: null },
  { due: '2023-03-15', fulfilled: '2023-03-16', failure: 'late' },
  { due: '2023-03-15', fulfilled: null, failure: 'unfulfilled' },
  { due: '2023-03-31', fulfilled: '2023-03-01', failure: null },
] as const;

/**
 * SPEC §4 U1: due windows of one resource in a period. March 2023 has 31 daily windows and 4
 * weekly ones (weeks ending 5, 12, 19, 26 March), 1 monthly, 1 quarterly, 0 yearly.
 */
export const U1_CASES = [
  { cycle: 'daily', registered: '2023-01-01', retired: null, period: '2023-03', due: 31 },
  { cycle: 'daily', registered: '2023-03-10', retired: null, period: '2023-03', due: 22 },
  { cycle: 'daily', registered: '2023-01-01', retired: '2023-03-20', period: '2023-03', due: 19 }, // we < retired_on
  { cycle: 'daily', registered: '2023-03-31', retired: '2023-03-31', period: '2023-03', due: 0 },
  { cycle: 'weekly', registered: '2023-01-01', retired: null, period: '2023-03', due: 4 },
  { cycle: 'weekly', registered: '2023-02-27', retired: null, period: '2023-03', due: 4 }, // registered on the Monday of 27 Feb–5 Mar
  { cycle: 'weekly', registered: '2023-02-28', retired: null, period: '2023-03', due: 3 }, // ws < registered_on
  { cycle: 'weekly', registered: '2023-01-01', retired: '2023-03-26', period: '2023-03', due: 3 }, // the week ending 26 Mar is not < 26 Mar
  { cycle: 'monthly', registered: '2023-03-01', retired: null, period: '2023-03', due: 1 },
  { cycle: 'monthly', registered: '2023-03-02', retired: null, period: '2023-03', due: 0 },
  { cycle: 'monthly', registered: '2022-06-01', retired: '2023-04-01', period: '2023-Q1', due: 3 },
  { cycle: 'monthly', registered: '2022-06-01', retired: '2023-03-31', period: '2023-Q1', due: 2 },
  { cycle: 'quarterly', registered: '2023-01-01', retired: null, period: '2023-03', due: 1 },
  { cycle: 'quarterly', registered: '2023-01-02', retired: null, period: '2023', due: 3 },
  { cycle: 'yearly', registered: '2022-01-01', retired: null, period: '2023-03', due: 0 },
  { cycle: 'yearly', registered: '2023-01-01', retired: null, period: '2023', due: 1 },
  { cycle: 'weekly', registered: '2022-12-01', retired: null, period: '2023-Q1', due: 13 }, // weeks ending 1 Jan … 26 Mar
] as const;
