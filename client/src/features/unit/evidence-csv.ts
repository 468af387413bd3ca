/** RFC 4180 CSV with a BOM so that Excel opens Chinese text correctly. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value == null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>,
): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export interface EvidenceCsvRow {
  recordId: string;
  recordKind: string;
  date: string | null;
  countedAgainst: boolean;
  reasonCode: string;
  reason: string;
  fields: ReadonlyArray<{ name: string; value: string | null }>;
}

/** Fixed columns, then one column per field name in order of first appearance. */
export function evidenceCsv(
  rows: readonly EvidenceCsvRow[],
  labels: { record: string; kind: string; date: string; counted: string; reasonCode: string; reason: string },
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
    ...fieldNames,
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
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
