import { formatScore, gradeOf } from '@scorecard/shared';
import { describe, expect, test } from 'vitest';
import { BAND_COLORS, BANDS, bandColor, bandOf, gradeBand } from './bands';

/**
 * The boundary values of issue 10 / SPEC §6: a score's colour follows the number the screen prints, which
 * is the engine's two-decimal rounding. Expectations come from the engine (formatScore, gradeOf), never
 * from a second copy of the rule.
 */
const BOUNDARIES = [
  89.994999999996, // x.xx4999…: a weighted sum that is 89.995 exactly, shown and ranked as 90.00
  89.9949999, // a genuine 89.99
  89.995,
  89.994,
  79.995,
  79.994,
  59.995,
  59.994,
  1.005,
  90,
  60,
  0,
  100,
];

describe('colour bands follow the engine', () => {
  test.each(BOUNDARIES)('%d: colour band is the engine grade of the printed value', (score) => {
    expect(bandOf(score)).toBe(gradeOf(score));
    // The band agrees with the grade of the value as printed, whatever way the printed text is read back.
    expect(bandOf(score)).toBe(gradeOf(Number(formatScore(score))));
    expect(bandColor(score)).toBe(BAND_COLORS[gradeOf(score)!]);
  });

  test.each([
    [89.995, 'excellent'],
    [89.994999999996, 'excellent'],
    [89.9949999, 'good'],
    [59.995, 'pass'],
    [59.994, 'fail'],
  ] as const)('%d is %s', (score, band) => expect(bandOf(score)).toBe(band));

  test.each([null, undefined, Number.NaN])('%s is N/A (grey)', (score) => expect(bandOf(score)).toBe('na'));

  test('five distinct colours, one per band', () => {
    expect(BANDS).toHaveLength(5);
    expect(new Set(BANDS.map((b) => BAND_COLORS[b])).size).toBe(5);
  });

  test.each([
    ['EXCELLENT', 'excellent'],
    ['GOOD', 'good'],
    ['PASS', 'pass'],
    ['FAIL', 'fail'],
    [null, 'na'],
  ] as const)('API grade %s → band %s', (grade, band) => expect(gradeBand(grade)).toBe(band));
});
