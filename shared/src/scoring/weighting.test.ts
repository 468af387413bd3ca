import { describe, expect, test } from 'vitest';
import { appliedWeight, compositeAfterPenalty, weightedMean } from './weighting.js';

describe('weightedMean and appliedWeight (N/A re-weighting)', () => {
  test.each([
    [
      'all apply',
      [
        [40, 100],
        [40, 50],
        [20, 0],
      ],
      60,
      100,
    ],
    [
      'an N/A item shares its weight',
      [
        [40, 100],
        [40, null],
        [20, 50],
      ],
      250 / 3,
      60,
    ],
    [
      'a zero weight takes no part',
      [
        [0, 0],
        [50, 80],
      ],
      80,
      50,
    ],
    [
      'a negative weight takes no part',
      [
        [-10, 0],
        [50, 80],
      ],
      80,
      50,
    ],
    [
      'all N/A',
      [
        [40, null],
        [60, null],
      ],
      null,
      0,
    ],
    ['no weight left', [[0, 90]], null, 0],
    ['empty', [], null, 0],
  ] as const)('%s', (_, rows, mean, weightSum) => {
    const items = rows.map(([weight, score]) => ({ weight, score }));
    const r = weightedMean(items);
    if (mean === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(mean, 12);
    expect(appliedWeight(items)).toBe(weightSum);
  });
});

describe('compositeAfterPenalty', () => {
  test.each([
    [100, 0, 100],
    [100, 20, 80],
    [10, 15, 0], // clamped
    [null, 10, null], // unranked stays unranked
  ])('%s − %s → %s', (before, penalty, composite) => expect(compositeAfterPenalty(before, penalty)).toBe(composite));
});
