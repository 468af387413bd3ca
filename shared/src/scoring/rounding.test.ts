import { describe, expect, test } from 'vitest';
import { formatDecimal, formatScore, roundScore, roundTo } from './rounding.js';

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
