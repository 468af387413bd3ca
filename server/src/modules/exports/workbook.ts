import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { spreadsheetSafe } from '@scorecard/shared';

export type CellValue = string | number | null;

export interface SheetColumn {
  header: string;
  width?: number;
  /** `score`: a number shown with two decimals; `int`: a whole number; `text` (default). */
  kind?: 'text' | 'score' | 'int' | 'number';
}

export interface SheetSpec {
  name: string;
  /** Lines above the table (title, period, scope, scheme version, published or preliminary). */
  title?: string[];
  columns: SheetColumn[];
  rows: CellValue[][];
  /** Background (#rrggbb) of a cell, e.g. by grade; null for none. */
  fill?: (row: number, column: number, value: CellValue) => string | null;
}

const NUMBER_FORMATS = { score: '0.00', int: '0', number: '0.####' } as const;

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Excel's sheet-name rules: ≤ 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 27)} (${i})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Streams an .xlsx to `out` (ExcelJS's streaming writer: rows are committed as they are written).
 * Every text cell goes through shared's spreadsheetSafe (formula injection); numbers stay numbers
 * with their number format; the header row is bold and frozen.
 */
export async function writeWorkbook(out: Writable, sheets: SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const taken = new Set<string>();
  for (const spec of sheets) {
    const titleRows = spec.title?.length ?? 0;
    const ws = wb.addWorksheet(sheetName(spec.name, taken), { views: [{ state: 'frozen', ySplit: titleRows + 1 }] });
    ws.columns = spec.columns.map((c) => ({ width: c.width ?? (c.kind && c.kind !== 'text' ? 12 : 18) }));
    for (const line of spec.title ?? []) {
      const row = ws.addRow([spreadsheetSafe(line)]);
      row.font = { bold: true };
      row.commit();
    }
    const header = ws.addRow(spec.columns.map((c) => spreadsheetSafe(c.header)));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F4F6' } };
    });
    header.commit();
    spec.rows.forEach((values, r) => {
      const row = ws.addRow(values.map((v) => (typeof v === 'string' ? spreadsheetSafe(v) : v)));
      spec.columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        if (c.kind && c.kind !== 'text' && typeof values[i] === 'number') cell.numFmt = NUMBER_FORMATS[c.kind];
        const fill = spec.fill?.(r, i, values[i] ?? null);
        if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill) } };
      });
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
}
