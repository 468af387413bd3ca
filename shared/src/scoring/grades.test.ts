import { expect, test } from 'vitest';
import { gradeOf } from './grades.js';

test.each([
  [100, 'excellent'],
  [90, 'excellent'],
  [89.996, 'excellent'], // shown as 90.00: graded on the two-decimal value (see grades.ts)
  [89.994, 'good'], // shown as 89.99
  [80, 'good'],
  [79.995, 'good'], // shown as 80.00
  [79.99, 'pass'],
  [60, 'pass'],
  [59.99, 'fail'],
  [0, 'fail'],
  [null, null], // unranked
])('composite %s → %s', (c, g) => expect(gradeOf(c)).toBe(g));
