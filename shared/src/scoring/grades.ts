/**
 * Grades on the composite (SPEC §6): ≥ 90 excellent, ≥ 80 good, ≥ 60 pass, else fail — applied to the
 * composite rounded to two decimals, the value people see and the ranking uses. A composite of 89.996 is
 * shown as 90.00 and is excellent; 89.994 is shown as 89.99 and is good. Screens colour scores with the
 * same function, so a cell's colour and its grade tag always agree with the number printed.
 */
import type { Grade } from '../model/score.js';
import { roundScore } from './rounding.js';

export const GRADE_THRESHOLDS: readonly { grade: Grade; min: number }[] = [
  { grade: 'excellent', min: 90 },
  { grade: 'good', min: 80 },
  { grade: 'pass', min: 60 },
];

/** The grade of a 0–100 score (a composite, or any score coloured like one); null for N/A. */
export function gradeOf(composite: number | null | undefined): Grade | null {
  if (composite == null || Number.isNaN(composite)) return null;
  const shown = roundScore(composite);
  for (const t of GRADE_THRESHOLDS) if (shown >= t.min) return t.grade;
  return 'fail';
}
