import { PassThrough } from 'node:stream';
import { UnreadableFileError, type Cell, type RawRow, type RowSource } from './rows.js';

/**
 * Streams the first worksheet of an .xlsx with ExcelJS's WorkbookReader. Cells become text as a
 * CSV would hold it (numbers, rich text, hyperlinks, formula results); date cells stay Dates and
 * are turned into text by the column that reads them (columns.ts dateCellText). Rows carry their
 * sheet row number.
 */
export function readXlsx(input: AsyncIterable<Buffer | string>): RowSource {
  let bytes = 0;
  async function* batches(): AsyncGenerator<RawRow[]> {
    const pass = new PassThrough();
    const pump = (async () => {
      try {
        for await (const chunk of input) {
          bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
          if (!pass.write(chunk)) await new Promise((resolve) => pass.once('drain', resolve));
        }
        pass.end();
      } catch (err) {
        pass.destroy(err instanceof Error ? err : new Error(String(err)));
      }
    })();
    // Loaded on the first workbook only: ExcelJS adds ~23 MB to a process (or import worker) that reads CSV.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(pass, {
      sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit',
    });
    try {
      for await (const sheet of workbook) {
        let batch: RawRow[] = [];
        for await (const row of sheet) {
          const values = row.values as unknown[];
          const cells: Cell[] = [];
          for (let i = 1; i < values.length; i++) cells.push(toCell(values[i]));
          batch.push({ line: row.number, cells });
          if (batch.length >= 2000) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
        break; // the first sheet only
      }
    } catch (err) {
      if (err instanceof UnreadableFileError) throw err;
      throw new UnreadableFileError(1, `not a readable .xlsx workbook: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      pass.resume(); // let the pump finish if we stopped early
      await pump;
    }
  }
  return { batches: batches(), bytesRead: () => bytes, encoding: () => null };
}

/** One ExcelJS cell value as text (or a Date). */
export function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return o.richText.map((r: { text?: unknown }) => String(r.text ?? '')).join('');
    if ('result' in o) return toCell(o.result);
    if ('formula' in o || 'sharedFormula' in o) return null;
    if ('text' in o) return toCell(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(v);
}
