import { expect, test } from 'vitest';
import { gradeOf } from './grades.js';

test.each([
  [100, 'excellent'],
  [90, 'excellent'],
  [89.996, 'good'], // shown as 90.00 but graded on full precision (SPEC §6; see grades.ts)
  [89.999999, 'good'],
  [89.994, 'good'],
  [80, 'good'],
  [79.995, 'pass'], // shown as 80.00
  [79.99, 'pass'],
  [60.0000001, 'pass'],
  [59.999999, 'fail'],
  [60, 'pass'],
  [59.99, 'fail'],
  [0, 'fail'],
  [null, null], // unranked
])('composite %s → %s', (c, g) => expect(gradeOf(c)).toBe(g));
