/**
 * How many navigation links fit in one header row (the rest go under “More”): the links' widths in
 * order, the row's width, the gap between items and the width of the “More” button. All links fit when
 * their total does; otherwise as many as fit beside the “More” button, at least one (the first page).
 */
export function navFit(widths: readonly number[], available: number, gap: number, moreWidth: number): number {
  const total = (n: number): number => widths.slice(0, n).reduce((sum, w) => sum + w, 0) + gap * Math.max(0, n - 1);
  if (total(widths.length) <= available) return widths.length;
  let n = widths.length - 1;
  while (n > 1 && total(n) + gap + moreWidth > available) n -= 1;
  return Math.max(1, n);
}
