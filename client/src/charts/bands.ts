/**
 * The ONE set of score colour bands, used by every table cell, tag and chart: one band per grade
 * (green excellent, blue good, amber pass, red fail) and grey for N/A. The band of a score is shared's
 * gradeOf — the engine's grade of the score as shown with two decimals — so a cell printed "90.00" is
 * always green, like the 优秀 tag beside it.
 */
import { gradeOf, type Grade as EngineGrade } from '@scorecard/shared';
import type { Grade } from '@/api/generated/graphql';

export type Band = EngineGrade | 'na';

export const BAND_COLORS: Readonly<Record<Band, string>> = {
  excellent: '#16a34a',
  good: '#2563eb',
  pass: '#d97706',
  fail: '#dc2626',
  na: '#9ca3af',
};

/** Pale backgrounds for table cells; text keeps the strong colour. */
export const BAND_BACKGROUNDS: Readonly<Record<Band, string>> = {
  excellent: '#dcfce7',
  good: '#dbeafe',
  pass: '#fef3c7',
  fail: '#fee2e2',
  na: '#f3f4f6',
};

export const BANDS: readonly Band[] = ['excellent', 'good', 'pass', 'fail', 'na'];

/** Band of a 0–100 score (composite, dimension or sub-indicator score). */
export function bandOf(score: number | null | undefined): Band {
  return gradeOf(score) ?? 'na';
}

export function bandColor(score: number | null | undefined): string {
  return BAND_COLORS[bandOf(score)];
}

/** Band of a grade the API sent (`EXCELLENT` → excellent); none → N/A. */
export function gradeBand(grade: Grade | null | undefined): Band {
  return grade ? (grade.toLowerCase() as EngineGrade) : 'na';
}
