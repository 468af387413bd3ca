/**
 * The measures of the fixture in ./fixtures, computed by hand from SPEC §4. Each entry is
 * [value, numerator, denominator] or null for N/A. Checked by measures.test.ts.
 *
 * Calendar facts used below: 2023-01-01 is a Sunday, 2023-03-01 a Wednesday, 2023-12-31 a Sunday.
 * ISO weeks ending in March 2023: 5, 12, 19, 26 March (27 Feb–5 Mar counts; 27 Mar–2 Apr does not).
 * Weeks ending in Q1: 1 Jan … 26 Mar = 13. Weeks ending in 2023: 1 Jan … 31 Dec = 53.
 * Timestamps with an offset are converted to Asia/Shanghai (UTC+8) before taking the date.
 */
export type Expected = [number, number | null, number | null] | null;
export type ExpectedTable = Record<string, Record<string, Expected>>;

/*
 * U1, resource by resource (due windows / met windows)
 * RA1 daily, registered 10 Mar, retired 20 Mar → due days 10…19 (20 Mar is not < retired_on) = 10 in every period.
 *     updates dated 10 (twice: one window), 12, 15 (14 Mar 23:30 UTC = 15 Mar 07:30), 17 (18 Mar 00:30 +09:00 =
 *     17 Mar 23:30), 19 (23:59:59), 20 (not due) → met 5.
 * RA2 weekly, registered Mon 27 Feb → March: weeks ending 5, 12, 19, 26 due = 4; updates 28 Feb (week ending 5 Mar),
 *     13 Mar (week ending 19), 26 Mar 17:30 UTC = 27 Mar 01:30 (week ending 2 Apr, not March) → met 2.
 *     Q1: the week ending 26 Feb starts 20 Feb < registered → still 4 due, 2 met.
 *     2023: weeks ending 5 Mar … 31 Dec = (365 − 64) / 7 + 1 = 44 due; met 5 Mar, 19 Mar, 2 Apr = 3.
 * RA3 monthly, registered 15 Jan (January window starts before it: not due), retired 30 Jun (June ends 30 Jun,
 *     not < 30 Jun: not due) → March 1 due; Q1 Feb, Mar = 2; 2023 Feb–May = 4.
 *     updates 20 Jan (window not due), 31 Mar 23:00 (March), 30 Apr 16:30 UTC = 1 May 00:30 (May) →
 *     met March 1, Q1 1, 2023 2.
 * RA4 quarterly, registered 2022-12-01 → March/Q1: Q1 window [1 Jan, 31 Mar] due, met by 5 Jan (before S of
 *     March but inside the window); 2023: 4 due, met Q1 and Q4 (1 Oct) = 2.
 * RA5 yearly, registered 1 Jan → no yearly window ends in March or Q1; 2023: 1 due, met (15 Jun).
 * A01: March due 10+4+1+1+0 = 16, met 5+2+1+1 = 9 → 0.5625
 *      Q1    due 10+4+2+1+0 = 17, met 5+2+1+1 = 9 → 0.529412
 *      2023  due 10+44+4+4+1 = 63, met 5+3+2+2+1 = 13 → 0.206349
 * RB1 weekly, registered Wed 1 Mar (week 27 Feb–5 Mar starts before: not due), retired 26 Mar (week ending 26
 *     not < 26: not due) → due weeks ending 12, 19 = 2 in every period; updates 2 Mar (not due), 8 Mar → met 1.
 * RB2 daily, registered 31 Mar → March/Q1 1 due (31 Mar); its update 31 Mar 16:10 UTC = 1 Apr 00:10 → met 0.
 *     2023: 31 Mar … 31 Dec = 276 due, met 1 (1 Apr).
 * A02: March 1/3, Q1 1/3, 2023 (1+1)/(2+276) = 2/278.
 * RD1 monthly, registered 10 Apr → nothing due in March/Q1 (N/A); 2023: May–Dec = 8 due (April starts 1 Apr <
 *     10 Apr), updates 15 Apr (not due), 31 May → 1/8.
 * P01 has no resource → N/A.
 *
 * E1 (calls to the unit's resources, callers other than the unit; N/A without a resource registered by E)
 * A01 March: 100 (A02→RA1, 5 Mar) + 20 (D01→RA2, 31 Mar); 999 from A01 itself excluded = 120.
 *     Q1: + 7 (A02→RA2, 28 Feb) = 127. 2023: + 3 (P01→RA3, 1 Apr) = 130.
 * A02: RB1 registered 1 Mar → applicable; only its own call (5) → 0 in every period.
 * D01: RD1 registered 10 Apr → N/A in March and Q1; 2023: 50.
 *
 * E2 (due in period; on time when fulfilled_on ≤ due_on)      E3 (fulfilled in period, satisfaction given)
 * A01 March: DM1 on time (same day), DM2 late, DM3 open → 1/3;   DM1 5 + DM2 2 + DM4 4 (DM5 none) = 11/3
 *     Q1: + DM4 (due 20 Feb, late) → 1/4;                        same as March = 11/3
 *     2023: + DM5, DM6 on time → 3/6;                             + DM6 3 → 14/4 = 3.5
 * A02: DM7 on time → 1/1 everywhere; E3 N/A (no satisfaction given).
 *
 * S1 (unit officer valid at E)                                   S2 (active systems covered at E)
 * A01 March/Q1 (E = 31 Mar): OA1 certified_until = E → 1.        SA1 (OS1) + SA2 (commissioned and officer appointed
 *     2023 (E = 31 Dec): OA1 expired; OA2 ended_on = E → 0.         on E, certified until E) covered; SA3 retired_on = E
 *                                                                   not active; SA4 not yet → 2/2.
 *                                                                 2023: SA1 ✓, SA2 ✗ (OS2 expired), SA4 ✓ (OS3 ends
 *                                                                   2024-01-01 > E) → 2/3.
 * A02 March/Q1: OB1 ended_on = E, OB2 appointed later → 0.        SB1 ✗ (OB3 certificate ended 30 Mar), SB2 ✓ (OB4
 *     2023: OB2 → 1.                                                ends 1 Apr > E) → 1/2; 2023: both ✗ → 0/2.
 * D01: OD1 certified until 30 Mar → 0.                           SD1 retired in January → N/A.
 * P01: no officer → 0.                                           no system → N/A.
 *
 * R1 / R2 / R3 (ratings by rated date in Asia/Shanghai)
 * A01 March: RT1 5, RT2 4, RT3 3, RT4 2, RT5 1, RT6 2, RT8 4 (28 Feb 20:00 UTC = 1 Mar 04:00), RT9 2 → 8 ratings,
 *     4 positive → R1 4/8. RT7 (31 Mar 16:30 UTC = 1 Apr) is April.
 *     R2: RT4 rectified day 15 (16 Mar) ✓, RT5 day 16 ✗, RT6 never ✗, RT9 due 4 Apr rectified 4 Apr 17:00 UTC =
 *     5 Apr ✗ → 1/4.
 *     R3: completed in March C1 (2 Mar), C2 (6 Mar), C4 (1 Mar) = 3; C5 completes 1 Apr 00:00 Shanghai, C6 1 Apr,
 *     C3 never → 8/3 capped → 1.
 * A01 Q1: + RT10 (15 Jan, 5) → R1 5/9, R2 1/4, R3: completed + C7 (11 Jan) = 4 → 9/4 → 1.
 * A01 2023: + RT7 (level 1, rectified 16 Apr = day 15 ✓) → R1 5/10, R2 2/5, R3 completed 6 → 10/6 → 1.
 * A02: RB-1 5 → R1 1/1, R2 N/A, R3 1 rating / 4 completed (CB1–CB4) = 0.25 in every period.
 * D01: RD-1 2, rectified on day 15 → R1 0/1, R2 1/1; no case → R3 N/A.
 * P01: no rating → R1, R2 N/A; CP1 never completed → R3 N/A.
 *
 * D1 / D2 (item versions active at E)                             D3 (cases submitted in period)
 * A01 March/Q1: IA1 v2 (4, from 15 Mar), IA3 (1, from E), IA4 v1   March: C1 on, C2 off, C3 on, C4 off (28 Feb 17:00
 *     (3); IA2 ends on E (not active); IA5 starts 1 Apr →             UTC = 1 Mar 01:00), C6 on (23:59:59) → 3/5;
 *     D1 (4+1+3)/3 = 8/3, D2 1/3.                                     C5 submitted 20 Feb.
 * A01 2023: IA1 4, IA3 1, IA4 v2 4, IA5 2 → 11/4 = 2.75, D2 2/4.   Q1/2023: + C5 on, C7 on → 5/7.
 * A02 March/Q1: IB1 4 → D1 4/1, D2 1/1; 2023: IB1 ends on 31 Dec    CB1–CB3 on, CB4 off → 3/4.
 *     → N/A.
 * D01: no items → N/A.                                             no cases → N/A.
 * P01: IP1 ended 2023-01-01 → N/A.                                 CP1 offline → 0/1.
 *
 * P: A01 IN1 (5 Mar), IN2 (31 Mar) → March 2, Q1 2, 2023 + IN3 = 3; A02 IN4 (1 Feb) → 0, 1, 1; others 0.
 * Manual M1: March A01 88.5, A02 72; Q1 A01 80; none in 2023.
 */
const na = null;
/** D01 and P01 come out the same in March and in Q1 (worked out above), so both periods use this table. */
const D01_P01_MARCH: ExpectedTable = {
  D01: {
    U1: na, E1: na, E2: na, E3: na, S1: [0, 0, null], S2: na, R1: [0, 0, 1], R2: [1, 1, 1], R3: na,
    D1: na, D2: na, D3: na, P: [0, 0, null],
  },
  P01: {
    U1: na, E1: na, E2: na, E3: na, S1: [0, 0, null], S2: na, R1: na, R2: na, R3: na, D1: na, D2: na,
    D3: [0, 0, 1], P: [0, 0, null],
  },
};
export const EXPECTED: Record<string, ExpectedTable> = {
  '2023-03': {
    A01: {
      U1: [9 / 16, 9, 16], E1: [120, 120, null], E2: [1 / 3, 1, 3], E3: [11 / 3, 11, 3], S1: [1, 1, null],
      S2: [1, 2, 2], R1: [0.5, 4, 8], R2: [0.25, 1, 4], R3: [1, 8, 3], D1: [8 / 3, 8, 3], D2: [1 / 3, 1, 3],
      D3: [0.6, 3, 5], P: [2, 2, null], M1: [88.5, null, null],
    },
    A02: {
      U1: [1 / 3, 1, 3], E1: [0, 0, null], E2: [1, 1, 1], E3: na, S1: [0, 0, null], S2: [0.5, 1, 2],
      R1: [1, 1, 1], R2: na, R3: [0.25, 1, 4], D1: [4, 4, 1], D2: [1, 1, 1], D3: [0.75, 3, 4], P: [0, 0, null],
      M1: [72, null, null],
    },
    ...D01_P01_MARCH,
  },
  '2023-Q1': {
    A01: {
      U1: [9 / 17, 9, 17], E1: [127, 127, null], E2: [0.25, 1, 4], E3: [11 / 3, 11, 3], S1: [1, 1, null],
      S2: [1, 2, 2], R1: [5 / 9, 5, 9], R2: [0.25, 1, 4], R3: [1, 9, 4], D1: [8 / 3, 8, 3], D2: [1 / 3, 1, 3],
      D3: [5 / 7, 5, 7], P: [2, 2, null], M1: [80, null, null],
    },
    A02: {
      U1: [1 / 3, 1, 3], E1: [0, 0, null], E2: [1, 1, 1], E3: na, S1: [0, 0, null], S2: [0.5, 1, 2],
      R1: [1, 1, 1], R2: na, R3: [0.25, 1, 4], D1: [4, 4, 1], D2: [1, 1, 1], D3: [0.75, 3, 4], P: [1, 1, null],
    },
    ...D01_P01_MARCH,
  },
  '2023': {
    A01: {
      U1: [13 / 63, 13, 63], E1: [130, 130, null], E2: [0.5, 3, 6], E3: [3.5, 14, 4], S1: [0, 0, null],
      S2: [2 / 3, 2, 3], R1: [0.5, 5, 10], R2: [0.4, 2, 5], R3: [1, 10, 6], D1: [2.75, 11, 4], D2: [0.5, 2, 4],
      D3: [5 / 7, 5, 7], P: [3, 3, null],
    },
    A02: {
      U1: [2 / 278, 2, 278], E1: [0, 0, null], E2: [1, 1, 1], E3: na, S1: [1, 1, null], S2: [0, 0, 2],
      R1: [1, 1, 1], R2: na, R3: [0.25, 1, 4], D1: na, D2: na, D3: [0.75, 3, 4], P: [1, 1, null],
    },
    D01: {
      U1: [0.125, 1, 8], E1: [50, 50, null], E2: na, E3: na, S1: [0, 0, null], S2: na, R1: [0, 0, 1],
      R2: [1, 1, 1], R3: na, D1: na, D2: na, D3: na, P: [0, 0, null],
    },
    P01: {
      U1: na, E1: na, E2: na, E3: na, S1: [0, 0, null], S2: na, R1: na, R2: na, R3: na, D1: na, D2: na,
      D3: [0, 0, 1], P: [0, 0, null],
    },
  },
};
