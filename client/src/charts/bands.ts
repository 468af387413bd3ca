/**
 * The ONE set of score colour bands, used by every table cell, tag and chart (SPEC §6 grade thresholds):
 * ≥ 90 green, ≥ 80 blue, ≥ 60 amber, < 60 red, grey for N/A.
 */
export type Band = 'excellent' | 'good' | 'pass' | 'fail' | 'na';
export type GradeId = 'EXCELLENT' | 'GOOD' | 'PASS' | 'FAIL';

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

/** Lower bounds, highest first. */
const THRESHOLDS: ReadonlyArray<readonly [number, Band]> = [
  [90, 'excellent'],
  [80, 'good'],
  [60, 'pass'],
];

/**
 * Band of a 0–100 score at full precision, like the grade (SPEC §6 grades the unrounded composite), so a
 * cell's colour always agrees with its grade tag: 89.995 is shown as "90.00" but is 良好 and blue.
 */
export function bandOf(score: number | null | undefined): Band {
  if (score == null || Number.isNaN(score)) return 'na';
  for (const [min, band] of THRESHOLDS) if (score >= min) return band;
  return 'fail';
}

export function bandColor(score: number | null | undefined): string {
  return BAND_COLORS[bandOf(score)];
}

export function gradeBand(grade: GradeId | null | undefined): Band {
  switch (grade) {
    case 'EXCELLENT':
      return 'excellent';
    case 'GOOD':
      return 'good';
    case 'PASS':
      return 'pass';
    case 'FAIL':
      return 'fail';
    default:
      return 'na';
  }
}

/** The grade a band stands for; N/A has none. */
export function bandGrade(band: Band): GradeId | null {
  const map: Record<Band, GradeId | null> = {
    excellent: 'EXCELLENT',
    good: 'GOOD',
    pass: 'PASS',
    fail: 'FAIL',
    na: null,
  };
  return map[band];
}
