import { describe, expect, test } from 'vitest';
import { formatScore, roundScore } from './rounding.js';

describe('roundScore', () => {
  test.each([
    [1.005, 1.01], // stored as 1.00499999…; naive Math.round(x·100)/100 gives 1
    [80.004, 80],
    [80.001, 80],
    [80.006, 80.01],
    [80.005, 80.01],
    [89.996, 90],
    [89.994, 89.99],
    [0.1 + 0.2, 0.3],
    [100, 100],
    [0, 0],
    [-1.005, -1.01],
    [-0.001, 0], // no −0
  ])('%d → %d', (x, r) => expect(roundScore(x)).toBe(r));

  test('negative zero is folded', () => expect(Object.is(roundScore(-0.001), 0)).toBe(true));
});

describe('formatScore', () => {
  test.each([
    [89.996, '90.00'],
    [1.005, '1.01'],
    [72.5, '72.50'],
    [null, '—'],
  ])('%s → %s', (x, s) => expect(formatScore(x)).toBe(s));
});
