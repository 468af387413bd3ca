import { describe, expect, test } from 'vitest';
import type { MeasureTable } from '../model/measure.js';
import type { DimensionDef, Scheme } from '../model/scheme.js';
import type { UnitRef } from '../model/unit.js';
import { requirePeriod } from '../periods/period.js';
import { rankSensitivity } from './sensitivity.js';

/** A dimension with one manual sub-indicator scored scale(0, 100), so the measure value is the score. */
function dimension(id: string, weight: number): DimensionDef {
  return {
    id,
    name: { zh: id, en: id },
    weight,
    enabled: true,
    subIndicators: [
      { id: `${id}1`, name: { zh: id, en: id }, weight: 1, measureId: id, source: 'manual', rule: { kind: 'scale', lo: 0, hi: 100 }, enabled: true },
    ],
  };
}

const scheme: Scheme = {
  id: 's',
  version: 1,
  name: 's',
  dimensions: [dimension('A', 50), dimension('B', 50), dimension('C', 0)],
  penalty: { measureId: 'P', pointsPerIncident: 5, maxPoints: 20 },
  remediationThreshold: 60,
};

const v = (value: number) => ({ value, numerator: null, denominator: null });
const units: UnitRef[] = ['X', 'Y', 'Z'].map((code) => ({ code, name: code, kind: 'municipal' }));
// Baseline (A 50, B 50): X = 50, Y = (40 + 58)/2 = 49, Z = 0 → X 1, Y 2, Z 3.
// A 45 / B 55: X = 45, Y = (45·40 + 55·58)/100 = 49.9 → X and Y swap.
// A 55 / B 45: X = 55, Y = 48.1 → unchanged.
// C 5 (A 50, B 50): X = 5000/105 = 47.62, Y = 4900/105 = 46.67, Z = 500/105 = 4.76 → unchanged;
// C −5 stops at 0 → unchanged.
const measures: MeasureTable = {
  X: { A: v(100), B: v(0), C: v(0) },
  Y: { A: v(40), B: v(58), C: v(0) },
  Z: { A: v(0), B: v(0), C: v(100) },
};

describe('rankSensitivity', () => {
  const result = rankSensitivity({ period: requirePeriod('2023-03'), scheme, units, measures, scope: 'all' });

  test.each([
    ['A', 1, 2],
    ['B', 1, 2],
    ['C', 0, 0],
  ])('dimension %s: max shift %i, %i units moved', (dimensionId, maxRankShift, unitsMoved) => {
    expect(result.find((r) => r.dimensionId === dimensionId)).toEqual({ dimensionId, maxRankShift, unitsMoved });
  });

  test('a larger delta can move more', () => {
    // A 30 / B 70: X = 30, Y = (1200 + 4060)/100 = 52.6; Z still last. Same swap, same shift.
    expect(rankSensitivity({ period: requirePeriod('2023-03'), scheme, units, measures, scope: 'all' }, 20)[0]).toEqual({
      dimensionId: 'A',
      maxRankShift: 1,
      unitsMoved: 2,
    });
  });

  test('no units → zeros for every enabled dimension', () => {
    expect(rankSensitivity({ period: requirePeriod('2023-03'), scheme, units: [], measures, scope: 'all' })).toEqual([
      { dimensionId: 'A', maxRankShift: 0, unitsMoved: 0 },
      { dimensionId: 'B', maxRankShift: 0, unitsMoved: 0 },
      { dimensionId: 'C', maxRankShift: 0, unitsMoved: 0 },
    ]);
  });
});
