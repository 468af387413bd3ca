import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { spreadsheetSafe } from '@scorecard/shared';
import type { ColumnSpec } from './columns.js';
import { DESCRIPTION_ROW_MARK } from './file-import.js';
import type { RawFileKind } from './file-kinds.js';
import { KIND_SPECS } from './kind-specs.js';
import { COLUMN_NOTES, TEMPLATE_EXAMPLES, TEMPLATE_TITLES } from './template-notes.js';

/** Rows of a template that carry data validation (Excel applies it per cell range). */
const VALIDATED_ROWS = 5000;

/** The Chinese description of a column: what it is, required or not, and its format or values. */
export function columnDescription(c: ColumnSpec): string {
  const what = COLUMN_NOTES[c.name] ?? c.name;
  const need = c.optional ? '可选' : '必填';
  const format: Record<ColumnSpec['type'], string> = {
    id: '编号', text: '文本', date: '日期 YYYY-MM-DD', timestamp: '时间 YYYY-MM-DD HH:MM:SS（北京时间）',
    int: `整数${c.min !== undefined ? ` ${c.min}${c.max !== undefined ? `–${c.max}` : ' 以上'}` : ''}`,
    number: `数字${c.min !== undefined && c.max !== undefined ? ` ${c.min}–${c.max}` : ''}`,
    enum: `取值：${(c.values ?? []).join(' / ')}`, period: '周期 YYYY-MM、YYYY-Qn 或 YYYY',
  };
  return `${what}（${need}，${format[c.type]}）`;
}

/**
 * The XLSX template of one raw-data kind (SPEC §8): the header row of column keys, a Chinese
 * description row that the importer skips (its first cell starts with "# "), example rows, and
 * drop-down lists (data validation) for enum columns. Built from KIND_SPECS, the importer's own
 * column list, so a template always matches what the importer reads.
 */
export async function writeTemplate(out: Writable, kind: RawFileKind): Promise<void> {
  const spec = KIND_SPECS[kind];
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(kind, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = spec.columns.map((c) => ({ width: Math.max(14, c.name.length + 4, (COLUMN_NOTES[c.name]?.length ?? 0) * 2 + 6) }));
  const header = ws.addRow(spec.columns.map((c) => c.name));
  header.font = { bold: true };
  header.commit();
  const notes = spec.columns.map((c, i) => `${i === 0 ? DESCRIPTION_ROW_MARK : ''}${columnDescription(c)}`);
  notes[0] = `${notes[0]} · ${TEMPLATE_TITLES[kind]}模板：本行为说明，导入时跳过`;
  const description = ws.addRow(notes.map((n) => spreadsheetSafe(n)));
  description.font = { italic: true, color: { argb: 'FF6B7280' } };
  description.commit();
  for (const example of TEMPLATE_EXAMPLES[kind]) ws.addRow(example.map((v) => spreadsheetSafe(v))).commit();
  spec.columns.forEach((c, i) => {
    if (c.type !== 'enum' || !c.values) return;
    const letter = ws.getColumn(i + 1).letter;
    // Streaming worksheets keep validations on the sheet model until commit.
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${letter}3:${letter}${VALIDATED_ROWS}`,
      { type: 'list', allowBlank: !!c.optional, formulae: [`"${c.values.join(',')}"`], showErrorMessage: true, errorTitle: c.name, error: columnDescription(c) },
    );
  });
  ws.commit();
  await wb.commit();
}
