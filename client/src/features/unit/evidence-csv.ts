import { csvRecord, type CsvValue, type EvidenceRecord } from '@scorecard/shared';
import { saveFile } from '@/lib/save-file';

/**
 * CSV with a BOM so that Excel opens Chinese text correctly. Every cell goes through shared's csvField:
 * RFC 4180 quoting, and spreadsheet-safe, so an imported description such as `=cmd|' /C calc'!A0` is
 * written as text, never as a formula.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return `\uFEFF${[header, ...rows].map(csvRecord).join('\r\n')}\r\n`;
}

export type EvidenceCsvRow = EvidenceRecord;

/** Fixed columns, then one column per field name in order of first appearance. */
export function evidenceCsv(
  rows: readonly EvidenceCsvRow[],
  labels: { record: string; kind: string; date: string; counted: string; reasonCode: string; reason: string },
  /** the header of a field's column, in the chosen language (the raw column name by default) */
  fieldLabel: (name: string) => string = (name) => name,
): string {
  const fieldNames: string[] = [];
  for (const row of rows) for (const f of row.fields) if (!fieldNames.includes(f.name)) fieldNames.push(f.name);
  const header = [
    labels.record,
    labels.kind,
    labels.date,
    labels.counted,
    labels.reasonCode,
    labels.reason,
    ...fieldNames.map(fieldLabel),
  ];
  const body = rows.map((r) => [
    r.recordId,
    r.recordKind,
    r.date,
    r.countedAgainst ? 1 : 0,
    r.reasonCode,
    r.reason,
    ...fieldNames.map((name) => r.fields.find((f) => f.name === name)?.value ?? ''),
  ]);
  return toCsv(header, body);
}

export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  saveFile(new Blob([text], { type }), filename);
}
