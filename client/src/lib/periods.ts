/**
 * Period labels and the trend window of the screens. Parsing and period arithmetic are shared's (the
 * server reads the same ids with the same functions); only the words are the client's.
 */
import {
  comparePeriodsNewestFirst,
  parseCivilDate,
  parsePeriod,
  periodOfDate,
  periodsBetween,
  shiftPeriod,
  type Period,
} from '@scorecard/shared';
import type { PeriodKind } from '@/api/generated/graphql';
import { EN_MONTHS, type Locale } from './format';

/** The GraphQL kind of a period id ('2023-Q1' → 'QUARTER'); null when the id is not a period. */
export function periodKindOf(id: string): PeriodKind | null {
  const p = parsePeriod(id);
  return p ? (p.kind.toUpperCase() as PeriodKind) : null;
}

/** Year and month of the period's first day. */
function startOf(p: Period): { year: number; month: number } {
  const c = parseCivilDate(p.start)!;
  return { year: c.year, month: c.month };
}

/** '2023-03' → '2023年3月' / 'Mar 2023'; '2023-Q1' → '2023年第1季度' / 'Q1 2023'; '2023' → '2023年' / '2023'. */
export function periodLabel(id: string | null | undefined, locale: Locale): string {
  if (!id) return '—';
  const p = parsePeriod(id);
  if (!p) return id;
  const { year, month } = startOf(p);
  const zh = locale === 'zh-CN';
  switch (p.kind) {
    case 'month':
      return zh ? `${year}年${month}月` : `${EN_MONTHS[month - 1]} ${year}`;
    case 'quarter': {
      const quarter = (month + 2) / 3;
      return zh ? `${year}年第${quarter}季度` : `Q${quarter} ${year}`;
    }
    case 'year':
      return zh ? `${year}年` : String(year);
  }
}

/** Short axis label of a month ('23年3月' / 'Mar 23'); other periods as periodLabel. */
export function periodShortLabel(id: string, locale: Locale): string {
  const p = parsePeriod(id);
  if (!p || p.kind !== 'month') return periodLabel(id, locale);
  const { year, month } = startOf(p);
  return locale === 'zh-CN'
    ? `${year % 100}年${month}月`
    : `${EN_MONTHS[month - 1]} ${String(year % 100).padStart(2, '0')}`;
}

/** The `count` months ending with the period's last month ('2023-Q1' → 2022-04 … 2023-03), as ids. */
export function trailingMonths(id: string, count = 12): { from: string; to: string; months: string[] } | null {
  const p = parsePeriod(id);
  if (!p) return null;
  const to = periodOfDate('month', p.end);
  const from = shiftPeriod(to, -(count - 1));
  return { from: from.id, to: to.id, months: periodsBetween(from.id, to.id).map((m) => m.id) };
}

/** How many periods a trend shows, by the kind of the selected period. */
export const TREND_LENGTH: Readonly<Record<Period['kind'], number>> = { month: 12, quarter: 8, year: 5 };

export interface TrendWindow {
  kind: Period['kind'];
  from: string;
  to: string;
  /** the ids, oldest first */
  periods: string[];
}

/**
 * The trend of a screen follows the selected period's kind (issue 14.5): a month → the 12 months ending
 * with it, a quarter → 8 quarters, a year → 5 years. Shared's period arithmetic, so the ids are the server's.
 */
export function trendWindow(id: string): TrendWindow | null {
  const p = parsePeriod(id);
  if (!p) return null;
  const from = shiftPeriod(p, -(TREND_LENGTH[p.kind] - 1));
  return { kind: p.kind, from: from.id, to: p.id, periods: periodsBetween(from.id, p.id).map((x) => x.id) };
}

/** The period list's order on ids, as the server sorts it (shared's comparePeriodsNewestFirst); bad ids last. */
export function comparePeriodIdsNewestFirst(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
  return comparePeriodsNewestFirst(pa, pb);
}

/** The tiniest label that tells periods of one kind apart in a column group: '11月'/'Nov', 'Q3', '2023'. */
export function periodTinyLabel(id: string, locale: Locale): string {
  const p = parsePeriod(id);
  if (!p) return id;
  const { year, month } = startOf(p);
  if (p.kind === 'quarter') return `Q${(month + 2) / 3}`;
  if (p.kind === 'year') return String(year);
  return locale === 'zh-CN' ? `${month}月` : EN_MONTHS[month - 1]!;
}
