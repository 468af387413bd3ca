import { describe, expect, test } from 'vitest';
import type { ScoringRule } from '../model/scheme.js';
import { formatRule, scoreRule } from './rules.js';

const month = { months: 1 };

describe('band(0.60, 0.95) — U1, E2', () => {
  const rule: ScoringRule = { kind: 'band', floor: 0.6, target: 0.95 };
  test.each([
    [-0.1, 0], // negative: below floor
    [0, 0],
    [0.59, 0], // just below floor
    [0.6, 0], // at floor: v ≤ floor → 0
    [0.61, 2.857142857142857], // 100·0.01/0.35
    [0.775, 50], // midpoint
    [0.94, 97.14285714285715], // 100·0.34/0.35
    [0.95, 100], // at target
    [0.96, 100],
    [1.5, 100],
  ])('v=%d → %d', (v, s) => expect(scoreRule(rule, v, month)).toBeCloseTo(s, 10));
});

describe('band(0.90, 0.99) — R1', () => {
  const rule: ScoringRule = { kind: 'band', floor: 0.9, target: 0.99 };
  test.each([
    [0.9, 0],
    [0.945, 50], // 100·0.045/0.09
    [0.99, 100],
    [0.98, 88.88888888888889], // 100·0.08/0.09
  ])('v=%d → %d', (v, s) => expect(scoreRule(rule, v, month)).toBeCloseTo(s, 10));
});

describe('logTarget(10000)', () => {
  const rule: ScoringRule = { kind: 'logTarget', targetPerMonth: 10000 };
  test.each([
    // [months, v, score]
    [1, 0, 0], // log10(1) = 0
    [1, -0.5, 0], // log10(0.5) < 0 → clamped
    [1, -1, 0], // log10(0) = −∞ → clamped
    [1, -5, 0], // log10 of a negative is NaN → 0
    [1, 99, 49.99945716493268], // 100·2/log10(10001)
    [1, 5000, 92.47541737480337], // 100·log10(5001)/log10(10001)
    [1, 9999, 99.99999999], // just below target (checked loosely below)
    [1, 10000, 100], // at target
    [1, 20000, 100], // above target: min(1, …)
    [3, 10000, 89.3438052283074], // quarter: m = 3 → 100·log10(10001)/log10(30001)
    [3, 30000, 100],
    [12, 10000, 78.75364912822857], // year: m = 12 → 100·log10(10001)/log10(120001)
  ])('m=%i v=%d → %d', (months, v, s) => {
    const got = scoreRule(rule, v, { months });
    if (v === 9999) {
      expect(got).toBeLessThan(100);
      expect(got).toBeGreaterThan(99.99);
    } else {
      expect(got).toBeCloseTo(s, 10);
    }
  });
});

describe('scale', () => {
  test.each([
    // E3 scale(1, 5)
    [1, 5, 0, 0],
    [1, 5, 1, 0],
    [1, 5, 3, 50],
    [1, 5, 4.2, 80],
    [1, 5, 5, 100],
    [1, 5, 6, 100],
    // D1 scale(1, 4)
    [1, 4, 2.5, 50],
    [1, 4, 3.4, 80], // 100·2.4/3
    [1, 4, -2, 0],
  ])('scale(%d, %d) v=%d → %d', (lo, hi, v, s) =>
    expect(scoreRule({ kind: 'scale', lo, hi }, v, month)).toBeCloseTo(s, 10),
  );
});

describe('binary', () => {
  test.each([
    [0, 0],
    [1, 100],
    [0.5, 50],
    [2, 100], // clamped
    [-1, 0], // clamped
  ])('v=%d → %d', (v, s) => expect(scoreRule({ kind: 'binary' }, v, month)).toBe(s));
});

describe('minmax', () => {
  test.each([
    // [min, max, v, score]
    [10, 30, 10, 0],
    [10, 30, 20, 50],
    [10, 30, 30, 100],
    [10, 30, 25, 75],
    [-10, 10, 0, 50], // negative values
    [7, 7, 7, 100], // max = min → 100 for all
  ])('[%d, %d] v=%d → %d', (min, max, v, s) =>
    expect(scoreRule({ kind: 'minmax' }, v, { months: 1, min, max })).toBe(s),
  );

  test('no peers known → 100 (the unit is alone, so max = min)', () => {
    expect(scoreRule({ kind: 'minmax' }, 5, month)).toBe(100);
  });
});

describe('degenerate parameters give defined scores', () => {
  test.each<[ScoringRule, number, number]>([
    [{ kind: 'band', floor: 0.5, target: 0.5 }, 0.5, 0],
    [{ kind: 'band', floor: 0.5, target: 0.5 }, 0.6, 100],
    [{ kind: 'scale', lo: 3, hi: 3 }, 3, 100],
    [{ kind: 'scale', lo: 3, hi: 3 }, 2, 0],
    [{ kind: 'logTarget', targetPerMonth: 0 }, 0, 100],
    [{ kind: 'band', floor: 0.6, target: 0.95 }, Number.NaN, 0],
  ])('%j v=%d → %d', (rule, v, s) => expect(scoreRule(rule, v, month)).toBe(s));
});

describe('formatRule', () => {
  test.each<[ScoringRule, string]>([
    [{ kind: 'band', floor: 0.6, target: 0.95 }, 'band(0.6, 0.95)'],
    [{ kind: 'logTarget', targetPerMonth: 10000 }, 'logTarget(10000)'],
    [{ kind: 'scale', lo: 1, hi: 5 }, 'scale(1, 5)'],
    [{ kind: 'binary' }, 'binary'],
    [{ kind: 'minmax' }, 'minmax'],
  ])('%j → %s', (rule, s) => expect(formatRule(rule)).toBe(s));
});
