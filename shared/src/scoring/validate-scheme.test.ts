import { describe, expect, test } from 'vitest';
import type { Scheme, ScoringRule } from '../model/scheme.js';
import { defaultScheme } from './default-scheme.js';
import { hasSchemeErrors, type SchemeIssueCode, validateScheme } from './validate-scheme.js';

type Edit = (s: Scheme) => void;
const dim = (s: Scheme, k: number) => s.dimensions[k]!;
const sub = (s: Scheme, k: number, i: number) => s.dimensions[k]!.subIndicators[i]!;

describe('validateScheme', () => {
  test.each<[string, Edit, SchemeIssueCode, string, 'error' | 'warning']>([
    ['negative dimension weight', (s) => (dim(s, 0).weight = -1), 'scheme/invalid-weight', 'dimensions.0.weight', 'error'],
    ['NaN sub-weight', (s) => (sub(s, 1, 2).weight = Number.NaN), 'scheme/invalid-weight', 'dimensions.1.subIndicators.2.weight', 'error'],
    ['band floor = target', (s) => (sub(s, 0, 0).rule = { kind: 'band', floor: 0.9, target: 0.9 }), 'scheme/invalid-band', 'dimensions.0.subIndicators.0.rule', 'error'],
    ['band floor > target', (s) => (sub(s, 0, 0).rule = { kind: 'band', floor: 0.95, target: 0.6 }), 'scheme/invalid-band', 'dimensions.0.subIndicators.0.rule', 'error'],
    ['scale lo = hi', (s) => (sub(s, 1, 2).rule = { kind: 'scale', lo: 5, hi: 5 }), 'scheme/invalid-scale', 'dimensions.1.subIndicators.2.rule', 'error'],
    ['logTarget T = 0', (s) => (sub(s, 1, 0).rule = { kind: 'logTarget', targetPerMonth: 0 }), 'scheme/invalid-log-target', 'dimensions.1.subIndicators.0.rule', 'error'],
    ['unknown rule kind', (s) => (sub(s, 1, 0).rule = { kind: 'sigmoid' } as unknown as ScoringRule), 'scheme/unknown-rule', 'dimensions.1.subIndicators.0.rule', 'error'],
    ['duplicate sub-indicator id across dimensions', (s) => (sub(s, 4, 0).id = 'U1'), 'scheme/duplicate-id', 'dimensions.4.subIndicators.0.id', 'error'],
    ['duplicate dimension id', (s) => (dim(s, 1).id = 'U'), 'scheme/duplicate-id', 'dimensions.1.id', 'error'],
    ['empty id', (s) => (sub(s, 0, 0).id = ' '), 'scheme/empty-id', 'dimensions.0.subIndicators.0.id', 'error'],
    ['manual sub-indicator on a computed id', (s) => (sub(s, 0, 0).source = 'manual'), 'scheme/manual-measure-conflict', 'dimensions.0.subIndicators.0.measureId', 'error'],
    ['computed sub-indicator on an unknown measure', (s) => (sub(s, 0, 0).measureId = 'X9'), 'scheme/unknown-computed-measure', 'dimensions.0.subIndicators.0.measureId', 'error'],
    ['missing measure id', (s) => (sub(s, 0, 0).measureId = ''), 'scheme/missing-measure', 'dimensions.0.subIndicators.0.measureId', 'error'],
    ['negative penalty', (s) => (s.penalty.pointsPerIncident = -5), 'scheme/invalid-penalty', 'penalty', 'error'],
    ['threshold above 100', (s) => (s.remediationThreshold = 120), 'scheme/invalid-threshold', 'remediationThreshold', 'error'],
    ['missing English name', (s) => (sub(s, 0, 0).name.en = ''), 'scheme/missing-name', 'dimensions.0.subIndicators.0.name', 'warning'],
    ['enabled dimension without enabled sub-indicators', (s) => (sub(s, 0, 0).enabled = false), 'scheme/dimension-without-sub-indicators', 'dimensions.0', 'error'],
    ['zero sub-weight (disable it instead)', (s) => (sub(s, 3, 1).weight = 0), 'scheme/invalid-weight', 'dimensions.3.subIndicators.1.weight', 'error'],
    ['id with a space', (s) => (sub(s, 2, 0).id = 'S 1'), 'scheme/invalid-id', 'dimensions.2.subIndicators.0.id', 'error'],
    ['manual measure id too long', (s) => Object.assign(sub(s, 2, 0), { source: 'manual', measureId: 'M'.repeat(33) }), 'scheme/invalid-id', 'dimensions.2.subIndicators.0.measureId', 'error'],
  ])('%s', (_, edit, code, path, severity) => {
    const s = defaultScheme();
    edit(s);
    expect(validateScheme(s)).toEqual([expect.objectContaining({ code, path, severity })]);
  });

  test('zero dimension weights: each is named, and nothing is left to weigh', () => {
    const s = defaultScheme();
    for (const d of s.dimensions) d.weight = 0;
    const issues = validateScheme(s);
    expect(issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      ...s.dimensions.map((_, k) => `scheme/invalid-weight dimensions.${k}.weight`),
      'scheme/no-weighted-dimension dimensions',
    ]);
    expect(hasSchemeErrors(issues)).toBe(true);
  });

  test('a disabled dimension does not count as weighted', () => {
    const s = defaultScheme();
    for (const d of s.dimensions) d.enabled = false;
    expect(validateScheme(s).map((i) => i.code)).toEqual(['scheme/no-weighted-dimension']);
  });

  test('a manual sub-indicator with its own measure and a minmax rule is fine', () => {
    const s = defaultScheme();
    s.dimensions[1]!.subIndicators.push({
      id: 'E4',
      name: { zh: '数据创新应用', en: 'Innovative data use' },
      weight: 10,
      measureId: 'E4',
      source: 'manual',
      rule: { kind: 'minmax' },
      enabled: true,
    });
    expect(validateScheme(s)).toEqual([]);
  });

  test('warnings alone do not block', () => {
    const s = defaultScheme();
    s.dimensions[0]!.name.zh = '';
    expect(hasSchemeErrors(validateScheme(s))).toBe(false);
  });
});
