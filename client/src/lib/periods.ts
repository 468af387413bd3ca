import { EN_MONTHS, type Locale } from './format';

export type PeriodKindId = 'MONTH' | 'QUARTER' | 'YEAR';

export interface ParsedPeriod {
  kind: PeriodKindId;
  year: number;
  /** month 1–12, quarter 1–4, or 0 for a year */
  index: number;
}

/** '2023-03' | '2023-Q1' | '2023' → parts; null for anything else. */
export function parsePeriod(id: string): ParsedPeriod | null {
  let match = /^(\d{4})-(\d{2})$/.exec(id);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { kind: 'MONTH', year: Number(match[1]), index: month } : null;
  }
  match = /^(\d{4})-Q([1-4])$/.exec(id);
  if (match) return { kind: 'QUARTER', year: Number(match[1]), index: Number(match[2]) };
  match = /^(\d{4})$/.exec(id);
  if (match) return { kind: 'YEAR', year: Number(match[1]), index: 0 };
  return null;
}

export function periodKind(id: string): PeriodKindId | null {
  return parsePeriod(id)?.kind ?? null;
}

/** '2023-03' → '2023年3月' / 'Mar 2023'; '2023-Q1' → '2023年第1季度' / 'Q1 2023'; '2023' → '2023年' / '2023'. */
export function periodLabel(id: string | null | undefined, locale: Locale): string {
  if (!id) return '—';
  const p = parsePeriod(id);
  if (!p) return id;
  const zh = locale === 'zh-CN';
  switch (p.kind) {
    case 'MONTH':
      return zh ? `${p.year}年${p.index}月` : `${EN_MONTHS[p.index - 1]} ${p.year}`;
    case 'QUARTER':
      return zh ? `${p.year}年第${p.index}季度` : `Q${p.index} ${p.year}`;
    case 'YEAR':
      return zh ? `${p.year}年` : String(p.year);
  }
}

/** Short axis label: '2023-03' → '23/03' style kept readable in both languages. */
export function periodShortLabel(id: string, locale: Locale): string {
  const p = parsePeriod(id);
  if (!p) return id;
  if (p.kind === 'MONTH')
    return locale === 'zh-CN'
      ? `${p.year % 100}年${p.index}月`
      : `${EN_MONTHS[p.index - 1]} ${String(p.year % 100).padStart(2, '0')}`;
  return periodLabel(id, locale);
}

function monthId(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The last calendar month of a period: '2023-Q1' → '2023-03', '2023' → '2023-12'. */
export function lastMonthOf(id: string): string | null {
  const p = parsePeriod(id);
  if (!p) return null;
  if (p.kind === 'MONTH') return id;
  if (p.kind === 'QUARTER') return monthId(p.year, p.index * 3);
  return monthId(p.year, 12);
}

/** Adds `delta` months to a month id. */
export function addMonths(id: string, delta: number): string {
  const p = parsePeriod(id);
  if (!p || p.kind !== 'MONTH') throw new Error(`not a month: ${id}`);
  const total = p.year * 12 + (p.index - 1) + delta;
  return monthId(Math.floor(total / 12), (total % 12) + 1);
}

/** The `count` months ending with the period's last month, as an inclusive {from, to}. */
export function trailingMonths(id: string, count = 12): { from: string; to: string } | null {
  const to = lastMonthOf(id);
  return to ? { from: addMonths(to, -(count - 1)), to } : null;
}

/** Orders period ids chronologically (months, quarters, years of one kind). */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a.localeCompare(b);
  return pa.year - pb.year || pa.index - pb.index;
}
