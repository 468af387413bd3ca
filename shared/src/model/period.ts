export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A closed range of calendar dates [start, end] (SPEC §2). Ids: `2023-03`, `2023-Q1`, `2023`. */
export interface Period {
  id: string;
  kind: PeriodKind;
  /** `YYYY-MM-DD` */
  start: string;
  /** `YYYY-MM-DD`, the last day of the period */
  end: string;
  /** 1, 3 or 12: the `m` of logTarget (SPEC §5) */
  months: number;
}
