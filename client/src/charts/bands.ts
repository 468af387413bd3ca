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

/**
 * Pale background of a legend colour (a scheme's own band, `#rrggbb`): the colour mixed 82 % with white,
 * like BAND_BACKGROUNDS are to BAND_COLORS, so cells of any legend read alike.
 */
export function paleOf(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return BAND_BACKGROUNDS.na;
  const mix = (c: string) => Math.round(parseInt(c, 16) * 0.18 + 255 * 0.82).toString(16).padStart(2, '0');
  return `#${mix(m[1]!)}${mix(m[2]!)}${mix(m[3]!)}`;
}
