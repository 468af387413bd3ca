import { expect, test } from 'vitest';
import { parseGenerateArgs } from './cli-options.js';
import { PRESETS } from './presets.js';

test('defaults to the demo preset, written to ./data/demo-city under the caller’s directory', () => {
  const parsed = parseGenerateArgs([], '/home/me/project');
  expect(parsed).toMatchObject({
    help: false,
    preset: 'demo',
    options: { units: 75, months: 24, startMonth: '2022-01', seed: 20230419, outDir: '/home/me/project/data/demo-city' },
  });
});

test('flags override the preset; --out is relative to the caller’s directory', () => {
  const parsed = parseGenerateArgs(
    ['--preset', 'city-year', '--units', '20', '--months', '3', '--seed', '5', '--start', '2021-07', '--out', 'x/y'],
    '/w',
  );
  if (parsed.help) throw new Error('unexpected help');
  expect(parsed.options).toMatchObject({ units: 20, months: 3, seed: 5, startMonth: '2021-07', outDir: '/w/x/y' });
  expect(parsed.options.scale).toEqual(PRESETS['city-year'].scale);
  expect(parseGenerateArgs(['--out', '/abs'], '/w')).toMatchObject({ options: { outDir: '/abs' } });
});

test('bad flags are errors', () => {
  expect(() => parseGenerateArgs(['--units', 'ten'], '/w')).toThrow(/integer/);
  expect(() => parseGenerateArgs(['--preset', 'mars'], '/w')).toThrow(/unknown preset/);
  expect(() => parseGenerateArgs(['--colour'], '/w')).toThrow();
  expect(parseGenerateArgs(['--help'], '/w')).toEqual({ help: true });
});
