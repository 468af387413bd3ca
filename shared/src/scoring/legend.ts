/**
 * Legends (图例, as in DHIS2's scorecard): colour bands of a score, defined per dimension and
 * sub-indicator in the scheme. A sub-indicator without its own legend uses its dimension's; a dimension
 * without one uses the scheme's default legend, and without that the grade bands (SPEC §6: ≥ 90 / ≥ 80 /
 * ≥ 60 / below), so a scheme that defines no legend looks exactly as before. Like gradeOf, a band is chosen on the score rounded to two decimals —
 * the number printed in the cell — so "90.00" never shows the colour of "below 90".
 */
import type { LegendBand, LocalizedName, Scheme } from '../model/scheme.js';
import type { Grade } from '../model/score.js';
import { GRADE_BAND_COLORS as GRADE_COLORS } from './grade-colors.js';
import { GRADE_THRESHOLDS } from './grades.js';
import { roundScore } from './rounding.js';

const GRADE_LABELS: Readonly<Record<Grade, LocalizedName>> = {
  excellent: { zh: '优秀', en: 'Excellent' },
  good: { zh: '良好', en: 'Good' },
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
};

/** The grade bands as a legend, highest first. */
export function defaultLegend(): LegendBand[] {
  return [
    ...GRADE_THRESHOLDS.map((t) => ({ from: t.min, color: GRADE_COLORS[t.grade], label: { ...GRADE_LABELS[t.grade] } })),
    { from: 0, color: GRADE_COLORS.fail, label: { ...GRADE_LABELS.fail } },
  ];
}

export interface ResolvedLegend {
  /** Highest band first. */
  bands: readonly LegendBand[];
  /**
   * Where the bands come from: the indicator itself, its dimension, the scheme's default legend, or the
   * grade bands. For the scheme's default legend itself (`schemeLegendOf`), 'own' or 'default'.
   */
  source: 'own' | 'dimension' | 'scheme' | 'default';
}

/** The scheme's default legend: its own bands, else the grade bands. */
export function schemeLegendOf(scheme: Scheme | null | undefined): ResolvedLegend {
  return scheme?.legend?.length ? { bands: sortBands(scheme.legend), source: 'own' } : { bands: defaultLegend(), source: 'default' };
}

/**
 * The legend of a dimension or sub-indicator id in a scheme: its own bands, else (a sub-indicator) its
 * dimension's, else the scheme's default legend, else the grade bands. An unknown id gets the default.
 */
export function legendOf(scheme: Scheme | null | undefined, indicatorId: string): ResolvedLegend {
  for (const d of scheme?.dimensions ?? []) {
    if (d.id === indicatorId) {
      return d.legend?.length ? { bands: sortBands(d.legend), source: 'own' } : inherited(scheme);
    }
    const s = d.subIndicators.find((x) => x.id === indicatorId);
    if (!s) continue;
    if (s.legend?.length) return { bands: sortBands(s.legend), source: 'own' };
    if (d.legend?.length) return { bands: sortBands(d.legend), source: 'dimension' };
    return inherited(scheme);
  }
  return inherited(scheme);
}

/** What an indicator without its own (or its dimension's) legend gets. */
function inherited(scheme: Scheme | null | undefined): ResolvedLegend {
  const fallback = schemeLegendOf(scheme);
  return { bands: fallback.bands, source: fallback.source === 'own' ? 'scheme' : 'default' };
}
const sortBands = (bands: readonly LegendBand[]): LegendBand[] => [...bands].sort((a, b) => b.from - a.from);

/**
 * The band of a 0–100 score: the highest band whose `from` the score (as shown, two decimals) reaches.
 * Null for N/A, and for a score below every band (a legend whose lowest band starts above 0 leaves
 * those scores uncoloured; validateScheme warns about it).
 */
export function resolveLegendBand(
  bands: readonly LegendBand[],
  score: number | null | undefined,
): LegendBand | null {
  if (score == null || Number.isNaN(score)) return null;
  const shown = roundScore(score);
  let best: LegendBand | null = null;
  for (const b of bands) if (shown >= b.from && (!best || b.from > best.from)) best = b;
  return best;
}

/** The band of `indicatorId`'s score under `scheme`: legendOf then resolveLegendBand. */
export function legendBandOf(
  scheme: Scheme | null | undefined,
  indicatorId: string,
  score: number | null | undefined,
): LegendBand | null {
  return resolveLegendBand(legendOf(scheme, indicatorId).bands, score);
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Which check a legend issue failed: the editor words its inline message by it. */
export type LegendIssueReason = 'empty' | 'from-range' | 'from-duplicate' | 'color' | 'label' | 'no-zero';

export interface LegendIssue {
  severity: 'error' | 'warning';
  reason: LegendIssueReason;
  /** Path below the legend, e.g. `legend.1.color`. */
  path: string;
  message: string;
}

/**
 * Field-by-field checks of one legend (validateScheme prefixes the indicator's path): every band needs
 * `from` in 0–100, a `#rrggbb` colour and both names; `from` values are distinct; a legend without a
 * band from 0 leaves low scores uncoloured (a warning).
 */
export function legendIssues(bands: readonly LegendBand[]): LegendIssue[] {
  const issues: LegendIssue[] = [];
  if (bands.length === 0) {
    return [{ severity: 'error', reason: 'empty', path: 'legend', message: 'a legend needs at least one band (or leave it out for the grade bands)' }];
  }
  const seen = new Set<number>();
  bands.forEach((b, i) => {
    const p = `legend.${i}`;
    if (typeof b.from !== 'number' || !Number.isFinite(b.from) || b.from < 0 || b.from > 100) {
      issues.push({ severity: 'error', reason: 'from-range', path: `${p}.from`, message: `band start must be a number from 0 to 100, got ${String(b.from)}` });
    } else if (seen.has(b.from)) {
      issues.push({ severity: 'error', reason: 'from-duplicate', path: `${p}.from`, message: `two bands start at ${b.from}` });
    } else seen.add(b.from);
    if (typeof b.color !== 'string' || !COLOR.test(b.color)) {
      issues.push({ severity: 'error', reason: 'color', path: `${p}.color`, message: `colour must be #rrggbb, got ${JSON.stringify(b.color)}` });
    }
    if (!b.label?.zh?.trim() || !b.label?.en?.trim()) {
      issues.push({ severity: 'warning', reason: 'label', path: `${p}.label`, message: 'both the Chinese and the English label are needed' });
    }
  });
  if (seen.size > 0 && !seen.has(0)) {
    issues.push({ severity: 'warning', reason: 'no-zero', path: 'legend', message: 'no band starts at 0: scores below the lowest band have no colour' });
  }
  return issues;
}
