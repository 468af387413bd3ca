/**
 * Cells of the CSV files the product writes, safe to open in Excel, WPS or LibreOffice.
 *
 * Formula injection (OWASP "CSV Injection"): a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is read as a formula by spreadsheets, so an imported description such as
 * `=cmd|' /C calc'!A0` would run when a clerk opens the export. Such a cell is written with a leading
 * apostrophe, which spreadsheets take as "this is text" and do not show.
 *
 * Decision: a cell that is a plain decimal number (`-3`, `-0.25`, `1e-7`, as JavaScript prints numbers)
 * is left as it is. A spreadsheet reads it as that number, never as a formula, and a negative score or
 * count must stay a number people can sum. Anything else that starts with one of those characters —
 * `-1+1`, `+86 371…`, `=HYPERLINK(…)` — is text and is neutralised.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

export type CsvValue = string | number | boolean | null | undefined;

/** One CSV field: made spreadsheet-safe, then quoted when it needs it (RFC 4180). Missing → empty. */
export function csvField(value: CsvValue): string {
  if (value == null) return '';
  const text = spreadsheetSafe(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, without its line break. */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}
