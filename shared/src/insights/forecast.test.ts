import { describe, expect, test } from 'vitest';
import type { MeasureTable, UnitMeasures } from '../model/measure.js';
import type { UnitRef } from '../model/unit.js';
import { monthPeriod } from '../periods/period.js';
import { DEFAULT_SCHEME } from '../scoring/default-scheme.js';
import { dampedTrend, forecastMeasure, forecastMeasures, historyBefore, type MonthOfMeasures } from './forecast.js';

describe('damped trend (α 0.4, β 0.2, φ 0.9, trend starting at 0)', () => {
  test.each<[string, number[], number]>([
    ['one value', [0.5], 0.5],
    ['a constant series stays', [0.7, 0.7, 0.7, 0.7], 0.7],
    // l 0.6, b 0 → l 0.4·0.7 + 0.6·0.6 = 0.64, b 0.2·0.04 = 0.008
    // → l 0.4·0.8 + 0.6·(0.64 + 0.9·0.008) = 0.70832, b 0.2·0.06832 + 0.8·0.9·0.008 = 0.019424
    // → 0.70832 + 0.9·0.019424 = 0.7258016
    ['a rising series, damped', [0.6, 0.7, 0.8], 0.7258016],
  ])('%s', (_, series, expected) => expect(dampedTrend(series)).toBeCloseTo(expected, 12));
});

describe('one measure', () => {
  test.each<[string, string, (number | null)[], number | null]>([
    ['N/A last month stays N/A', 'U1', [0.8, 0.9, null], null],
    ['only the trailing run of applicable months counts', 'U1', [0.2, null, 0.6, 0.7, 0.8], 0.7258016],
    // The trend alone would give 1.0961 (checked below): a ratio never leaves 0–1.
    ['kept inside the measure range', 'U1', [0, 0.2, 0.4, 0.6, 0.8, 1, 1, 1], 1],
    // The same shape scaled (5 − 4·x): the trend alone would give 5 − 4·1.0961 = 0.6158; kept within 1–5.
    ['satisfaction stays within 1–5', 'E3', [5, 4.2, 3.4, 2.6, 1.8, 1, 1, 1], 1],
    ['0/1 (S1) repeats last month', 'S1', [1, 1, 0], 0],
    // the last 6 months: 1, 0, 0, 2, 0, 3 → 6 / 6 = 1 expected incident.
    ['incidents: the mean of the last 6 months', 'P', [0, 1, 0, 0, 2, 0, 3], 1],
    ['incidents: a month without a value counts 0', 'P', [null, 2], 1],
  ])('%s', (_, id, values, expected) => {
    const value = forecastMeasure(id, values).value;
    if (id === 'U1' && expected === 1) expect(dampedTrend(values as number[])).toBeCloseTo(1.0961, 4);
    if (id === 'E3') expect(dampedTrend(values as number[])).toBeCloseTo(0.6158, 3);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 4);
  });
});

const UNITS: UnitRef[] = [
  { code: 'A', name: 'A', kind: 'municipal' },
  { code: 'B', name: 'B', kind: 'district' },
];

/** A unit improving by 0.05 a month (A) and one getting worse (B); every measure of the default scheme. */
function month(i: number, scale = 1): MonthOfMeasures {
  const table: MeasureTable = {};
  for (const [code, drift] of [
    ['A', 0.05],
    ['B', -0.05],
  ] as const) {
    const r = Math.min(1, Math.max(0, 0.6 + drift * i)) * scale;
    const m: UnitMeasures = {};
    for (const id of ['U1', 'E2', 'S2', 'R1', 'R2', 'R3', 'D2', 'D3'])
      m[id] = { value: r, numerator: null, denominator: null };
    m.E1 = { value: 1000 * (i + 1), numerator: null, denominator: null };
    m.E3 = { value: 1 + 4 * r, numerator: null, denominator: null };
    m.D1 = { value: 1 + 3 * r, numerator: null, denominator: null };
    m.S1 = { value: 1, numerator: null, denominator: null };
    m.P = { value: i % 3 === 0 ? 1 : 0, numerator: null, denominator: null };
    table[code] = m;
  }
  return { period: monthPeriod(2023, i + 1), measures: table };
}

describe('forecast of a month uses no data of that month or later', () => {
  const months = [0, 1, 2, 3, 4, 5].map((i) => month(i));
  const target = monthPeriod(2023, 4);

  test('the history is the months before the target, whatever is passed', () => {
    expect(historyBefore(months, target).map((m) => m.period.id)).toEqual(['2023-01', '2023-02', '2023-03']);
  });

  test('truncating the data at the target leaves the forecast unchanged; changing the target month too', () => {
    const full = forecastMeasures(months, target, UNITS, DEFAULT_SCHEME);
    const truncated = forecastMeasures(months.slice(0, 3), target, UNITS, DEFAULT_SCHEME);
    const garbled = forecastMeasures(
      [...months.slice(0, 3), month(3, 0), month(4, 0.1)],
      target,
      UNITS,
      DEFAULT_SCHEME,
    );
    expect(full).not.toBeNull();
    expect(truncated).toEqual(full);
    expect(garbled).toEqual(full);
  });

  test('deterministic: the same input gives the same forecast', () => {
    expect(forecastMeasures(months, target, UNITS, DEFAULT_SCHEME)).toEqual(
      forecastMeasures(months, target, UNITS, DEFAULT_SCHEME),
    );
  });

  test('no forecast with fewer than 3 months of history', () => {
    expect(forecastMeasures(months, monthPeriod(2023, 3), UNITS, DEFAULT_SCHEME)).toBeNull();
  });
});
