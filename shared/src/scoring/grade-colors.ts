import type { Grade } from '../model/score.js';

/**
 * THE colours of the score bands (one per grade, grey for N/A): the browser's tables, tags and
 * charts (client/src/charts/bands.ts) and the server's Excel exports use these.
 */
export type GradeBand = Grade | 'na';

export const GRADE_BAND_COLORS: Readonly<Record<GradeBand, string>> = {
  excellent: '#16a34a',
  good: '#2563eb',
  pass: '#d97706',
  fail: '#dc2626',
  na: '#9ca3af',
};

/** Pale backgrounds for table cells; text keeps the strong colour. */
export const GRADE_BAND_BACKGROUNDS: Readonly<Record<GradeBand, string>> = {
  excellent: '#dcfce7',
  good: '#dbeafe',
  pass: '#fef3c7',
  fail: '#fee2e2',
  na: '#f3f4f6',
};
