import { describe, expect, test } from 'vitest';
import { defaultScheme } from './default-scheme.js';
import { parseScheme, readSchemeShape } from './scheme-json.js';

const json = (edit: (s: Record<string, any>) => void = () => undefined): string => {
  const s = JSON.parse(JSON.stringify(defaultScheme())) as Record<string, any>;
  edit(s);
  return JSON.stringify(s);
};

describe('parseScheme', () => {
  test('the default scheme round-trips unchanged', () => {
    expect(parseScheme(json())).toEqual({ scheme: defaultScheme(), issues: [] });
  });

  test('unknown keys are dropped, so what is stored is canonical', () => {
    const parsed = parseScheme(json((s) => {
      s.extra = 1;
      s.dimensions[0].colour = 'red';
      s.dimensions[0].subIndicators[0].rule.note = 'x';
    }));
    expect(parsed.scheme).toEqual(defaultScheme());
  });

  test('text that is not JSON', () => {
    expect(parseScheme('{"dimensions": [').issues).toEqual([expect.objectContaining({ code: 'scheme/invalid-json', path: '' })]);
  });

  test.each<[string, (s: Record<string, any>) => void, string, string]>([
    ['a weight given as text', (s) => (s.dimensions[1].weight = '25'), 'scheme/invalid-field', 'dimensions.1.weight'],
    ['a missing rule parameter', (s) => delete s.dimensions[0].subIndicators[0].rule.target, 'scheme/invalid-field', 'dimensions.0.subIndicators.0.rule.target'],
    ['an unknown rule kind', (s) => (s.dimensions[0].subIndicators[0].rule = { kind: 'sigmoid' }), 'scheme/unknown-rule', 'dimensions.0.subIndicators.0.rule'],
    ['a bad source', (s) => (s.dimensions[2].subIndicators[1].source = 'typed'), 'scheme/invalid-field', 'dimensions.2.subIndicators.1.source'],
    ['enabled as a string', (s) => (s.dimensions[3].enabled = 'yes'), 'scheme/invalid-field', 'dimensions.3.enabled'],
    ['no English name', (s) => delete s.dimensions[4].name.en, 'scheme/invalid-field', 'dimensions.4.name.en'],
    ['sub-indicators not a list', (s) => (s.dimensions[0].subIndicators = {}), 'scheme/invalid-field', 'dimensions.0.subIndicators'],
    ['penalty missing', (s) => delete s.penalty, 'scheme/invalid-field', 'penalty'],
    ['threshold as null', (s) => (s.remediationThreshold = null), 'scheme/invalid-field', 'remediationThreshold'],
  ])('%s → %s at %s', (_, edit, code, path) => {
    const parsed = parseScheme(json(edit));
    expect(parsed.scheme).toBeNull();
    expect(parsed.issues).toEqual([expect.objectContaining({ code, path, severity: 'error' })]);
  });

  test('a well-shaped but invalid tree reports validateScheme issues with their paths', () => {
    const parsed = parseScheme(json((s) => (s.dimensions[3].subIndicators[0].rule = { kind: 'band', floor: 0.99, target: 0.9 })));
    expect(parsed.scheme).toBeNull();
    expect(parsed.issues).toEqual([expect.objectContaining({ code: 'scheme/invalid-band', path: 'dimensions.3.subIndicators.0.rule' })]);
  });

  test('warnings alone keep the scheme', () => {
    const parsed = parseScheme(json((s) => (s.dimensions[0].name.zh = '')));
    expect(parsed.scheme?.dimensions[0]?.name.zh).toBe('');
    expect(parsed.issues.map((i) => i.severity)).toEqual(['warning']);
  });

  test('the root must be an object', () => {
    expect(readSchemeShape([]).issues).toEqual([expect.objectContaining({ code: 'scheme/invalid-field', path: '' })]);
  });
});
