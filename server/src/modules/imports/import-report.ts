import type { ImportRowError } from './errors.js';
import type { ImportFileResult } from './import.service.js';

const num = (n: number): string => n.toLocaleString('en-US');

/** One line per problem: `line 4, level: level "7" is not an integer from 1 to 5 [import/bad-number]`. */
export function formatRowError(e: ImportRowError): string {
  return `line ${e.line}${e.column ? `, ${e.column}` : ''}: ${e.message} [${e.code}]`;
}

/**
 * The summary of one imported file, with the encoding a CSV was read in, e.g.
 * `✓ units.csv (units, GB18030): 75 rows (75 added, 0 replaced) in 0.02 s, 3,750 rows/s`.
 */
export function formatSummary(r: ImportFileResult): string {
  const seconds = r.durationMs / 1000;
  const what = r.encoding ? `${r.kind}, ${r.encoding}` : r.kind;
  if (r.status === 'imported') {
    const rate = seconds > 0 ? `, ${num(Math.round(r.rowsRead / seconds))} rows/s` : '';
    const dates = r.minDate ? `, dates ${r.minDate} … ${r.maxDate}` : '';
    return `✓ ${r.file} (${what}): ${num(r.rowsRead)} rows (${num(r.rowsAdded)} added, ${num(r.rowsReplaced)} replaced) `
      + `in ${seconds.toFixed(2)} s${rate}${dates}`;
  }
  return `✗ ${r.file} (${what}) rejected, nothing imported: ${num(r.errorCount)} problem${r.errorCount === 1 ? '' : 's'} `
    + `in ${num(r.rowsRejected)} of ${num(r.rowsRead)} rows`;
}

/** The problems of a rejected file, at most `limit` lines, then `… and N more`. */
export function formatErrors(r: ImportFileResult, limit: number): string[] {
  const lines = r.errors.slice(0, limit).map((e) => `  ${formatRowError(e)}`);
  if (r.errorCount > lines.length) lines.push(`  … and ${num(r.errorCount - lines.length)} more`);
  return lines;
}

/** The full report of a rejected file, as written beside it by the CLI. */
export function fullErrorReport(r: ImportFileResult): string {
  const head = [`${formatSummary(r)}`, `batch ${r.batchId}`, ''];
  const body = r.errors.map(formatRowError);
  if (r.errorCount > r.errors.length) body.push(`… and ${num(r.errorCount - r.errors.length)} more not listed`);
  return `${[...head, ...body].join('\n')}\n`;
}
