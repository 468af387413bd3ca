import type { GeneratedSummary } from './generate.js';

const MB = 1024 * 1024;

/** The table the CLI prints when a city is generated. */
export function formatSummary(s: GeneratedSummary): string {
  const n = (v: number): string => v.toLocaleString('en-US');
  const lines = [
    `synthetic city (合成演示数据): ${s.units} units, ${s.firstDay} .. ${s.lastDay}, seed ${s.seed}`,
    `  ${'file'.padEnd(22)} ${'rows'.padStart(12)} ${'MB'.padStart(9)}`,
    ...s.files.map((f) => `  ${f.file.padEnd(22)} ${n(f.rows).padStart(12)} ${(f.bytes / MB).toFixed(1).padStart(9)}`),
    `  ${'total'.padEnd(22)} ${n(s.totalRows).padStart(12)} ${(s.files.reduce((a, f) => a + f.bytes, 0) / MB).toFixed(1).padStart(9)}`,
    `written to ${s.outDir} in ${s.seconds.toFixed(1)} s`,
    '',
  ];
  return lines.join('\n');
}
