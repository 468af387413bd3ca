import type { Writable } from 'node:stream';
import { csvRecord } from '@scorecard/shared';
import type { SheetSpec } from './workbook.js';

/** One sheet as CSV (UTF-8 with a byte-order mark, so Excel reads Chinese), every cell through csvField. */
export function writeCsv(out: Writable, sheet: SheetSpec): void {
  out.write('\uFEFF');
  out.write(`${csvRecord(sheet.columns.map((c) => c.header))}\r\n`);
  for (const row of sheet.rows) out.write(`${csvRecord(row)}\r\n`);
  out.end();
}
