import { describe, expect, test } from 'vitest';
import type { Scheme } from '../model/scheme.js';
import { defaultScheme } from './default-scheme.js';
import { parseScheme, readSchemeShape } from './scheme-json.js';

type Edit = (s: Scheme) => void;
/** JSON may hold anything: these write what the types forbid. */
const set = (o: object, key: string, value: unknown): void => {
  (o as Record<string, unknown>)[key] = value;
};
const unset = (o: object, key: string): void => {
  delete (o as Record<string, unknown>)[key];
};
const dim = (s: Scheme, k: number) => s.dimensions[k]!;
const sub = (s: Scheme, k: number, i: number) => s.dimensions[k]!.subIndicators[i]!;

const json = (edit: Edit = () => undefined): string => {
  const s = defaultScheme();
  edit(s);
  return JSON.stringify(s);
};

describe('parseScheme', () => {
  test('the default scheme round-trips unchanged', () => {
    expect(parseScheme(json())).toEqual({ scheme: defaultScheme(), issues: [] });
  });

  test('unknown keys are dropped, so what is stored is canonical', () => {
    const parsed = parseScheme(
      json((s) => {
        set(s, 'extra', 1);
        set(dim(s, 0), 'colour', 'red');
        set(sub(s, 0, 0).rule, 'note', 'x');
      }),
    );
    expect(parsed.scheme).toEqual(defaultScheme());
  });

  test('text that is not JSON', () => {
    expect(parseScheme('{"dimensions": [').issues).toEqual([
      expect.objectContaining({ code: 'scheme/invalid-json', path: '' }),
    ]);
  });

  test.each<[string, Edit, string, string]>([
    ['a weight given as text', (s) => set(dim(s, 1), 'weight', '25'), 'scheme/invalid-field', 'dimensions.1.weight'],
    [
      'a missing rule parameter',
      (s) => unset(sub(s, 0, 0).rule, 'target'),
      'scheme/invalid-field',
      'dimensions.0.subIndicators.0.rule.target',
    ],
    [
      'an unknown rule kind',
      (s) => set(sub(s, 0, 0), 'rule', { kind: 'sigmoid' }),
      'scheme/unknown-rule',
      'dimensions.0.subIndicators.0.rule',
    ],
    [
      'a bad source',
      (s) => set(sub(s, 2, 1), 'source', 'typed'),
      'scheme/invalid-field',
      'dimensions.2.subIndicators.1.source',
    ],
    ['enabled as a string', (s) => set(dim(s, 3), 'enabled', 'yes'), 'scheme/invalid-field', 'dimensions.3.enabled'],
    ['no English name', (s) => unset(dim(s, 4).name, 'en'), 'scheme/invalid-field', 'dimensions.4.name.en'],
    [
      'sub-indicators not a list',
      (s) => set(dim(s, 0), 'subIndicators', {}),
      'scheme/invalid-field',
      'dimensions.0.subIndicators',
    ],
    ['penalty missing', (s) => unset(s, 'penalty'), 'scheme/invalid-field', 'penalty'],
    ['threshold as null', (s) => set(s, 'remediationThreshold', null), 'scheme/invalid-field', 'remediationThreshold'],
    ["the scheme's legend not a list", (s) => set(s, 'legend', {}), 'scheme/invalid-field', 'legend'],
    [
      "a band of the scheme's legend without its start",
      (s) => set(s, 'legend', [{ color: '#16a34a', label: { zh: '优', en: 'Top' } }]),
      'scheme/invalid-field',
      'legend.0.from',
    ],
  ])('%s → %s at %s', (_, edit, code, path) => {
    const parsed = parseScheme(json(edit));
    expect(parsed.scheme).toBeNull();
    expect(parsed.issues).toEqual([expect.objectContaining({ code, path, severity: 'error' })]);
  });

  test('a well-shaped but invalid tree reports validateScheme issues with their paths', () => {
    const parsed = parseScheme(json((s) => (sub(s, 3, 0).rule = { kind: 'band', floor: 0.99, target: 0.9 })));
    expect(parsed.scheme).toBeNull();
    expect(parsed.issues).toEqual([
      expect.objectContaining({ code: 'scheme/invalid-band', path: 'dimensions.3.subIndicators.0.rule' }),
    ]);
  });

  test('warnings alone keep the scheme', () => {
    const parsed = parseScheme(json((s) => (dim(s, 0).name.zh = '')));
    expect(parsed.scheme?.dimensions[0]?.name.zh).toBe('');
    expect(parsed.issues.map((i) => i.severity)).toEqual(['warning']);
  });

  test('the root must be an object', () => {
    expect(readSchemeShape([]).issues).toEqual([expect.objectContaining({ code: 'scheme/invalid-field', path: '' })]);
  });
});
