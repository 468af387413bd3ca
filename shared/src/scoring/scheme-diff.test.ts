import { describe, expect, test } from 'vitest';
import { defaultScheme } from './default-scheme.js';
import type { LegendBand } from '../model/scheme.js';
import { diffSchemes } from './scheme-diff.js';

const band = (from: number, color: string, zh: string, en: string): LegendBand => ({ from, color, label: { zh, en } });

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

  describe('legend bands', () => {
    const RED = band(0, '#ff0000', '差', 'Poor');
    const AMBER = band(60, '#ffbf00', '中', 'Fair');
    const GREEN = band(85, '#00aa00', '好', 'Good');
    const withLegends = () => {
      const s = defaultScheme();
      s.dimensions[1]!.subIndicators[0]!.legend = [RED, AMBER, GREEN];
      return s;
    };
    const at = { dimensionId: 'E', subIndicatorId: 'E1', field: 'legend.band' };

    test('a colour, label or lower bound edit is one changed band with old and new values', () => {
      const b = withLegends();
      b.dimensions[1]!.subIndicators[0]!.legend = [
        RED,
        { ...AMBER, color: '#eeee00' },
        { ...GREEN, from: 80, label: { zh: '良', en: 'Fine' } },
      ];
      expect(diffSchemes(withLegends(), b)).toEqual([
        { kind: 'changed', ...at, before: '≥ 85 · #00aa00 · 好 / Good', after: '≥ 80 · #00aa00 · 良 / Fine' },
        { kind: 'changed', ...at, before: '≥ 60 · #ffbf00 · 中 / Fair', after: '≥ 60 · #eeee00 · 中 / Fair' },
      ]);
    });

    test('added and removed bands; the order written does not matter', () => {
      const b = withLegends();
      b.dimensions[1]!.subIndicators[0]!.legend = [GREEN, RED];
      expect(diffSchemes(withLegends(), b)).toEqual([
        { kind: 'removed', ...at, before: '≥ 60 · #ffbf00 · 中 / Fair', after: null },
      ]);
      expect(diffSchemes(b, withLegends())).toEqual([
        { kind: 'added', ...at, before: null, after: '≥ 60 · #ffbf00 · 中 / Fair' },
      ]);
      const reordered = withLegends();
      reordered.dimensions[1]!.subIndicators[0]!.legend!.reverse();
      expect(diffSchemes(withLegends(), reordered)).toEqual([]);
    });

    test('a new override lists its bands as added, a reset to the inherited legend as removed, at every level', () => {
      const b = defaultScheme();
      b.dimensions[2]!.legend = [AMBER];
      b.legend = [RED];
      expect(diffSchemes(defaultScheme(), b)).toEqual([
        {
          kind: 'added',
          dimensionId: 'S',
          subIndicatorId: null,
          field: 'legend.band',
          before: null,
          after: '≥ 60 · #ffbf00 · 中 / Fair',
        },
        {
          kind: 'added',
          dimensionId: null,
          subIndicatorId: null,
          field: 'legend.band',
          before: null,
          after: '≥ 0 · #ff0000 · 差 / Poor',
        },
      ]);
      expect(diffSchemes(withLegends(), defaultScheme()).map((c) => [c.kind, c.subIndicatorId, c.before])).toEqual([
        ['removed', 'E1', '≥ 85 · #00aa00 · 好 / Good'],
        ['removed', 'E1', '≥ 60 · #ffbf00 · 中 / Fair'],
        ['removed', 'E1', '≥ 0 · #ff0000 · 差 / Poor'],
      ]);
    });
  });
});
