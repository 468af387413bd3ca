import { describe, expect, test } from 'vitest';
import type { LegendBand } from '../model/scheme.js';
import type { LegendIssueReason } from './legend.js';
import { defaultScheme } from './default-scheme.js';
import { gradeOf } from './grades.js';
import { GRADE_BAND_COLORS as GRADE_COLORS } from './grade-colors.js';
import { defaultLegend, legendBandOf, legendIssues, legendOf, resolveLegendBand, schemeLegendOf } from './legend.js';
import { parseScheme } from './scheme-json.js';
import { validateScheme } from './validate-scheme.js';

const band = (from: number, color: string, zh = `≥${from}`, en = `≥${from}`): LegendBand => ({ from, color, label: { zh, en } });
/** Three bands given out of order on purpose: resolution must not depend on the order written. */
const TRAFFIC: LegendBand[] = [band(50, '#ffff00'), band(0, '#ff0000'), band(75, '#00ff00')];

describe('resolveLegendBand', () => {
  test.each<[number | null | undefined, string | null]>([
    [100, '#00ff00'],
    [75, '#00ff00'],
    [74.996, '#00ff00'], // shown as 75.00
    [74.994, '#ffff00'], // shown as 74.99
    [50, '#ffff00'],
    [49.99, '#ff0000'],
    [0, '#ff0000'],
    [null, null],
    [undefined, null],
    [Number.NaN, null],
  ])('score %s → %s', (score, color) => {
    expect(resolveLegendBand(TRAFFIC, score)?.color ?? null).toBe(color);
  });

  test('a score below every band has no colour', () => {
    expect(resolveLegendBand([band(60, '#00ff00')], 59.99)).toBeNull();
  });

  test.each([0, 59.994, 59.996, 60, 79.99, 80, 89.995, 90, 100])('the default legend agrees with gradeOf at %s', (score) => {
    const grade = gradeOf(score)!;
    expect(resolveLegendBand(defaultLegend(), score)?.color).toBe(GRADE_COLORS[grade]);
  });
});

describe('legendOf', () => {
  const scheme = defaultScheme();
  const dimension = scheme.dimensions[1]!; // E: E1, E2, E3
  const [own, inherits] = dimension.subIndicators;
  own!.legend = [band(95, '#111111'), band(0, '#222222')];
  dimension.legend = TRAFFIC;

  test.each<[string, 'own' | 'dimension' | 'default', number]>([
    [own!.id, 'own', 95],
    [inherits!.id, 'dimension', 75],
    [dimension.id, 'own', 75],
    [scheme.dimensions[0]!.id, 'default', 90],
    [scheme.dimensions[0]!.subIndicators[0]!.id, 'default', 90],
    ['NO_SUCH_ID', 'default', 90],
  ])('%s: %s legend, highest band from %s', (id, source, top) => {
    const legend = legendOf(scheme, id);
    expect(legend.source).toBe(source);
    expect(legend.bands[0]!.from).toBe(top);
  });

  test('legendBandOf resolves through the inheritance', () => {
    expect(legendBandOf(scheme, inherits!.id, 60)?.color).toBe('#ffff00');
    expect(legendBandOf(scheme, 'U1', 85)?.color).toBe(GRADE_COLORS.good);
    expect(legendBandOf(null, 'U1', 85)?.color).toBe(GRADE_COLORS.good);
  });

  test("the scheme's default legend replaces the grade bands below dimensions without their own", () => {
    const withDefault = structuredClone(scheme);
    withDefault.legend = [band(70, '#333333'), band(0, '#444444')];
    expect(schemeLegendOf(withDefault)).toEqual({ bands: withDefault.legend, source: 'own' });
    expect(schemeLegendOf(scheme)).toEqual({ bands: defaultLegend(), source: 'default' });
    const first = withDefault.dimensions[0]!;
    expect(legendOf(withDefault, first.id)).toEqual({ bands: withDefault.legend, source: 'scheme' });
    expect(legendOf(withDefault, first.subIndicators[0]!.id).source).toBe('scheme');
    // An indicator's own or its dimension's bands still win.
    expect(legendOf(withDefault, inherits!.id).source).toBe('dimension');
    expect(legendBandOf(withDefault, first.id, 85)?.color).toBe('#333333');
  });
});

describe('legend validation', () => {
  test.each<[string, LegendBand[], string, 'error' | 'warning', LegendIssueReason]>([
    ['band start above 100', [band(0, '#000000'), band(120, '#ffffff')], 'legend.1.from', 'error', 'from-range'],
    ['negative band start', [band(-1, '#000000')], 'legend.0.from', 'error', 'from-range'],
    ['two bands from the same start', [band(0, '#000000'), band(0, '#ffffff')], 'legend.1.from', 'error', 'from-duplicate'],
    ['a colour that is not #rrggbb', [band(0, 'red')], 'legend.0.color', 'error', 'color'],
    ['a missing English label', [band(0, '#000000', '差', '')], 'legend.0.label', 'warning', 'label'],
    ['no band from 0', [band(60, '#000000')], 'legend', 'warning', 'no-zero'],
    ['no band at all', [], 'legend', 'error', 'empty'],
  ])('%s', (_, bands, path, severity, reason) => {
    expect(legendIssues(bands)).toEqual([expect.objectContaining({ path, severity, reason })]);
  });

  test('validateScheme names the field under its indicator', () => {
    const s = defaultScheme();
    s.dimensions[1]!.subIndicators[2]!.legend = [band(0, '#12345')];
    s.dimensions[0]!.legend = [band(0, '#000000'), band(200, '#ffffff')];
    expect(validateScheme(s)).toEqual([
      expect.objectContaining({ code: 'scheme/invalid-legend', path: 'dimensions.0.legend.1.from', severity: 'error' }),
      expect.objectContaining({ code: 'scheme/invalid-legend', path: 'dimensions.1.subIndicators.2.legend.0.color', severity: 'error' }),
    ]);
  });

  test("the scheme's default legend is read and checked at the root", () => {
    const s = defaultScheme();
    s.legend = [band(0, '#00000')];
    expect(validateScheme(s)).toEqual([expect.objectContaining({ code: 'scheme/invalid-legend', path: 'legend.0.color' })]);
    const bad = { ...JSON.parse(JSON.stringify(s)), legend: [{ from: 0, color: 1, label: { zh: '差', en: 'Bad' } }] };
    expect(parseScheme(JSON.stringify(bad)).issues).toEqual([
      expect.objectContaining({ code: 'scheme/invalid-field', path: 'legend.0.color' }),
    ]);
    s.legend = TRAFFIC;
    expect(parseScheme(JSON.stringify(s)).scheme?.legend).toEqual(TRAFFIC);
  });

  test('parseScheme keeps a legend, leaves an absent one absent, and names a wrong field', () => {
    const s = defaultScheme();
    s.dimensions[0]!.subIndicators[0]!.legend = TRAFFIC;
    const parsed = parseScheme(JSON.stringify(s));
    expect(parsed.scheme?.dimensions[0]!.subIndicators[0]!.legend).toEqual(TRAFFIC);
    expect(parsed.scheme?.dimensions[0]).not.toHaveProperty('legend');

    const bad = JSON.parse(JSON.stringify(s)) as { dimensions: { legend?: unknown }[] };
    bad.dimensions[0]!.legend = [{ from: 'high', color: '#000000', label: { zh: '高', en: 'High' } }];
    expect(parseScheme(JSON.stringify(bad)).issues).toEqual([
      expect.objectContaining({ code: 'scheme/invalid-field', path: 'dimensions.0.legend.0.from' }),
    ]);
  });
});
