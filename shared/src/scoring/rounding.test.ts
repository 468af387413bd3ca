import { describe, expect, test } from 'vitest';
import { apportionScores, formatDecimal, formatScore, roundScore, roundTo } from './rounding.js';

describe('roundScore', () => {
  test.each([
    [1.005, 1.01], // stored as 1.00499999…; naive Math.round(x·100)/100 gives 1
    [80.004, 80],
    [80.001, 80],
    [80.006, 80.01],
    [80.005, 80.01],
    [89.995, 90],
    [89.996, 90],
    [89.994, 89.99],
    [89.994999999996, 90], // within the tolerance of the half: the sum of weights that is 89.995
    [89.9949999, 89.99], // a genuine difference at the seventh decimal stays below
    [59.995, 60],
    [0.1 + 0.2, 0.3],
    [100, 100],
    [0, 0],
    [-1.005, -1.01],
    [-0.001, 0], // no −0
  ])('%d → %d', (x, r) => expect(roundScore(x)).toBe(r));

  test('negative zero is folded', () => expect(Object.is(roundScore(-0.001), 0)).toBe(true));
});

describe('roundTo other decimals', () => {
  test.each([
    [12.5, 0, 13],
    [12.4999, 0, 12],
    [-2.5, 0, -3],
    [95.125, 2, 95.13], // 0.95125 · 100 lands just below the half in binary
    [0.95125 * 100, 2, 95.13],
    [3.14159, 3, 3.142],
    [Number.POSITIVE_INFINITY, 2, Number.POSITIVE_INFINITY],
  ])('roundTo(%d, %d) = %d', (x, d, r) => expect(roundTo(x, d)).toBe(r));
});

describe('formatScore and formatDecimal', () => {
  test.each([
    [89.996, '90.00'],
    [89.995, '90.00'],
    [59.995, '60.00'],
    [1.005, '1.01'],
    [72.5, '72.50'],
    [-2.345, '-2.35'],
    [null, '—'],
    [undefined, '—'],
    [Number.NaN, '—'],
  ])('formatScore(%s) = %s', (x, s) => expect(formatScore(x)).toBe(s));

  test('the N/A text is the caller’s', () => expect(formatScore(null, 'N/A')).toBe('N/A'));

  test.each([
    [12345, 0, '12345'],
    [2.5, 0, '3'],
    [3.456, 1, '3.5'],
  ])('formatDecimal(%s, %d) = %s', (x, d, s) => expect(formatDecimal(x, d)).toBe(s));
});

describe('apportionScores: rounded parts add up to the shown change', () => {
  test.each<[string, number[], number, number, number[]]>([
    // Three thirds of 0 → 100: 33.33 + 33.33 + 33.33 = 99.99, the missing hundredth goes to the first.
    ['thirds', [100 / 3, 100 / 3, 100 / 3], 0, 100, [33.34, 33.33, 33.33]],
    // Exact −1240.4, 300.1, −59.7 hundredths floor to −1241, 300, −60 (−1001); the shown change is
    // 60.00 − 70.00 = −10.00, so the part that lost most to flooring (−1240.4, 0.6) gets one back.
    ['a drop', [-12.404, 3.001, -0.597], 70.004, 60.004, [-12.4, 3, -0.6]],
    ['exact parts stay', [1.25, -0.5], 80, 80.75, [1.25, -0.5]],
    ['nothing to apportion', [], 70, 70, []],
  ])('%s', (_, parts, from, to, expected) => {
    const shown = apportionScores(parts, from, to);
    expect(shown).toEqual(expected);
    if (shown.length > 0)
      expect(Math.round(shown.reduce((a, b) => a + b, 0) * 100)).toBe(
        Math.round((roundScore(to) - roundScore(from)) * 100),
      );
  });
});
