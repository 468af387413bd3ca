/**
 * Grades on the composite (SPEC §6): ≥ 90 excellent, ≥ 80 good, ≥ 60 pass, else fail.
 *
 * Decision: the thresholds apply to the composite rounded to two decimals — the number users see and
 * rank by — so a unit shown as 90.00 is never graded "good" because its full-precision composite is
 * 89.996. Ranking uses the same rounded value, so grade order never contradicts rank order.
 */
import type { Grade } from '../model/score.js';
import { roundScore } from './rounding.js';

export const GRADE_THRESHOLDS: readonly { grade: Grade; min: number }[] = [
  { grade: 'excellent', min: 90 },
  { grade: 'good', min: 80 },
  { grade: 'pass', min: 60 },
];

export function gradeOf(composite: number | null): Grade | null {
  if (composite === null) return null;
  const shown = roundScore(composite);
  for (const t of GRADE_THRESHOLDS) if (shown >= t.min) return t.grade;
  return 'fail';
}
