import { describe, expect, test } from 'vitest';
import { defaultScheme } from '@scorecard/shared';
import { dimensionPoints, enabledWeightSum, shareOf, subIndicatorPoints } from './scheme-points';

describe('weights as points', () => {
  test('SPEC §3: U is 25 points, E2 is 25 × 40/100 = 10', () => {
    const s = defaultScheme();
    expect(dimensionPoints(s, 0)).toBe(25);
    expect(subIndicatorPoints(s, 1, 1)).toBe(10);
    expect(s.dimensions.reduce((sum, _, k) => sum + (dimensionPoints(s, k) ?? 0), 0)).toBe(100);
  });

  test('disabled parts are worth nothing and the rest is re-shared', () => {
    const s = defaultScheme();
    s.dimensions[2]!.enabled = false; // S (15) off: 85 left
    s.dimensions[1]!.subIndicators[2]!.enabled = false; // E3 (20) off: E1, E2 share E
    expect(dimensionPoints(s, 2)).toBeNull();
    expect(dimensionPoints(s, 0)).toBeCloseTo((100 * 25) / 85, 10);
    expect(subIndicatorPoints(s, 1, 2)).toBeNull();
    expect(subIndicatorPoints(s, 1, 0)).toBeCloseTo(((100 * 25) / 85) * 0.5, 10);
    expect(subIndicatorPoints(s, 2, 0)).toBeNull();
  });

  test('shares ignore disabled and non-positive weights', () => {
    const items = [
      { weight: 1, enabled: true },
      { weight: 3, enabled: true },
      { weight: 6, enabled: false },
      { weight: 0, enabled: true },
    ];
    expect(enabledWeightSum(items)).toBe(4);
    expect(items.map((i) => shareOf(i, items))).toEqual([0.25, 0.75, null, null]);
  });
});
