import { describe, expect, test } from 'vitest';
import type { UnitMeasures } from '../model/measure.js';
import type { Scheme } from '../model/scheme.js';
import type { UnitResult } from '../model/score.js';
import { scoreUnit } from '../scoring/aggregate.js';
import { DEFAULT_SCHEME } from '../scoring/default-scheme.js';
import { apportionScores, roundScore } from '../scoring/rounding.js';
import { mulberry32 } from '../testing/random.js';
import { attributeScoreChange, type ChangePart } from './attribution.js';

/**
 * A scheme small enough to check by hand: every rule is scale(0, 100), so a sub-indicator's score is
 * its measure value. Dimension A (60) = a1 (50) + a2 (50); dimension B (40) = b1; 5 points per
 * incident, at most 20.
 */
function scheme(weights: { A: number; B: number } = { A: 60, B: 40 }, version = 1): Scheme {
  const sub = (id: string, weight: number) => ({
    id,
    name: { zh: id, en: id },
    weight,
    measureId: id,
    source: 'manual' as const,
    rule: { kind: 'scale' as const, lo: 0, hi: 100 },
    enabled: true,
  });
  return {
    id: 'hand',
    version,
    name: 'hand',
    dimensions: [
      {
        id: 'A',
        name: { zh: 'A', en: 'A' },
        weight: weights.A,
        enabled: true,
        subIndicators: [sub('a1', 50), sub('a2', 50)],
      },
      { id: 'B', name: { zh: 'B', en: 'B' }, weight: weights.B, enabled: true, subIndicators: [sub('b1', 100)] },
    ],
    penalty: { measureId: 'P', pointsPerIncident: 5, maxPoints: 20 },
    remediationThreshold: 60,
  };
}

const unit = { code: 'U', name: 'U', kind: 'municipal' as const };

function result(values: Record<string, number | null>, s: Scheme = scheme()): UnitResult {
  const measures: UnitMeasures = {};
  for (const [id, value] of Object.entries(values)) measures[id] = { value, numerator: null, denominator: null };
  return scoreUnit(s, unit, measures, { months: 1 });
}

function byId(parts: ChangePart[]): Record<string, number> {
  return Object.fromEntries(parts.map((p) => [p.id, p.points]));
}

function sum(parts: ChangePart[]): number {
  return parts.reduce((a, p) => a + p.points, 0);
}

// The base month: A = (80 + 60) / 2 = 70, B = 50, composite = 0.6·70 + 0.4·50 = 62.
const BASE = { a1: 80, a2: 60, b1: 50, P: 0 };

describe('attribution on hand-computed cases (parts sum to the change)', () => {
  test.each<[string, Record<string, number | null>, number, Record<string, number>]>([
    // a1's share is 0.6 · 0.5 = 0.3: 0.3 · (40 − 80) = −12. A = 50 → 0.6·50 + 20 = 50.
    ['one sub-indicator changes', { ...BASE, a1: 40 }, 50, { a1: -12 }],
    // a1 N/A: A = a2 = 60 → 36 + 20 = 56. a2's share 0.3 → 0.6 at its old 60: +18; a1's old term
    // 0.3 · 80 leaves: −24 → NA_REWEIGHT −6. a2's and b1's scores did not move: no part.
    ['one becomes N/A', { ...BASE, a1: null }, 56, { NA_REWEIGHT: -6 }],
    // a1 N/A and a2 60 → 70: A = 70 → 62. a2: 0.6 · 10 = +6 offsets the re-weighting −6.
    ['one becomes N/A while another improves', { ...BASE, a1: null, a2: 70 }, 62, { a2: 6, NA_REWEIGHT: -6 }],
    // B N/A: composite = A = 70. Shares a1, a2 0.3 → 0.5: (0.2·80) + (0.2·60) = 28; b1's term 0.4·50 leaves: −20.
    ['a whole dimension becomes N/A', { ...BASE, b1: null }, 70, { NA_REWEIGHT: 8 }],
    // 2 incidents: 62 − 10 = 52.
    ['the penalty changes', { ...BASE, P: 2 }, 52, { P: -10 }],
    // Penalty and scores: a1 80 → 100 (+6), b1 50 → 25 (0.4 · −25 = −10), 1 incident (−5): 62 − 9 = 53.
    ['scores and penalty together', { ...BASE, a1: 100, b1: 25, P: 1 }, 53, { a1: 6, b1: -10, P: -5 }],
  ])('%s', (_, now, composite, expected) => {
    const before = result(BASE);
    const after = result(now);
    expect(before.composite).toBeCloseTo(62, 12);
    expect(after.composite).toBeCloseTo(composite, 12);
    const change = attributeScoreChange({ previous: before, current: after });
    expect(change.from).toBe(before.composite);
    expect(change.to).toBe(after.composite);
    expect(Object.keys(byId(change.parts)).sort()).toEqual(Object.keys(expected).sort());
    for (const [id, points] of Object.entries(expected)) expect(byId(change.parts)[id], id).toBeCloseTo(points, 12);
    expect(sum(change.parts)).toBeCloseTo(composite - 62, 12);
  });

  test('N/A changes are listed: a sub-indicator inside a dimension, or the whole dimension', () => {
    const before = result(BASE);
    expect(attributeScoreChange({ previous: before, current: result({ ...BASE, a1: null }) }).applicability).toEqual([
      { level: 'subIndicator', id: 'a1', applicableNow: false },
    ]);
    expect(attributeScoreChange({ previous: before, current: result({ ...BASE, b1: null }) }).applicability).toEqual([
      { level: 'dimension', id: 'B', applicableNow: false },
    ]);
    expect(attributeScoreChange({ previous: result({ ...BASE, b1: null }), current: before }).applicability).toEqual([
      { level: 'dimension', id: 'B', applicableNow: true },
    ]);
  });

  test('the penalty part is what was actually taken off when the composite is clamped at 0', () => {
    // Scores 30 → 10 everywhere (−20 over the three shares), 0 → 3 incidents: 10 − 15 clamps to 0.
    const before = result({ a1: 30, a2: 30, b1: 30, P: 0 });
    const after = result({ a1: 10, a2: 10, b1: 10, P: 3 });
    expect(after.composite).toBe(0);
    const change = attributeScoreChange({ previous: before, current: after });
    expect(byId(change.parts)).toEqual({
      a1: expect.closeTo(-6, 12),
      a2: expect.closeTo(-6, 12),
      b1: expect.closeTo(-8, 12),
      P: expect.closeTo(-10, 12),
    });
    expect(sum(change.parts)).toBeCloseTo(-30, 12);
  });

  test('the scheme changes between periods: a SCHEME part, then the rest under the new scheme', () => {
    // v1 weights A 60 / B 40 → last month 62. Under v2 (A 50 / B 50) last month is 0.5·70 + 0.5·50 = 60:
    // SCHEME = 60 − 62 = −2. This month under v2: a1 80 → 90, A = 75 → 37.5 + 25 = 62.5; a1's share
    // 0.25 · 10 = +2.5. Total +0.5, and the weight change is never counted as the unit's own doing.
    const v2 = scheme({ A: 50, B: 50 }, 2);
    const previous = result(BASE);
    const rescored = result(BASE, v2);
    const current = result({ ...BASE, a1: 90 }, v2);
    const change = attributeScoreChange({ previous, current, previousUnderCurrentScheme: rescored });
    expect(change.parts.map((p) => p.id)).toEqual(['SCHEME', 'a1']);
    expect(byId(change.parts)).toEqual({ SCHEME: expect.closeTo(-2, 12), a1: expect.closeTo(2.5, 12) });
    expect(sum(change.parts)).toBeCloseTo(62.5 - 62, 12);
  });

  test('a scheme under which nothing of the previous period counts explains the whole change', () => {
    const change = attributeScoreChange({
      previous: result(BASE),
      current: result(BASE),
      previousUnderCurrentScheme: result({}),
    });
    expect(change.parts).toEqual([{ id: 'SCHEME', kind: 'scheme', points: 0 }]);
  });

  test('nothing to explain without both composites', () => {
    expect(attributeScoreChange({ previous: null, current: result(BASE) })).toMatchObject({ from: null, parts: [] });
    expect(attributeScoreChange({ previous: result(BASE), current: result({}) })).toMatchObject({
      to: null,
      parts: [],
    });
  });
});

describe('the parts always sum to the change (default scheme, 500 random month pairs)', () => {
  const next = mulberry32(15);
  const RANGES: Record<string, [number, number]> = {
    U1: [0, 1],
    E1: [0, 20000],
    E2: [0, 1],
    E3: [1, 5],
    S1: [0, 1],
    S2: [0, 1],
    R1: [0.8, 1],
    R2: [0, 1],
    R3: [0, 1],
    D1: [1, 4],
    D2: [0, 1],
    D3: [0, 1],
  };
  function month(): UnitMeasures {
    const out: UnitMeasures = {};
    for (const [id, [lo, hi]] of Object.entries(RANGES)) {
      const value = next() < 0.15 ? null : id === 'S1' ? Math.round(next()) : lo + next() * (hi - lo);
      out[id] = { value, numerator: null, denominator: null };
    }
    out.P = { value: next() < 0.7 ? 0 : Math.floor(next() * 6), numerator: null, denominator: null };
    return out;
  }
  test('exact before rounding, and the rounded parts add up to the shown change', () => {
    for (let i = 0; i < 500; i++) {
      const previous = scoreUnit(DEFAULT_SCHEME, unit, month(), { months: 1 });
      const current = scoreUnit(DEFAULT_SCHEME, unit, month(), { months: 1 });
      const change = attributeScoreChange({ previous, current });
      if (change.from === null || change.to === null) continue;
      expect(sum(change.parts)).toBeCloseTo(change.to - change.from, 9);
      const shown = apportionScores(
        change.parts.map((p) => p.points),
        change.from,
        change.to,
      );
      const shownSum = shown.reduce((a, b) => a + b, 0);
      expect(Math.round(shownSum * 100)).toBe(Math.round((roundScore(change.to) - roundScore(change.from)) * 100));
      shown.forEach((s, k) => expect(Math.abs(s - change.parts[k]!.points)).toBeLessThan(0.02));
    }
  });
});
