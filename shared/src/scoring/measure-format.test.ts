import { describe, expect, test } from 'vitest';
import { MEASURE_INFO, measureInfo } from '../model/measure.js';
import { formatMeasureValue } from './measure-format.js';

describe('measure metadata', () => {
  test.each([
    ['U1', 'ratio'],
    ['E1', 'count'],
    ['E3', 'mean'],
    ['S1', 'binary'],
    ['D1', 'mean'],
    ['P', 'count'],
    ['M_TRAINING', 'number'], // any other id is a manual measure
  ])('%s is a %s', (id, kind) => expect(measureInfo(id).kind).toBe(kind));

  test('every ratio shows two decimals of its percentage', () => {
    for (const info of Object.values(MEASURE_INFO)) if (info.kind === 'ratio') expect(info.decimals).toBe(2);
  });
});

describe('formatMeasureValue', () => {
  test.each([
    ['U1', 0.5625, '56.25%'],
    ['U1', 0.95125, '95.13%'],
    ['U1', 1, '100.00%'],
    ['E1', 12345, '12345'],
    ['E3', 4.125, '4.13'],
    ['D1', 2.5, '2.50'],
    ['S1', 1, '1'],
    ['P', 3, '3'],
    ['M_TRAINING', 87.456, '87.46'],
    ['U1', null, '—'],
  ] as const)('%s %s → %s', (id, value, text) => expect(formatMeasureValue(value, measureInfo(id))).toBe(text));

  test('the N/A text is the caller’s', () => expect(formatMeasureValue(null, measureInfo('E1'), 'N/A')).toBe('N/A'));
});
