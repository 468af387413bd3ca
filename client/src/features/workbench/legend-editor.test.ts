import { describe, expect, test } from 'vitest';
import { defaultLegend, defaultScheme, legendBandOf, validateScheme, type LegendBand } from '@scorecard/shared';
import {
  addBand,
  effectiveLegend,
  legendHolders,
  legendProblems,
  legendRows,
  overrideLegend,
  ownBands,
  removeBand,
  resetLegend,
  updateBand,
} from './legend-editor';

const band = (from: number, color: string): LegendBand => ({ from, color, label: { zh: `≥${from}`, en: `≥${from}` } });

describe('legend holders and effective bands', () => {
  test('the scheme default, then each dimension followed by its sub-indicators, with validation paths', () => {
    const scheme = defaultScheme();
    const holders = legendHolders(scheme);
    const subCount = scheme.dimensions.reduce((n, d) => n + d.subIndicators.length, 0);
    expect(holders).toHaveLength(1 + scheme.dimensions.length + subCount);
    expect(holders[0]).toEqual({ level: 'scheme', id: null, name: null, path: '' });
    expect(holders[1]).toMatchObject({ level: 'dimension', id: scheme.dimensions[0]!.id, path: 'dimensions.0' });
    expect(holders[2]).toMatchObject({
      level: 'subIndicator',
      id: scheme.dimensions[0]!.subIndicators[0]!.id,
      path: 'dimensions.0.subIndicators.0',
    });
  });

  test('rows: each holder with its own bands, what it shows, and whether an error blocks saving', () => {
    const scheme = defaultScheme();
    scheme.dimensions[0]!.legend = [band(0, 'nope')];
    const [schemeRow, dimRow, subRow] = legendRows(scheme);
    expect(schemeRow).toMatchObject({ own: null, hasError: false, effective: { source: 'default' } });
    expect(dimRow).toMatchObject({ own: [{ color: 'nope' }], hasError: true, effective: { source: 'own' } });
    expect(subRow).toMatchObject({ own: null, hasError: false, effective: { source: 'dimension' } });
  });

  test('inherited bands come from the dimension, else the scheme default, else the grade bands', () => {
    const scheme = defaultScheme();
    const [schemeRef, dimRef, subRef] = legendHolders(scheme);
    expect(effectiveLegend(scheme, subRef!)).toEqual({ bands: defaultLegend(), source: 'default' });
    scheme.legend = [band(50, '#00ff00'), band(0, '#ff0000')];
    expect(effectiveLegend(scheme, schemeRef!).source).toBe('own');
    expect(effectiveLegend(scheme, subRef!)).toMatchObject({ source: 'scheme', bands: [{ from: 50 }, { from: 0 }] });
    scheme.dimensions[0]!.legend = [band(0, '#0000ff')];
    expect(effectiveLegend(scheme, dimRef!).source).toBe('own');
    expect(effectiveLegend(scheme, subRef!)).toMatchObject({ source: 'dimension', bands: [{ color: '#0000ff' }] });
  });
});

describe('override, edit and reset', () => {
  test('an override copies the inherited bands; edits change the copy only, and colour the indicator', () => {
    const scheme = defaultScheme();
    const subRef = legendHolders(scheme)[2]!;
    overrideLegend(scheme, subRef);
    expect(ownBands(scheme, subRef.path)).toEqual(defaultLegend());

    updateBand(scheme, subRef.path, 0, { from: 95, color: '#123456', en: 'Top' });
    expect(ownBands(scheme, subRef.path)![0]).toEqual({ from: 95, color: '#123456', label: { zh: '优秀', en: 'Top' } });
    expect(defaultLegend()[0]!.from).toBe(90); // the grade bands are untouched
    expect(legendBandOf(scheme, subRef.id!, 96)?.color).toBe('#123456');
    expect(legendBandOf(scheme, subRef.id!, 92)?.color).not.toBe('#123456');

    resetLegend(scheme, subRef.path);
    expect(ownBands(scheme, subRef.path)).toBeNull();
    expect(scheme.dimensions[0]!.subIndicators[0]).not.toHaveProperty('legend');
    expect(effectiveLegend(scheme, subRef).source).toBe('default');
  });

  test('the scheme default can be overridden and reset like any indicator', () => {
    const scheme = defaultScheme();
    const schemeRef = legendHolders(scheme)[0]!;
    overrideLegend(scheme, schemeRef);
    removeBand(scheme, '', 1);
    expect(scheme.legend!.map((b) => b.from)).toEqual([90, 60, 0]);
    resetLegend(scheme, '');
    expect(scheme).not.toHaveProperty('legend');
  });

  test('a new band goes into the widest gap, or at 0 when no band starts there', () => {
    const scheme = defaultScheme();
    scheme.legend = [band(90, '#00ff00'), band(0, '#ff0000')];
    addBand(scheme, '');
    expect(scheme.legend[2]).toEqual({ from: 45, color: '#ff0000', label: { zh: '', en: '' } });
    scheme.legend = [band(40, '#00ff00')];
    addBand(scheme, '');
    expect(scheme.legend[1]!.from).toBe(0);
    // Only the labels are missing: a warning that asks for them, not an error.
    expect(legendProblems(scheme.legend).map((p) => [p.reason, p.severity, p.band])).toEqual([['label', 'warning', 1]]);
  });

  test('editing a holder without its own legend is a mistake that names the place', () => {
    const scheme = defaultScheme();
    expect(() => addBand(scheme, 'dimensions.1')).toThrow(/dimensions\.1 has no own legend/);
    expect(() => updateBand(scheme, '', 0, { from: 1 })).toThrow(/the scheme has no own legend/);
  });
});

describe('validation mapped to bands', () => {
  test("shared's checks, each naming the band (index and lower bound) and the field", () => {
    const bands = [band(120, '#00ff00'), band(60, 'green'), { ...band(60, '#ff0000'), label: { zh: '差', en: '' } }];
    expect(legendProblems(bands)).toEqual([
      { severity: 'error', reason: 'from-range', band: 0, from: 120, field: 'from' },
      { severity: 'error', reason: 'color', band: 1, from: 60, field: 'color' },
      { severity: 'error', reason: 'from-duplicate', band: 2, from: 60, field: 'from' },
      { severity: 'warning', reason: 'label', band: 2, from: 60, field: 'label' },
      { severity: 'warning', reason: 'no-zero', band: null, from: null, field: null },
    ]);
  });

  test('the same checks the server runs: every problem is a scheme issue at that path', () => {
    const scheme = defaultScheme();
    scheme.dimensions[1]!.legend = [band(0, '#00ff00'), band(0, 'red')];
    const server = validateScheme(scheme).filter((i) => i.code === 'scheme/invalid-legend');
    const editor = legendProblems(ownBands(scheme, 'dimensions.1'));
    expect(
      editor.map((p) => `dimensions.1.legend${p.band === null ? '' : `.${p.band}`}${p.field ? `.${p.field}` : ''}`),
    ).toEqual(server.map((i) => i.path));
  });

  test('no own legend: nothing to report', () => {
    expect(legendProblems(null)).toEqual([]);
    expect(legendProblems([])).toEqual([{ severity: 'error', reason: 'empty', band: null, from: null, field: null }]);
  });
});
