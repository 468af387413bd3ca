/**
 * Client-only formatting: words and dates in the user's language. Numbers are formatted by shared
 * (`formatScore`, `formatMeasureValue`), the same functions that round for ranking and grades.
 */
export type Locale = 'zh-CN' | 'en';

export const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `YYYY-MM-DD` (or the date part of a timestamp) → '2023年3月5日' / 'Mar 5, 2023'. */
export function fmtDate(value: string | null | undefined, locale: Locale, na = '—'): string {
  if (!value) return na;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  const month = Number(m);
  const day = Number(d);
  return locale === 'zh-CN' ? `${y}年${month}月${day}日` : `${EN_MONTHS[month - 1]} ${day}, ${y}`;
}

/** `YYYY-MM-DD` → '12月15日' / 'Dec 15' (the day a period in progress counts to). */
export function fmtMonthDay(value: string, locale: Locale): string {
  const match = /^\d{4}-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return locale === 'zh-CN' ? `${month}月${day}日` : `${EN_MONTHS[month - 1]} ${day}`;
}
