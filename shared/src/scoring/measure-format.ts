/**
 * How a measure value reads (SPEC §4): a ratio as a percentage (`95.13%`), a count as a whole number, a
 * mean and a manual number with their decimals, a 0/1 flag as `0` or `1`. Words (units, yes/no) are the
 * screen's to add in its language.
 */
import type { MeasureInfo } from '../model/measure.js';
import { formatDecimal } from './rounding.js';

export function formatMeasureValue(
  value: number | null | undefined,
  info: Pick<MeasureInfo, 'kind' | 'decimals'>,
  na = '—',
): string {
  if (value == null || Number.isNaN(value)) return na;
  return info.kind === 'ratio' ? `${formatDecimal(value * 100, info.decimals)}%` : formatDecimal(value, info.decimals);
}
