/** Display formatting shared by tables, tags and charts. Locale is 'zh-CN' | 'en'. */
export type Locale = 'zh-CN' | 'en';

/**
 * Rounds half away from zero on the decimal representation (so 1.005 → 1.01 and 89.995 → 90.00,
 * which plain `toFixed` gets wrong because of binary floating point).
 */
export function round2(value: number): number {
  const sign = value < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(value)}e2`);
  return sign * Number(`${Math.round(shifted)}e-2`) || 0;
}

/** Two decimals, or the N/A dash for null / undefined / NaN. */
export function fmt2(value: number | null | undefined, na = '—'): string {
  if (value == null || Number.isNaN(value)) return na;
  return round2(value).toFixed(2);
}

/** A ratio 0–1 as a percentage with two decimals: 0.9512 → "95.12%". */
export function fmtPercent(value: number | null | undefined, na = '—'): string {
  if (value == null || Number.isNaN(value)) return na;
  return `${fmt2(value * 100)}%`;
}

/** A count or raw measure: integers without decimals, others with two. */
export function fmtNumber(value: number | null | undefined, na = '—'): string {
  if (value == null || Number.isNaN(value)) return na;
  return Number.isInteger(value) ? String(value) : fmt2(value);
}

/** Signed change with an explicit plus: 3 → "+3", -2 → "-2", 0 → "0". */
export function fmtSigned(value: number | null | undefined, na = '—'): string {
  if (value == null) return na;
  return value > 0 ? `+${value}` : String(value);
}

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
