import { describe, expect, test } from 'vitest';
import { COMPUTED_MEASURE_IDS } from '../model/measure.js';
import { defaultScheme, DEFAULT_SCHEME } from './default-scheme.js';
import { formatRule } from './rules.js';
import { validateScheme } from './validate-scheme.js';

describe('DEFAULT_SCHEME matches SPEC §3', () => {
  test.each([
    ['U', 25, [['U1', 100, 'band(0.6, 0.95)']]],
    ['E', 25, [['E1', 40, 'logTarget(10000)'], ['E2', 40, 'band(0.6, 0.95)'], ['E3', 20, 'scale(1, 5)']]],
    ['S', 15, [['S1', 40, 'binary'], ['S2', 60, 'band(0.5, 1)']]],
    ['R', 20, [['R1', 50, 'band(0.9, 0.99)'], ['R2', 30, 'band(0.6, 1)'], ['R3', 20, 'band(0.3, 0.8)']]],
    ['D', 15, [['D1', 40, 'scale(1, 4)'], ['D2', 30, 'band(0.3, 0.9)'], ['D3', 30, 'band(0.3, 0.9)']]],
  ] as const)('%s weight %i', (id, weight, subs) => {
    const d = DEFAULT_SCHEME.dimensions.find((x) => x.id === id);
    expect(d?.weight).toBe(weight);
    expect(d?.enabled).toBe(true);
    expect(d?.subIndicators.map((s) => [s.id, s.weight, formatRule(s.rule)])).toEqual(subs);
    for (const s of d?.subIndicators ?? []) {
      expect(s).toMatchObject({ measureId: s.id, source: 'computed', enabled: true });
    }
  });

  test('penalty, threshold, identity', () => {
    expect(DEFAULT_SCHEME.penalty).toEqual({ measureId: 'P', pointsPerIncident: 5, maxPoints: 20 });
    expect(DEFAULT_SCHEME.remediationThreshold).toBe(60);
    expect([DEFAULT_SCHEME.id, DEFAULT_SCHEME.version]).toEqual(['default', 1]);
  });

  test('dimension weights total 100 and sub-weights total 100 in each dimension', () => {
    expect(DEFAULT_SCHEME.dimensions.reduce((a, d) => a + d.weight, 0)).toBe(100);
    for (const d of DEFAULT_SCHEME.dimensions) expect(d.subIndicators.reduce((a, s) => a + s.weight, 0)).toBe(100);
  });

  test('uses every computed measure except P as a sub-indicator', () => {
    const used = DEFAULT_SCHEME.dimensions.flatMap((d) => d.subIndicators.map((s) => s.measureId));
    expect(used).toEqual(COMPUTED_MEASURE_IDS.filter((id) => id !== 'P'));
  });

  test('names are bilingual', () => {
    const u = DEFAULT_SCHEME.dimensions[0]!;
    expect(u.name).toEqual({ zh: '共享数据更新率', en: 'Data-sharing update rate' });
    expect(u.subIndicators[0]!.name).toEqual({ zh: '按时更新率', en: 'On-time update rate' });
  });

  test('is valid', () => expect(validateScheme(DEFAULT_SCHEME)).toEqual([]));

  test('the constant is frozen; defaultScheme() gives an editable copy', () => {
    expect(() => {
      DEFAULT_SCHEME.dimensions[0]!.weight = 30;
    }).toThrow(TypeError);
    const copy = defaultScheme();
    copy.dimensions[0]!.weight = 30;
    expect(DEFAULT_SCHEME.dimensions[0]!.weight).toBe(25);
    expect(defaultScheme()).toEqual(DEFAULT_SCHEME);
  });
});
