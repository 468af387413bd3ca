import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { GenerateOptions } from './generate.js';
import { PRESETS } from './presets.js';

export const GENERATE_USAGE = `usage: pnpm generate [--preset demo|smoke|city-year|province] [--units N] [--months M]
                     [--start YYYY-MM] [--seed S] [--out DIR] [--quiet]
Writes the 12 raw data files of a synthetic city (SPEC §8) and ABOUT.txt into DIR
(default ./data/demo-city, relative to the directory you run the command from).
Flags override the preset (default preset: demo).`;

export type ParsedCli = { help: true } | { help: false; quiet: boolean; preset: string; options: Omit<GenerateOptions, 'onProgress'> };

function integer(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text)) throw new Error(`--${flag} must be an integer, got "${text}"`);
  return Number(text);
}

/** Parses the generate CLI's arguments; `cwd` is where the user ran the command (INIT_CWD under pnpm). */
export function parseGenerateArgs(argv: string[], cwd: string): ParsedCli {
  const { values } = parseArgs({
    args: argv,
    options: {
      preset: { type: 'string' },
      units: { type: 'string' },
      months: { type: 'string' },
      start: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return { help: true };
  const presetName = values.preset ?? 'demo';
  const preset = PRESETS[presetName];
  if (!preset) throw new Error(`unknown preset "${presetName}" (one of ${Object.keys(PRESETS).join(', ')})`);
  const out = values.out ?? './data/demo-city';
  return {
    help: false,
    quiet: values.quiet ?? false,
    preset: presetName,
    options: {
      units: integer('units', values.units) ?? preset.units,
      months: integer('months', values.months) ?? preset.months,
      startMonth: values.start ?? preset.startMonth,
      seed: integer('seed', values.seed) ?? preset.seed,
      outDir: isAbsolute(out) ? out : resolve(cwd, out),
      scale: preset.scale,
    },
  };
}
