import { expect, test } from 'vitest';
import { gradeOf } from './grades.js';

// Graded on the composite rounded to two decimals (SPEC §6): what is shown as 90.00 is excellent.
test.each([
  [100, 'excellent'],
  [90, 'excellent'],
  [89.996, 'excellent'], // shown as 90.00
  [89.995, 'excellent'], // the half rounds up
  [89.994999999996, 'excellent'], // a weighted sum that is 89.995 in exact arithmetic
  [89.9949999, 'good'], // shown as 89.99
  [89.994, 'good'],
  [80, 'good'],
  [79.995, 'good'], // shown as 80.00
  [79.994, 'pass'],
  [60.0000001, 'pass'],
  [59.999999, 'pass'], // shown as 60.00
  [59.995, 'pass'],
  [59.994, 'fail'],
  [60, 'pass'],
  [59.99, 'fail'],
  [0, 'fail'],
  [null, null], // unranked
  [undefined, null],
  [Number.NaN, null],
])('composite %s → %s', (c, g) => expect(gradeOf(c)).toBe(g));
