import { describe, expect, test } from 'vitest';
import { defaultScheme } from './default-scheme.js';
import { diffSchemes } from './scheme-diff.js';

describe('diffSchemes', () => {
  test('identical versions: no change', () => {
    expect(diffSchemes(defaultScheme(), defaultScheme())).toEqual([]);
  });

  test('field changes are reported by id with display values', () => {
    const b = defaultScheme();
    b.dimensions[1]!.weight = 30;
    b.dimensions[1]!.subIndicators[1]!.rule = { kind: 'minmax' };
    b.dimensions[4]!.subIndicators[2]!.enabled = false;
    b.penalty.maxPoints = 15;
    expect(diffSchemes(defaultScheme(), b)).toEqual([
      { kind: 'changed', dimensionId: 'E', subIndicatorId: null, field: 'weight', before: '25', after: '30' },
      {
        kind: 'changed',
        dimensionId: 'E',
        subIndicatorId: 'E2',
        field: 'rule',
        before: 'band(0.6, 0.95)',
        after: 'minmax',
      },
      { kind: 'changed', dimensionId: 'D', subIndicatorId: 'D3', field: 'enabled', before: 'true', after: 'false' },
      {
        kind: 'changed',
        dimensionId: null,
        subIndicatorId: null,
        field: 'penalty.maxPoints',
        before: '20',
        after: '15',
      },
    ]);
  });

  test('matching is by id: a reordered tree is no change, added and removed items are whole', () => {
    const b = defaultScheme();
    b.dimensions.reverse();
    const e = b.dimensions.find((d) => d.id === 'E')!;
    e.subIndicators = e.subIndicators.filter((s) => s.id !== 'E3');
    e.subIndicators.push({
      id: 'E4',
      name: { zh: '创新应用', en: 'Innovation' },
      weight: 10,
      measureId: 'E4',
      source: 'manual',
      rule: { kind: 'scale', lo: 0, hi: 100 },
      enabled: true,
    });
    expect(diffSchemes(defaultScheme(), b)).toEqual([
      {
        kind: 'removed',
        dimensionId: 'E',
        subIndicatorId: 'E3',
        field: null,
        before: '需求方满意度 / Requester satisfaction · 20 · scale(1, 5)',
        after: null,
      },
      {
        kind: 'added',
        dimensionId: 'E',
        subIndicatorId: 'E4',
        field: null,
        before: null,
        after: '创新应用 / Innovation · 10 · scale(0, 100)',
      },
    ]);
  });

  test('a removed dimension', () => {
    const b = defaultScheme();
    b.dimensions.splice(2, 1);
    expect(diffSchemes(defaultScheme(), b)).toEqual([
      {
        kind: 'removed',
        dimensionId: 'S',
        subIndicatorId: null,
        field: null,
        before: '安全管理专员 / Security officer coverage',
        after: null,
      },
    ]);
  });
});
