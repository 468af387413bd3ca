import { describe, expect, test } from 'vitest';
import type { UnitMeasures } from '../model/measure.js';
import type { UnitRef } from '../model/unit.js';
import { scoreUnit } from './aggregate.js';
import { defaultScheme, DEFAULT_SCHEME } from './default-scheme.js';
import { mulberry32 } from '../testing/random.js';

const unit: UnitRef = { code: 'A01', name: 'A', kind: 'municipal' };
const month = { months: 1 };

/** Measures from plain values; null = N/A, an absent key = missing (also N/A). */
function measures(values: Record<string, number | null>): UnitMeasures {
  const out: UnitMeasures = {};
  for (const [id, value] of Object.entries(values)) out[id] = { value, numerator: null, denominator: null };
  return out;
}

const PERFECT = { U1: 1, E1: 10000, E2: 1, E3: 5, S1: 1, S2: 1, R1: 1, R2: 1, R3: 1, D1: 4, D2: 1, D3: 1, P: 0 };

function sub(result: ReturnType<typeof scoreUnit>, id: string) {
  const s = result.dimensions.flatMap((d) => d.subIndicators).find((x) => x.id === id);
  if (!s) throw new Error(`no sub-indicator ${id}`);
  return s;
}

function dim(result: ReturnType<typeof scoreUnit>, id: string) {
  return result.dimensions.find((d) => d.id === id) ?? null;
}

describe('N/A re-weighting (default scheme)', () => {
  // U1 0.775 → band(0.6,0.95) = 50                  U = 50
  // E1 N/A; E2 0.95 → 100; E3 3 → scale(1,5) = 50   E = (40·100 + 20·50) / (40 + 20) = 83.333…
  // S1 0 → 0; S2 0.75 → band(0.5,1) = 50            S = (40·0 + 60·50) / 100 = 30
  // R1, R2, R3 N/A                                   R = N/A
  // D1 2.5 → scale(1,4) = 50; D2 0.9 → 100; D3 0.6 → 50
  //                                                  D = (40·50 + 30·100 + 30·50) / 100 = 65
  // before penalty = (25·50 + 25·83.333… + 15·30 + 15·65) / (25 + 25 + 15 + 15) = 4758.333… / 80 = 59.479166…
  // P = 1 → 5 points → composite 54.479166… (fail)
  const r = scoreUnit(
    DEFAULT_SCHEME,
    unit,
    measures({ U1: 0.775, E1: null, E2: 0.95, E3: 3, S1: 0, S2: 0.75, R1: null, R2: null, D1: 2.5, D2: 0.9, D3: 0.6, P: 1 }),
    month,
  );

  test.each([
    ['U', 50],
    ['E', 250 / 3],
    ['S', 30],
    ['R', null],
    ['D', 65],
  ])('dimension %s = %s', (id, s) => {
    const d = dim(r, id);
    if (s === null) {
      expect(d?.score).toBeNull();
      expect(d?.applicable).toBe(false);
    } else expect(d?.score).toBeCloseTo(s, 10);
  });

  test('composite, penalty, grade', () => {
    expect(r.compositeBeforePenalty).toBeCloseTo(4758.333333333333 / 80, 10);
    expect(r.penalty).toBe(5);
    expect(r.incidents).toBe(1);
    expect(r.composite).toBeCloseTo(4758.333333333333 / 80 - 5, 10);
    expect(r.grade).toBe('fail');
    expect(r.rank).toBeNull();
  });

  test.each([
    ['U1', 15.625], // (25/80)·(100/100)·(100 − 50)
    ['E1', 0], // N/A
    ['E2', 0], // (25/80)·(40/60)·0
    ['E3', 5.208333333333333], // (25/80)·(20/60)·50
    ['S1', 7.5], // (15/80)·(40/100)·100
    ['S2', 5.625], // (15/80)·(60/100)·50
    ['R1', 0], // N/A: R3 is missing from the record altogether, also N/A
    ['R3', 0],
    ['D1', 3.75], // (15/80)·(40/100)·50
    ['D2', 0],
    ['D3', 2.8125], // (15/80)·(30/100)·50
  ])('points lost %s = %d', (id, p) => expect(sub(r, id).pointsLost).toBeCloseTo(p, 10));

  test('points lost sum to 100 − compositeBeforePenalty (40.520833…)', () => {
    const total = r.dimensions.flatMap((d) => d.subIndicators).reduce((a, s) => a + s.pointsLost, 0);
    expect(total).toBeCloseTo(100 - (r.compositeBeforePenalty ?? 0), 10);
    expect(total).toBeCloseTo(40.520833333333336, 10);
  });

  test('N/A and missing measures are both not applicable', () => {
    expect(sub(r, 'E1')).toMatchObject({ value: null, score: null, applicable: false });
    expect(sub(r, 'R3')).toMatchObject({ value: null, score: null, applicable: false });
  });
});

describe('penalty and clamping', () => {
  test.each([
    // [incidents, composite before, penalty, composite, grade]
    [0, 100, 0, 100, 'excellent'],
    [1, 100, 5, 95, 'excellent'],
    [3, 100, 15, 85, 'good'],
    [4, 100, 20, 80, 'good'],
    [5, 100, 20, 80, 'good'], // 25 points capped at 20
    [9, 100, 20, 80, 'good'],
  ])('%i incidents on a perfect unit', (p, before, penalty, composite, grade) => {
    const r = scoreUnit(DEFAULT_SCHEME, unit, measures({ ...PERFECT, P: p }), month);
    expect(r.compositeBeforePenalty).toBe(before);
    expect(r.penalty).toBe(penalty);
    expect(r.composite).toBe(composite);
    expect(r.grade).toBe(grade);
  });

  test('composite 10 with 3 incidents clamps to 0', () => {
    // Only U applies: U1 0.635 → 100·0.035/0.35 = 10; composite 10 − 15 → clamped to 0.
    const r = scoreUnit(DEFAULT_SCHEME, unit, measures({ U1: 0.635, P: 3 }), month);
    expect(r.compositeBeforePenalty).toBeCloseTo(10, 10);
    expect(r.penalty).toBe(15);
    expect(r.composite).toBe(0);
    expect(r.grade).toBe('fail');
  });

  test('all dimensions N/A → unranked, penalty still reported', () => {
    const r = scoreUnit(DEFAULT_SCHEME, unit, measures({ P: 2 }), month);
    expect(r).toMatchObject({ composite: null, compositeBeforePenalty: null, grade: null, penalty: 10, incidents: 2 });
    expect(r.dimensions.every((d) => !d.applicable)).toBe(true);
    expect(r.dimensions.flatMap((d) => d.subIndicators).every((s) => s.pointsLost === 0)).toBe(true);
  });

  test('no measures at all → unranked, no penalty', () => {
    expect(scoreUnit(DEFAULT_SCHEME, unit, undefined, month)).toMatchObject({ composite: null, penalty: 0, incidents: 0 });
  });
});

describe('disabled and zero-weight items', () => {
  test('a disabled dimension is skipped entirely', () => {
    const scheme = defaultScheme();
    scheme.dimensions[3]!.enabled = false; // R
    // U1 1 → 100; R1 0 would score 0 if counted. Only U applies: composite 100.
    const r = scoreUnit(scheme, unit, measures({ U1: 1, R1: 0 }), month);
    expect(r.dimensions.map((d) => d.id)).toEqual(['U', 'E', 'S', 'D']);
    expect(r.composite).toBe(100);
  });

  test('a disabled sub-indicator is skipped entirely', () => {
    const scheme = defaultScheme();
    scheme.dimensions[1]!.subIndicators[0]!.enabled = false; // E1
    // E1 0 would score 0; without it E = (40·100 + 20·50) / 60 = 83.333…
    const r = scoreUnit(scheme, unit, measures({ E1: 0, E2: 1, E3: 3 }), month);
    expect(dim(r, 'E')?.subIndicators.map((s) => s.id)).toEqual(['E2', 'E3']);
    expect(dim(r, 'E')?.score).toBeCloseTo(250 / 3, 10);
    expect(r.composite).toBeCloseTo(250 / 3, 10);
  });

  test('a zero-weight dimension is scored but does not count', () => {
    const scheme = defaultScheme();
    scheme.dimensions[0]!.weight = 0; // U
    // U1 0.6 → 0 but weightless; S1 1, S2 1 → S = 100 → composite 100, U1 loses no points.
    const r = scoreUnit(scheme, unit, measures({ U1: 0.6, S1: 1, S2: 1 }), month);
    expect(dim(r, 'U')).toMatchObject({ score: 0, applicable: true });
    expect(r.composite).toBe(100);
    expect(sub(r, 'U1').pointsLost).toBe(0);
  });
});

test('numerator and denominator pass through for "31 of 40"', () => {
  const m: UnitMeasures = { U1: { value: 31 / 40, numerator: 31, denominator: 40 } };
  expect(sub(scoreUnit(DEFAULT_SCHEME, unit, m, month), 'U1')).toMatchObject({ numerator: 31, denominator: 40 });
});

describe('points lost property over random units', () => {
  const rand = mulberry32(42);
  const cases = Array.from({ length: 300 }, (_, i) => {
    const v = (scale: number) => (rand() < 0.2 ? null : rand() * scale);
    return [
      i,
      { U1: v(1), E1: v(20000), E2: v(1), E3: v(6), S1: rand() < 0.5 ? 0 : 1, S2: v(1), R1: v(1), R2: v(1), R3: v(1), D1: v(4), D2: v(1), D3: v(1), P: Math.floor(rand() * 3) },
    ] as const;
  });

  test.each(cases)('unit %i', (_, values) => {
    const r = scoreUnit(DEFAULT_SCHEME, unit, measures(values), { months: 3 });
    const total = r.dimensions.flatMap((d) => d.subIndicators).reduce((a, s) => a + s.pointsLost, 0);
    expect(r.compositeBeforePenalty).not.toBeNull(); // S1 always applies here
    expect(total).toBeCloseTo(100 - (r.compositeBeforePenalty ?? 0), 9);
    expect(r.composite).toBeGreaterThanOrEqual(0);
    expect(r.composite).toBeLessThanOrEqual(100);
  });
});

describe('the grade is of the composite as shown (two decimals, SPEC §6)', () => {
  // Only U applies: U1 is scored band(0.6, 0.95), so U1 = 0.6 + 0.35·c/100 gives composite c.
  test.each([
    [89.996, 'excellent'], // shown 90.00
    [89.994, 'good'], // shown 89.99
    [79.995, 'good'], // shown 80.00
    [59.995, 'pass'], // shown 60.00
    [59.994, 'fail'],
  ])('composite ≈ %d → %s', (c, grade) => {
    const r = scoreUnit(DEFAULT_SCHEME, unit, measures({ U1: 0.6 + (0.35 * c) / 100 }), month);
    expect(r.composite).toBeCloseTo(c, 9);
    expect(r.grade).toBe(grade);
  });
});
