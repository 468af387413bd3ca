import { describe, expect, test } from 'vitest';
import { BAND_COLORS, bandColor, bandOf, gradeBand } from './bands';

describe('colour bands', () => {
  test.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.995, 'good'], // shown as 90.00 but graded 良好 on full precision (SPEC §6), so blue like its tag
    [89.99, 'good'],
    [80, 'good'],
    [79.9999, 'pass'],
    [60, 'pass'],
    [59.99, 'fail'],
    [0, 'fail'],
    [null, 'na'],
    [undefined, 'na'],
    [Number.NaN, 'na'],
  ] as const)('bandOf(%s) = %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
  });

  test('colours: green, blue, amber, red, grey', () => {
    expect(bandColor(95)).toBe(BAND_COLORS.excellent);
    expect(bandColor(null)).toBe(BAND_COLORS.na);
    expect(new Set(Object.values(BAND_COLORS)).size).toBe(5);
  });

  test('grades map to the same bands', () => {
    expect(gradeBand('EXCELLENT')).toBe('excellent');
    expect(gradeBand('GOOD')).toBe('good');
    expect(gradeBand('PASS')).toBe('pass');
    expect(gradeBand('FAIL')).toBe('fail');
    expect(gradeBand(null)).toBe('na');
  });
});
