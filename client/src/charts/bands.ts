/**
 * The ONE set of score colour bands, used by every table cell, tag and chart: one band per grade
 * (green excellent, blue good, amber pass, red fail) and grey for N/A. The band of a score is shared's
 * gradeOf — the engine's grade of the score as shown with two decimals — so a cell printed "90.00" is
 * always green, like the 优秀 tag beside it.
 */
import { GRADE_BAND_BACKGROUNDS, GRADE_BAND_COLORS, gradeOf, type Grade as EngineGrade } from '@scorecard/shared';
import type { Grade } from '@/api/generated/graphql';

export type Band = EngineGrade | 'na';

/** The colours live in shared (the Excel exports colour grades with them too). */
export const BAND_COLORS: Readonly<Record<Band, string>> = GRADE_BAND_COLORS;

/** Pale backgrounds for table cells; text keeps the strong colour. */
export const BAND_BACKGROUNDS: Readonly<Record<Band, string>> = GRADE_BAND_BACKGROUNDS;

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
