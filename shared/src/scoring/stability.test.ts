import { describe, expect, test } from 'vitest';
import type { MeasureTable } from '../model/measure.js';
import type { DimensionDef, Scheme } from '../model/scheme.js';
import type { UnitRef } from '../model/unit.js';
import { requirePeriod } from '../periods/period.js';
import { computeRanking } from './compute.js';
import { defaultScheme } from './default-scheme.js';
import { seededRandom } from './random.js';
import { rankStability, rankSweep } from './stability.js';

/** A dimension with one manual sub-indicator scored scale(0, 100): the measure value is the score. */
function dimension(id: string, weight: number): DimensionDef {
  return {
    id,
    name: { zh: id, en: id },
    weight,
    enabled: true,
    subIndicators: [
      {
        id: `${id}1`,
        name: { zh: id, en: id },
        weight: 1,
        measureId: id,
        source: 'manual',
        rule: { kind: 'scale', lo: 0, hi: 100 },
        enabled: true,
      },
    ],
  };
}

function ranking(weights: [number, number], scores: Record<string, [number, number]>) {
  const scheme: Scheme = { ...defaultScheme(), dimensions: [dimension('A', weights[0]), dimension('B', weights[1])] };
  const v = (value: number) => ({ value, numerator: null, denominator: null });
  const units: UnitRef[] = Object.keys(scores).map((code) => ({ code, name: code, kind: 'municipal' }));
  const measures: MeasureTable = Object.fromEntries(
    Object.entries(scores).map(([code, [a, b]]) => [code, { A: v(a), B: v(b) }]),
  );
  return computeRanking({ period: requirePeriod('2023-03'), scheme, units, measures, scope: 'all' }).rows;
}

/**
 * W (100, 100) is first under any weights and Z (50, 50) always scores 50. X (100, 0) and Y (0, 100)
 * score 100·a and 100·(1 − a), a = A's share of the weight: whichever dimension weighs more puts its
 * unit second and the other fourth, so at A 50 / B 50 and ±25 % each of X and Y is 2nd about half of
 * the time and 4th otherwise: interval [2, 4]. W stays [1, 1], Z [3, 3] (at an exact tie of X, Y and
 * Z, rare, Z would share 2nd: below 5 % of samples, so outside the interval).
 */
const symmetric = ranking([50, 50], { W: [100, 100], X: [100, 0], Y: [0, 100], Z: [50, 50] });

describe('rankStability', () => {
  test('a hand-built case with a known interval', () => {
    const result = rankStability(symmetric, { spread: 0.25, samples: 1000, seed: 42, unstableWidth: 2 });
    const by = Object.fromEntries(result.map((r) => [r.unitCode, r]));
    expect(by.W).toMatchObject({ nominalRank: 1, medianRank: 1, p5Rank: 1, p95Rank: 1, unstable: false });
    expect(by.Z).toMatchObject({ medianRank: 3, p5Rank: 3, p95Rank: 3, unstable: false });
    expect(by.X).toMatchObject({ p5Rank: 2, p95Rank: 4, unstable: true });
    expect(by.Y).toMatchObject({ p5Rank: 2, p95Rank: 4, unstable: true });
  });

  test('an uncertainty smaller than the gap moves nobody', () => {
    // A 80 / B 20 at ±25 %: A's share stays ≥ 60/85 > ½, so X (100, 0) is always ahead of Y (0, 100).
    const rows = ranking([80, 20], { X: [100, 0], Y: [0, 100] });
    expect(rankStability(rows, { spread: 0.25, samples: 500, seed: 3 })).toEqual([
      { unitCode: 'X', nominalRank: 1, medianRank: 1, p5Rank: 1, p95Rank: 1, unstable: false },
      { unitCode: 'Y', nominalRank: 2, medianRank: 2, p5Rank: 2, p95Rank: 2, unstable: false },
    ]);
  });

  test('same seed, same result; another seed, other samples', () => {
    const rows = ranking(
      [50, 50],
      Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`U${i}`, [(i * 37) % 100, (i * 61) % 100]])),
    );
    const a = rankStability(rows, { spread: 0.4, samples: 300, seed: 7 });
    expect(rankStability(rows, { spread: 0.4, samples: 300, seed: 7 })).toEqual(a);
    expect(seededRandom(7)()).not.toBe(seededRandom(8)());
  });

  test('±0 % collapses every interval to the nominal rank, ties included', () => {
    const rows = ranking([50, 50], { A: [90, 70], B: [70, 90], C: [10, 20], D: [20, 10], E: [60, 60] });
    for (const r of rankStability(rows, { spread: 0, samples: 200, seed: 1 })) {
      expect(r).toEqual({
        unitCode: r.unitCode,
        nominalRank: r.nominalRank,
        medianRank: r.nominalRank,
        p5Rank: r.nominalRank,
        p95Rank: r.nominalRank,
        unstable: false,
      });
    }
    // A and B tie at 80: both nominal 1; C and D tie at 15: both 4.
    expect(rows.map((r) => r.rank)).toEqual([1, 1, 3, 4, 4]);
  });

  test('±0 % on the default scheme reproduces the engine ranks', () => {
    const random = seededRandom(11);
    const v = (value: number) => ({ value, numerator: null, denominator: null });
    const units: UnitRef[] = Array.from({ length: 75 }, (_, i) => ({
      code: `U${String(i).padStart(2, '0')}`,
      name: '',
      kind: 'municipal',
    }));
    const measures: MeasureTable = Object.fromEntries(
      units.map((u) => [
        u.code,
        {
          U1: v(random()),
          E1: v(random() * 20000),
          E2: v(random()),
          E3: v(1 + 4 * random()),
          S1: v(random() < 0.5 ? 0 : 1),
          S2: v(random()),
          R1: v(0.85 + 0.15 * random()),
          R2: v(random()),
          R3: v(random()),
          D1: v(1 + 3 * random()),
          D2: v(random()),
          D3: v(random()),
          P: v(random() < 0.2 ? 1 : 0),
        },
      ]),
    );
    const rows = computeRanking({
      period: requirePeriod('2023-03'),
      scheme: defaultScheme(),
      units,
      measures,
      scope: 'all',
    }).rows;
    const result = rankStability(rows, { spread: 0, samples: 10, seed: 1 });
    expect(result.map((r) => [r.p5Rank, r.p95Rank])).toEqual(rows.map((r) => [r.rank, r.rank]));
  });

  test('no ranked unit → nothing', () => {
    expect(rankStability([], { spread: 0.25, samples: 10, seed: 1 })).toEqual([]);
  });
});

describe('rankSweep', () => {
  test("a unit's rank as one weight runs from 0 to twice its value", () => {
    const sweep = rankSweep(symmetric, 0, 'A', 5);
    expect(sweep.weights).toEqual([0, 25, 50, 75, 100]);
    // A 0: X = 0 (last), Y = 100 ties W. A 25: Y second. A 50: X, Y and Z all 50 → share 2nd.
    expect(sweep.ranks).toEqual({ W: [1, 1, 1, 1, 1], X: [4, 4, 2, 2, 2], Y: [1, 2, 2, 4, 4], Z: [3, 3, 2, 3, 3] });
  });
});
