/**
 * Grades on the composite (SPEC §6): ≥ 90 excellent, ≥ 80 good, ≥ 60 pass, else fail.
 *
 * The thresholds apply to the full-precision composite: SPEC §6 says "keep full precision; show two
 * decimals" and names rounding only for the ranking. So a composite of 89.996 is shown as 90.00 but
 * graded good; screens colour by the grade, never by the rounded text.
 */
import type { Grade } from '../model/score.js';

export const GRADE_THRESHOLDS: readonly { grade: Grade; min: number }[] = [
  { grade: 'excellent', min: 90 },
  { grade: 'good', min: 80 },
  { grade: 'pass', min: 60 },
];

export function gradeOf(composite: number | null): Grade | null {
  if (composite === null) return null;
  for (const t of GRADE_THRESHOLDS) if (composite >= t.min) return t.grade;
  return 'fail';
}
