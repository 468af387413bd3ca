import { describe, expect, test } from 'vitest';
import type { MeasureTable, UnitMeasures } from '../model/measure.js';
import type { Scheme } from '../model/scheme.js';
import type { UnitRef } from '../model/unit.js';
import { requirePeriod } from '../periods/period.js';
import { computeRanking } from './compute.js';
import { DEFAULT_SCHEME } from './default-scheme.js';
import { roundScore } from './rounding.js';

function measures(values: Record<string, number | null>): UnitMeasures {
  const out: UnitMeasures = {};
  for (const [id, value] of Object.entries(values)) out[id] = { value, numerator: null, denominator: null };
  return out;
}

/** One dimension scoring the manual measure M1 with minmax. */
const MINMAX_SCHEME: Scheme = {
  id: 'mm',
  version: 1,
  name: 'minmax',
  dimensions: [
    {
      id: 'X',
      name: { zh: 'X', en: 'X' },
      weight: 100,
      enabled: true,
      subIndicators: [
        { id: 'X1', name: { zh: 'X1', en: 'X1' }, weight: 1, measureId: 'M1', source: 'manual', rule: { kind: 'minmax' }, enabled: true },
      ],
    },
  ],
  penalty: { measureId: 'P', pointsPerIncident: 5, maxPoints: 20 },
  remediationThreshold: 60,
};

const units: UnitRef[] = [
  { code: 'M01', name: 'M01', kind: 'municipal' },
  { code: 'M02', name: 'M02', kind: 'municipal' },
  { code: 'D01', name: 'D01', kind: 'district' },
  { code: 'M03', name: 'M03', kind: 'municipal' }, // no value: N/A, not part of min/max
];
const mmTable: MeasureTable = {
  M01: measures({ M1: 10 }),
  M02: measures({ M1: 20 }),
  D01: measures({ M1: 40 }),
  M03: measures({ M1: null }),
};

describe('minmax depends on the ranking scope', () => {
  test.each([
    // all: min 10, max 40 → M01 0, M02 100·10/30, D01 100
    ['all', [['D01', 100, 1], ['M02', 100 / 3, 2], ['M01', 0, 3], ['M03', null, null]]],
    // municipal: min 10, max 20 → M01 0, M02 100
    ['municipal', [['M02', 100, 1], ['M01', 0, 2], ['M03', null, null]]],
    // district: only D01 has a value → max = min → 100
    ['district', [['D01', 100, 1]]],
    ['public_service', []],
  ] as const)('%s', (scope, expected) => {
    const r = computeRanking({ period: requirePeriod('2023-03'), scheme: MINMAX_SCHEME, units, measures: mmTable, scope });
    expect(r.rows.map((u) => [u.unitCode, u.composite === null ? null : roundScore(u.composite), u.rank])).toEqual(
      expected.map(([c, s, rank]) => [c, s === null ? null : roundScore(s), rank]),
    );
  });

  test('max = min → 100 for all', () => {
    const table: MeasureTable = { M01: measures({ M1: 5 }), M02: measures({ M1: 5 }), D01: measures({ M1: 5 }) };
    const r = computeRanking({ period: requirePeriod('2023-03'), scheme: MINMAX_SCHEME, units, measures: table, scope: 'all' });
    expect(r.rows.map((u) => [u.unitCode, u.composite, u.rank])).toEqual([
      ['D01', 100, 1],
      ['M01', 100, 1],
      ['M02', 100, 1],
      ['M03', null, null],
    ]);
  });
});

describe('computeRanking with the default scheme', () => {
  test('a quarter uses m = 3 for logTarget', () => {
    // Only E1 applies: 10000 calls in a quarter → 100·log10(10001)/log10(30001) = 89.3438…
    const r = computeRanking({
      period: requirePeriod('2023-Q1'),
      scheme: DEFAULT_SCHEME,
      units: [units[0]!],
      measures: { M01: measures({ E1: 10000 }) },
      scope: 'all',
    });
    expect(r.rows[0]?.composite).toBeCloseTo(89.3438052283074, 10);
    expect(r).toMatchObject({ periodId: '2023-Q1', scope: 'all', schemeId: 'default', schemeVersion: 1 });
  });

  test('rank change against the previous period in the same scope', () => {
    const input = { scheme: DEFAULT_SCHEME, units, scope: 'all' as const };
    const feb = computeRanking({
      ...input,
      period: requirePeriod('2023-02'),
      measures: { M01: measures({ U1: 1 }), M02: measures({ U1: 0.9 }), D01: measures({ U1: 0.8 }) },
    });
    const mar = computeRanking({
      ...input,
      period: requirePeriod('2023-03'),
      measures: { M01: measures({ U1: 0.8 }), M02: measures({ U1: 0.9 }), D01: measures({ U1: 1 }) },
      previous: feb,
    });
    expect(mar.rows.map((u) => [u.unitCode, u.rank, u.previousRank, u.rankChange])).toEqual([
      ['D01', 1, 3, 2],
      ['M02', 2, 2, 0],
      ['M01', 3, 1, -2],
      ['M03', null, null, null],
    ]);
  });

  test.each([
    ['2023-02', 'municipal'], // wrong scope
    ['2023-01', 'all'], // not the previous period
  ] as const)('previous %s/%s is rejected', (periodId, scope) => {
    const previous = { periodId, scope, schemeId: 'default', schemeVersion: 1, rows: [] };
    expect(() =>
      computeRanking({ period: requirePeriod('2023-03'), scheme: DEFAULT_SCHEME, units, measures: {}, scope: 'all', previous }),
    ).toThrow(/expected 2023-02\/all/);
  });

  test('units outside the scope are dropped before scoring', () => {
    const r = computeRanking({
      period: requirePeriod('2023-03'),
      scheme: DEFAULT_SCHEME,
      units,
      measures: { D01: measures({ U1: 1 }), M01: measures({ U1: 0.9 }) },
      scope: 'district',
    });
    expect(r.rows.map((u) => u.unitCode)).toEqual(['D01']);
  });
});

describe('what-if preview scale: 5,000 units', () => {
  test('computes and ranks consistently', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const kinds = ['municipal', 'district', 'public_service'] as const;
    const many: UnitRef[] = [];
    const table: MeasureTable = {};
    for (let i = 0; i < 5000; i++) {
      const code = `U${String(4999 - i).padStart(4, '0')}`;
      many.push({ code, name: code, kind: kinds[i % 3]! });
      table[code] = measures({
        U1: rand(), E1: Math.floor(rand() * 20000), E2: rand(), E3: 1 + 4 * rand(), S1: rand() < 0.5 ? 0 : 1,
        S2: rand(), R1: 0.85 + 0.15 * rand(), R2: rand(), R3: rand(), D1: 1 + 3 * rand(), D2: rand(), D3: rand(),
        P: rand() < 0.1 ? 1 : 0,
      });
    }
    const t0 = performance.now();
    const r = computeRanking({ period: requirePeriod('2023-03'), scheme: DEFAULT_SCHEME, units: many, measures: table, scope: 'all' });
    const ms = performance.now() - t0;
    console.info(`computeRanking over 5,000 units: ${ms.toFixed(1)} ms`);

    expect(r.rows).toHaveLength(5000);
    for (let i = 1; i < r.rows.length; i++) {
      const a = r.rows[i - 1]!;
      const b = r.rows[i]!;
      const ka = roundScore(a.composite ?? -1);
      const kb = roundScore(b.composite ?? -1);
      expect(ka).toBeGreaterThanOrEqual(kb);
      if (ka === kb) {
        expect(a.unitCode < b.unitCode).toBe(true);
        expect(b.rank).toBe(a.rank);
      } else {
        expect(b.rank).toBe(i + 1);
      }
    }
  });
});
